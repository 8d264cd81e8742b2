// With scripts off, the article reads as the content file has it: every paragraph verbatim, the map right after
// the paragraph `[map] after` names, every claim readable, and every name a link to its card, which the first
// tap shows. Runs for every article (E2E_ARTICLE).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWPORTS, withPage } from '../lib/browser.mjs';
import { startAll, seedLines } from '../lib/fixtures.mjs';
import { content } from '../lib/article.mjs';

const CONTENT = content();
let env;
before(async () => { env = await startAll(); });
after(async () => { await env.stop(); });

/// The page with scripts off, on a touch screen of `viewport`, for `body({ page })`.
const withoutScripts = (body, viewport = VIEWPORTS.tablet) =>
  withPage(env.browser, env.server.url, { javaScriptEnabled: false, viewport, touch: true }, body);

test('with scripts off, every paragraph is the seed line, the map follows its paragraph and every claim opens', async () => {
  await withoutScripts(async ({ page }) => {
    const lines = seedLines();
    assert.equal(lines.length, CONTENT.paragraphs.length);
    for (const [i, p] of CONTENT.paragraphs.entries()) {
      assert.equal(await page.locator(`#${p.id}`).textContent(), lines[i], p.id);
    }
    const next = await page.evaluate((id) => document.getElementById(id).closest('.article-text > *').nextElementSibling?.id, CONTENT.map.after);
    assert.equal(next, 'map', `the map follows ${CONTENT.map.after}`);
    const claims = page.locator('details.claim__details');
    assert.equal(await claims.count(), CONTENT.claims.length);
    for (const claim of CONTENT.claims) {
      const details = page.locator(`#claim-${claim.id}`);
      assert.equal(await details.evaluate((d) => d.open), Boolean(claim.expanded), `${claim.id} open as the content says`);
      if (!claim.expanded) await details.locator('.claim__toggle').tap();
      assert.ok(await details.locator('.claim__body').isVisible(), `${claim.id} readable`);
    }
  });
});

test("with scripts off, every name links to its card, and a tap on a name shows that card's sheet", async () => {
  await withoutScripts(async ({ page }) => {
    const names = await page.locator('.mention').evaluateAll((ms) => ms.map((m) => [m.getAttribute('href'), m.dataset.target]));
    assert.ok(names.length > 0);
    for (const [href, target] of names) assert.equal(href, `#card-${target}`);
    // Every actor, place and term the text names has its sheet in the page.
    for (const target of new Set(names.map(([, t]) => t))) assert.equal(await page.locator(`#card-${target}`).count(), 1, target);
    // One name of each kind, tapped: its sheet is on screen.
    for (const kind of ['actor', 'place', 'term']) {
      const name = page.locator(`.mention--${kind}`).first();
      if (!(await name.count())) continue;
      const target = await name.getAttribute('data-target');
      await name.scrollIntoViewIfNeeded();
      await name.tap();
      await page.waitForFunction((id) => location.hash === `#card-${id}`, target);
      const sheet = await page.locator(`#card-${target}`).boundingBox();
      assert.ok(sheet && sheet.y < VIEWPORTS.phone.height && sheet.y + sheet.height > 0, `${target}'s sheet is on screen`);
    }
  }, VIEWPORTS.phone);
});
