// Offline after one visit, for classrooms with unreliable Wi-Fi: the service worker keeps the page and what it
// loads, so a reload without a network still shows the article, and a name still opens its card. Runs for every
// article (E2E_ARTICLE).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWPORTS, withPage, appReady } from '../lib/browser.mjs';
import { startAll, seedLines } from '../lib/fixtures.mjs';
import { serviceWorkerControls } from '../lib/service-worker.mjs';
import { content } from '../lib/article.mjs';

const CONTENT = content();
let env;
before(async () => {
  env = await startAll();
});
after(async () => {
  await env.stop();
});

test('after one visit the explainer works offline: the text, a card and the map', async () => {
  await withPage(
    env.browser,
    env.server.url,
    { viewport: VIEWPORTS.tablet, touch: true },
    async ({ page, context }) => {
      await serviceWorkerControls(page);
      await context.setOffline(true);
      await page.reload();
      await appReady(page, 15000);
      const [first] = seedLines();
      assert.equal(await page.locator('[data-paragraph]').first().textContent(), first);
      const name = page.locator('.mention').first();
      await name.tap();
      await page.locator('#card .card__title').waitFor();
      // The whole map: the land in the frame, every country and every border line the content file asks for.
      const countries = await page.locator('#map-svg .map-country').count();
      assert.ok(countries >= CONTENT.map.countries.length, 'the map is drawn');
      assert.equal(
        await page.locator('#map-svg .map-country.is-featured').count(),
        CONTENT.map.countries.length,
        "every one of the story's countries is drawn",
      );
      assert.equal(
        await page.locator('#map-svg .map-border__line').count(),
        (CONTENT.map.borders ?? []).length,
        'every border is drawn',
      );
    },
  );
});
