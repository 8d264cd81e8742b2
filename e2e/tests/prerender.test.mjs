// Text before script: the built page already holds the whole explainer, and the wasm adds its behaviour without
// errors, duplicates or layout shift. That the page reads with scripts off (every paragraph, the map after its
// paragraph, every claim) is checked for every article in ../any-article/reading.test.mjs, and its structured data
// in ../any-article/page-shell.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { withPage, appReady, VIEWPORTS } from '../lib/browser.mjs';
import { startAll } from '../lib/fixtures.mjs';

let env;
before(async () => {
  env = await startAll();
});
after(async () => {
  await env.stop();
});

/// Every layout shift since the page began (buffered), added up, as the Layout Instability API reports it.
const layoutShift = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 200);
      }),
  );

test('the wasm upgrades the prerendered page without errors, duplicates or any layout shift', async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    await page.waitForTimeout(500);
    assert.equal(await page.locator('#p1').count(), 1, 'the article is not drawn twice');
    assert.equal(await page.locator('#map-svg').count(), 1);
    assert.equal(await layoutShift(page), 0, 'no layout shift from load to the app ready');
    // And it is interactive: a name opens its card.
    await page.locator('.mention[data-target="nato"]').first().click();
    await page.locator('#card').waitFor();
  });
});

test('the upgrade, when the wasm arrives late, moves nothing on a phone or a tablet', async () => {
  for (const viewport of [VIEWPORTS.phone, VIEWPORTS.tablet]) {
    await withPage(
      env.browser,
      env.server.url,
      { holdWasm: true, touch: true, viewport },
      async ({ page, release }) => {
        await page.waitForTimeout(300);
        assert.equal(await page.evaluate(() => document.documentElement.dataset.app ?? null), null, 'held back');
        release();
        await appReady(page);
        await page.waitForTimeout(300);
        assert.equal(await layoutShift(page), 0, `no layout shift at ${viewport.width} px`);
      },
    );
  }
});
