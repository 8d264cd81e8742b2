// Every name answers the first tap, before the wasm arrives and without JavaScript: each card is in the page as a
// sheet that a name links to. When the app arrives, it opens its own card beside the name that was tapped.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWPORTS, withPage, appReady } from '../lib/browser.mjs';
import { startAll } from '../lib/fixtures.mjs';
import { seriousViolations } from '../lib/axe.mjs';
import { content } from '../lib/article.mjs';

// An actor named more than once, read from the content file, and a place.
const {
  actors: [ACTOR],
  places: [PLACE],
} = content();
let env;
before(async () => {
  env = await startAll();
});
after(async () => {
  await env.stop();
});

test('with JavaScript off, a tap on a name shows its card, which reads well and closes', {
  timeout: 60000,
}, async () => {
  await withPage(
    env.browser,
    env.server.url,
    { javaScriptEnabled: false, viewport: VIEWPORTS.phone, touch: true },
    async ({ page }) => {
      const sheet = page.locator(`#card-${ACTOR.id}`);
      assert.equal(await sheet.isVisible(), false, 'no card before a tap');
      await page.locator(`.mention[data-target="${ACTOR.id}"]`).nth(1).tap();
      await sheet.waitFor({ state: 'visible' });
      assert.equal(await sheet.locator('.card__title').textContent(), ACTOR.name);
      const box = await sheet.boundingBox();
      assert.ok(
        box.y + box.height <= VIEWPORTS.phone.height + 1
          && box.x >= 0
          && box.x + box.width <= VIEWPORTS.phone.width + 1,
        `the sheet is on screen: ${JSON.stringify(box)}`,
      );
      await sheet.locator('.card__close').tap();
      await sheet.waitFor({ state: 'hidden' });
      // A place's card, too.
      await page.locator(`.mention[data-target="${PLACE.id}"]`).first().tap();
      await page.locator(`#card-${PLACE.id}`).waitFor({ state: 'visible' });
    },
  );
});

test('a tap on a name while the wasm is held back shows its card; the app then opens its own beside that name', {
  timeout: 60000,
}, async () => {
  // The page has painted; the app has not started.
  await withPage(
    env.browser,
    env.server.url,
    { holdWasm: true, viewport: VIEWPORTS.tablet, touch: true },
    async ({ page, release }) => {
      assert.equal(await page.evaluate(() => document.documentElement.dataset.app ?? null), null);
      const name = page.locator(`.mention[data-target="${ACTOR.id}"]`).nth(1);
      await name.scrollIntoViewIfNeeded();
      await name.tap();
      await page.locator(`#card-${ACTOR.id}`).waitFor({ state: 'visible' });
      assert.deepEqual(await seriousViolations(page), [], 'axe-core with the sheet open');

      release();
      await appReady(page);
      await page.locator('#card').waitFor();
      assert.equal(await name.getAttribute('aria-expanded'), 'true', 'the card is open at the name that was tapped');
      assert.equal(await page.locator(`#card-${ACTOR.id}`).isVisible(), false, 'the sheet made way for the card');
      assert.equal(await page.evaluate(() => location.hash), `#card=${ACTOR.id}`);
    },
  );
});
