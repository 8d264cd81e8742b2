// The locator map follows the content file: every place with coordinates is on it, inside the drawn map at every
// size; every country `[map] countries` names is drawn, the home country tinted; and the map and the text are linked
// both ways for every place, by click and by tap. Runs for every article (E2E_ARTICLE).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { withPage, VIEWPORTS } from '../lib/browser.mjs';
import { seriousViolations } from '../lib/axe.mjs';
import { startAll } from '../lib/fixtures.mjs';
import { content } from '../lib/article.mjs';

const CONTENT = content();
const WITH_POINTS = CONTENT.places.filter((p) => p.lat !== undefined);
/// Places the text names that have a feature on the map: its marker, outline name or border line.
const mentioned = (p) => Object.keys(p.mentions ?? {}).length > 0;

let env;
before(async () => { env = await startAll(); });
after(async () => { await env.stop(); });

test('every place with coordinates is on the map, inside it, at phone, tablet and desktop sizes', async () => {
  assert.ok(WITH_POINTS.length >= 3, 'the content has places to check');
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    await withPage(env.browser, env.server.url, { viewport, touch: size !== 'desktop' }, async ({ page }) => {
      await page.locator('#map').scrollIntoViewIfNeeded();
      const [, , width, height] = (await page.locator('#map-svg').getAttribute('viewBox')).split(' ').map(Number);
      const svg = await page.locator('#map-svg').boundingBox();
      for (const p of WITH_POINTS) {
        // On the map, or in its inset (drawn in the same coordinates, zoomed in).
        const feature = page.locator(`#map [data-place="${p.id}"][data-x]`).first();
        assert.equal(await feature.count(), 1, `${size}: ${p.id} is on the map`);
        const [x, y] = [Number(await feature.getAttribute('data-x')), Number(await feature.getAttribute('data-y'))];
        assert.ok(x >= 0 && x <= width && y >= 0 && y <= height, `${size}: ${p.id} at (${x}, ${y}) inside ${width} × ${height}`);
      }
      // Markers, where the map draws one, are on screen inside the map's frame.
      for (const dot of await page.locator('#map-svg .map-place__dot').all()) {
        const box = await dot.boundingBox();
        const inside = box.x >= svg.x - 1 && box.x + box.width <= svg.x + svg.width + 1 && box.y >= svg.y - 1 && box.y + box.height <= svg.y + svg.height + 1;
        assert.ok(inside, `${size}: a marker is inside the map's frame`);
      }
    });
  }
});

test("the map draws the content's countries, tints its home country, and credits its data and projection", async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    assert.equal(await page.locator('#map-svg .map-country').count(), CONTENT.map.countries.length);
    assert.equal(await page.locator('#map-svg .map-country.is-home').count(), CONTENT.map.home ? 1 : 0);
    assert.equal(await page.locator('#map-svg .map-border__line').count(), (CONTENT.map.borders ?? []).length);
    assert.match(await page.locator('.map__dek').textContent(), new RegExp(`^${CONTENT.map.description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    assert.match(await page.locator('.map__credit').textContent(), /Natural Earth 1:(50|110)m .*(Lambert conformal conic|Equal Earth) projection/);
    assert.ok((await page.locator('.map__credit').textContent()).endsWith(CONTENT.map.credits));
  });
});

test('every place is linked both ways: its name in the text lights it on the map, and the map opens its card and lights its sentences', async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    const places = CONTENT.places.filter(mentioned);
    for (const p of places) {
      const feature = page.locator(`#map-svg [data-place="${p.id}"]`);
      if (!(await feature.count())) continue;
      // Text → map.
      await page.locator(`.mention[data-target="${p.id}"]`).first().click();
      await page.locator('#card .card__title').waitFor();
      assert.ok(await page.locator(`#map-svg [data-place="${p.id}"].is-lit`).count() >= 1, `${p.id} lit on the map`);
      await page.keyboard.press('Escape');
      // Map → text, on the feature's finger-sized hit area (a marker's circle, a border's wide line, a name's box).
      const hit = feature.first().locator('[class$="__hit"]').first();
      await hit.scrollIntoViewIfNeeded();
      await hit.click();
      assert.equal(await page.locator('#card .card__title').textContent(), p.name, `${p.id}'s card`);
      // The map zooms to the place; the card then sits beside its marker, never over it.
      const dot = page.locator(`#map-svg #map-${p.id} .map-place__dot`);
      if (await dot.count()) {
        await page.waitForTimeout(100);
        const [d, c] = [await dot.boundingBox(), await page.locator('#card').boundingBox()];
        const covered = d.x < c.x + c.width && c.x < d.x + d.width && d.y < c.y + c.height && c.y < d.y + d.height;
        assert.ok(!covered, `${p.id}: the card does not cover its marker (marker ${JSON.stringify(d)}, card ${JSON.stringify(c)})`);
      }
      const lit = await page.locator('.sentence.is-highlighted').count();
      assert.ok(lit >= 1, `${p.id}'s sentences lit (${lit})`);
      await page.keyboard.press('Escape');
      // Opening a place zooms the map to it; the next place starts from the whole map.
      await page.locator('[data-map-zoom="reset"]').click();
    }
  });
});

test('on a phone, a tap on a place on the map opens its card on screen, and axe-core finds nothing serious', async () => {
  await withPage(env.browser, env.server.url, { viewport: VIEWPORTS.phone, touch: true }, async ({ page }) => {
    const marker = page.locator('#map-svg .map-place').first();
    await page.locator('#map').scrollIntoViewIfNeeded();
    const id = await marker.getAttribute('data-place');
    await marker.tap();
    const title = await page.locator('#card .card__title').textContent();
    assert.equal(title, CONTENT.places.find((p) => p.id === id).name);
    const card = await page.locator('#card').boundingBox();
    assert.ok(card.y >= 0 && card.y + card.height <= VIEWPORTS.phone.height + 1 && card.x >= 0 && card.x + card.width <= VIEWPORTS.phone.width + 1, 'the card is on screen');
    assert.deepEqual(await seriousViolations(page), []);
  });
});
