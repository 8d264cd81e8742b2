// The locator map follows the content file, for any place on Earth: every place with coordinates is on it, its
// marker and name wholly inside the drawn map and clear of the map's buttons and inset, at the reader's sizes and
// at every width from 320 to 1440 px; every country Natural Earth has in the map's box is drawn, the content's own
// featured, and each place's point lies on drawn land; the country names sit in or beside their country; and the map
// and the text are linked both ways for every place, by click and by tap. Runs for every article (E2E_ARTICLE).
// The geometry is measured and judged by ../lib/map-checks.mjs, which the cross-engine scenarios share.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { withPage, VIEWPORTS } from '../lib/browser.mjs';
import { seriousViolations } from '../lib/axe.mjs';
import { startAll } from '../lib/fixtures.mjs';
import { content, words } from '../lib/article.mjs';

const W = words();
import {
  SWEEP,
  placesWithPoints,
  placesOnTheMap,
  settleMap,
  measureMap,
  placeProblems,
  landProblems,
  countryNameProblems,
} from '../lib/map-checks.mjs';
import { countryProblems } from '../lib/natural-earth.mjs';

const CONTENT = content();
const WITH_POINTS = placesWithPoints(CONTENT);
/// The places the text names that the content puts on the map (../lib/map-checks.mjs): each has a feature there, its
/// marker (on the map or in its inset), country name or border line.
const ON_THE_MAP = placesOnTheMap(CONTENT);
const LINKED = CONTENT.places.filter((p) => Object.keys(p.mentions ?? {}).length > 0 && ON_THE_MAP.has(p.id));

/// The reader's devices (phone and tablet by touch), then a desktop window at each width of the sweep.
const SIZES = [
  ...Object.entries(VIEWPORTS).map(([name, viewport]) => ({ name, viewport, touch: name !== 'desktop' })),
  ...SWEEP.map((width) => ({ name: `${width} px`, viewport: { width, height: 900 }, touch: false })),
];
const READER_SIZES = SIZES.slice(0, Object.keys(VIEWPORTS).length);

let env;
before(async () => {
  env = await startAll();
});
after(async () => {
  await env.stop();
});

// One page load per size, measured once the labels have settled, for the tests below to judge (a failed load fails
// each test that asks for it).
const measured = new Map();
function measurementAt({ name, viewport, touch }) {
  if (!measured.has(name)) {
    measured.set(
      name,
      (async () => {
        let m;
        await withPage(env.browser, env.server.url, { viewport, touch }, async ({ page }) => {
          await settleMap(page);
          m = await measureMap(page, WITH_POINTS);
        });
        return m;
      })().catch((error) => {
        error.message = `at ${name}: ${error.message}`;
        throw error;
      }),
    );
  }
  return measured.get(name);
}

/// Runs `judge` on the map at each size and asserts no size had a problem, listing every size's at once.
async function atEverySize(sizes, judge) {
  const problems = [];
  let checked = 0;
  for (const size of sizes) {
    const found = judge(await measurementAt(size));
    problems.push(...found.problems.map((p) => `${size.name}: ${p}`));
    checked += found.checked;
  }
  assert.deepEqual(problems, []);
  return checked;
}

test('every place with coordinates has a marker and a visible name, wholly inside the map and clear of its buttons and inset, at phone, tablet and desktop sizes and at every width from 320 to 1440 px', async () => {
  assert.ok(WITH_POINTS.length > 0, 'the content has places with coordinates');
  const checked = await atEverySize(SIZES, (m) => {
    const { problems, names, dots } = placeProblems(m, WITH_POINTS);
    return { problems, checked: names + dots };
  });
  // A place on the main map without a visible name is a problem already; this catches a measurement of nothing.
  assert.ok(checked > 0 || WITH_POINTS.every((p) => p.inset), 'names and markers were measured');
});

test("every country Natural Earth has with land in the map's box is drawn, the content's own featured and its home country marked; the map credits its data and projection", async () => {
  const m = await measurementAt(SIZES.find((s) => s.name === 'desktop'));
  assert.ok(m.countries.length > 0, 'the map draws countries');
  assert.deepEqual(countryProblems(m.countries, CONTENT), []);
  await withPage(env.browser, env.server.url, async ({ page }) => {
    assert.equal(await page.locator('#map-svg .map-border__line').count(), (CONTENT.map.borders ?? []).length);
    assert.match(
      await page.locator('.map__dek').textContent(),
      new RegExp(`^${CONTENT.map.description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
    // The data's own credit, and the projection named in the page's language.
    const credit = await page.locator('.map__credit').textContent();
    assert.match(credit, /Natural Earth 1:(50|110)m /);
    assert.ok(
      [W.map.conic, W.map.equal_earth].some((name) => credit.includes(name)),
      credit,
    );
    assert.ok((await page.locator('.map__credit').textContent()).endsWith(CONTENT.map.credits));
  });
});

test("the land is drawn: each place's marker lies on a drawn country, at phone, tablet and desktop sizes", async () => {
  const checked = await atEverySize(READER_SIZES, landProblems);
  assert.ok(checked > 0, 'some place is drawn as a marker on the main map');
});

test('every country name shown lies inside its country or just beside it, at every size', async () => {
  const checked = await atEverySize(SIZES, countryNameProblems);
  assert.ok(checked > 0, 'some country name is shown at some size');
});

test('every place is linked both ways: its name in the text lights it on the map, and the map opens its card and lights its sentences', async () => {
  assert.ok(LINKED.length > 0, 'the text names some place the map shows');
  await withPage(env.browser, env.server.url, async ({ page }) => {
    const checked = [];
    for (const p of LINKED) {
      // The map or its inset.
      const feature = page.locator(`#map [data-place="${p.id}"]`);
      assert.ok((await feature.count()) >= 1, `${p.id} has a feature on the map`);
      // Text → map.
      await page.locator(`.mention[data-target="${p.id}"]`).first().click();
      await page.locator('#card .card__title').waitFor();
      assert.ok((await page.locator(`#map [data-place="${p.id}"].is-lit`).count()) >= 1, `${p.id} lit on the map`);
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
        assert.ok(
          !covered,
          `${p.id}: the card does not cover its marker (marker ${JSON.stringify(d)}, card ${JSON.stringify(c)})`,
        );
      }
      const lit = await page.locator('.sentence.is-highlighted').count();
      assert.ok(lit >= 1, `${p.id}'s sentences lit (${lit})`);
      await page.keyboard.press('Escape');
      // Opening a place zooms the map to it; the next place starts from the whole map.
      await page.locator('[data-map-zoom="reset"]').click();
      checked.push(p.id);
    }
    assert.deepEqual(
      checked,
      LINKED.map((p) => p.id),
      'every place was checked both ways',
    );
  });
});

test('on a phone, a tap on a place on the map opens its card on screen, and axe-core finds nothing serious', async () => {
  await withPage(env.browser, env.server.url, { viewport: VIEWPORTS.phone, touch: true }, async ({ page }) => {
    const marker = page.locator('#map-svg .map-place').first();
    await page.locator('#map').scrollIntoViewIfNeeded();
    const id = await marker.getAttribute('data-place');
    // On its dot's hit area, where a finger goes: the middle of the whole group (dot and name) may be a gap between
    // them, over the land below.
    await marker.locator('.map-place__hit').tap();
    const title = await page.locator('#card .card__title').textContent();
    assert.equal(title, CONTENT.places.find((p) => p.id === id).name);
    const card = await page.locator('#card').boundingBox();
    assert.ok(
      card.y >= 0
        && card.y + card.height <= VIEWPORTS.phone.height + 1
        && card.x >= 0
        && card.x + card.width <= VIEWPORTS.phone.width + 1,
      'the card is on screen',
    );
    assert.deepEqual(await seriousViolations(page), []);
  });
});
