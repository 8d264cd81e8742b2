// Offline after one visit, for classrooms with unreliable Wi-Fi: the service worker keeps the page and what it
// loads, so a reload without a network still shows the article, and a name still opens its card. Runs for every
// article (E2E_ARTICLE).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWPORTS } from '../lib/browser.mjs';
import { startAll, seedLines } from '../lib/fixtures.mjs';

let env;
before(async () => { env = await startAll(); });
after(async () => { await env.stop(); });

test('after one visit the explainer works offline: the text, a card and the map', async () => {
  const context = await env.browser.newContext({ viewport: VIEWPORTS.tablet, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(env.server.url);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 20000 });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await context.setOffline(true);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 15000 });
  const [first] = seedLines();
  assert.equal(await page.locator('[data-paragraph]').first().textContent(), first);
  const name = page.locator('.mention').first();
  await name.tap();
  await page.locator('#card .card__title').waitFor();
  assert.ok((await page.locator('#map-svg .map-country').count()) > 0, 'the map is drawn');
  await context.close();
});
