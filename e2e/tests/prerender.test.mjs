// Text before script: the built page already holds the whole explainer, readable with scripts off, and the wasm
// adds its behaviour without errors or layout shift.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { withPage, appReady, VIEWPORTS } from '../lib/browser.mjs';
import { startAll, seedLines, tableFromContent } from '../lib/fixtures.mjs';

let env;
before(async () => { env = await startAll(); });
after(async () => { await env.stop(); });

/// Every layout shift since the page began (buffered), added up, as the Layout Instability API reports it.
const layoutShift = (page) => page.evaluate(() => new Promise((resolve) => {
  let total = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  setTimeout(() => resolve(total), 200);
}));

test('with JavaScript disabled, every paragraph, the map and every claim can be read', async () => {
  await withPage(env.browser, env.server.url, { javaScriptEnabled: false, viewport: { width: 820, height: 1180 } }, async ({ page }) => {
    for (const [i, line] of seedLines().entries()) {
      assert.equal(await page.locator(`#p${i + 1}`).textContent(), line, `p${i + 1}`);
    }
    assert.equal(await page.locator('#map-svg .map-border__line').count(), 2);
    assert.ok(await page.locator('#map-grodno').isVisible());
    // Each claim is a <details>: the open ones show at once, the others open with a click on their summary.
    const claims = page.locator('details.claim__details');
    const n = await claims.count();
    assert.ok(n >= 17);
    for (let i = 0; i < n; i++) {
      const claim = claims.nth(i);
      if (!(await claim.evaluate((d) => d.open))) await claim.locator('.claim__toggle').click();
      assert.ok(await claim.locator('.claim__body').isVisible(), `claim ${i} readable`);
    }
    // Links still work: a quote's sentence link is a plain anchor.
    await page.locator('#claim-nato-troops .sentence-link').first().click();
    assert.equal(new URL(page.url()).hash, '#p15-s1');
  });
});

test('the page carries NewsArticle structured data, based on the source and rating nothing', async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    const raw = await page.locator('script[type="application/ld+json"]').textContent();
    const data = JSON.parse(raw);
    assert.equal(data['@type'], 'NewsArticle');
    assert.match(data.isBasedOn.url, /^https:\/\/www\.france24\.com\//);
    const names = data.mentions.map((m) => m.name);
    for (const name of ['Alexander Lukashenko', 'NATO', 'Svetlana Tikhanovskaya', 'Minsk']) assert.ok(names.includes(name), name);
    assert.ok(!raw.includes('ClaimReview'));
  });
});

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
    await withPage(env.browser, env.server.url, { holdWasm: true, touch: true, viewport }, async ({ page, release }) => {
      await page.waitForTimeout(300);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.app ?? null), null, 'held back');
      release();
      await appReady(page);
      await page.waitForTimeout(300);
      assert.equal(await layoutShift(page), 0, `no layout shift at ${viewport.width} px`);
    });
  }
});

test('the map stands right after the paragraph the content file names, with or without a subhead near it', async () => {
  const { after: paragraph } = tableFromContent('map');
  await withPage(env.browser, env.server.url, { javaScriptEnabled: false }, async ({ page }) => {
    // The block holding that paragraph (a tweet groups several), then the map figure straight after it.
    const order = await page.evaluate((id) => {
      const p = document.getElementById(id);
      const block = p.closest('.article-text > *');
      return { next: block.nextElementSibling?.id, paragraph: Boolean(p) };
    }, paragraph);
    assert.deepEqual(order, { next: 'map', paragraph: true });
  });
});
