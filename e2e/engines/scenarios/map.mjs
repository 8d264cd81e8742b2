// The map's zoom buttons, and a map feature that opens its card and gets focus back from it; and, at phone, tablet
// and desktop widths, every place's marker and name inside the map and clear of its buttons, on drawn land, with
// every country Natural Earth has in the box drawn (measured and judged by ../../lib/map-checks.mjs, as in Chromium's
// any-article/map.test.mjs).
import assert from 'node:assert/strict';
import { VIEWPORTS } from '../../lib/browser.mjs';
import { buttonNamed, content, words } from '../../lib/article.mjs';
import { placesWithPoints, settleMap, measureMap, placeProblems, landProblems } from '../../lib/map-checks.mjs';
import { countryProblems } from '../../lib/natural-earth.mjs';
import { waitFor } from '../../lib/engines/index.mjs';
import { PLACE, feature } from './content.mjs';
import { assertNoError, cardGone, focusedId } from './checks.mjs';

const CONTENT = content();
const places = placesWithPoints(CONTENT);

export function mapScenarios({ env, group, open }) {
  group('map', "the map's zoom buttons zoom; a map feature opens its card, and Esc returns focus to it", async () => {
    const { page } = await open(env.server.url, VIEWPORTS.desktop);
    const width = () =>
      page.evaluate(() => Number(document.querySelector('#map-svg').getAttribute('viewBox').split(' ')[2]));
    const start = await width();
    await page.click(buttonNamed(words().map.zoom_in));
    const zoomed = await width();
    assert.ok(zoomed < start, `zoomed in: ${start} → ${zoomed}`);
    await page.click(buttonNamed(words().map.zoom_out));
    assert.ok((await width()) > zoomed, 'zoomed out');
    await page.click(buttonNamed(words().map.reset));
    assert.equal(await width(), start, 'reset');

    assert.ok(
      await page.evaluate((sel) => document.querySelector(sel) !== null, `${feature(PLACE.id)} circle`),
      `${PLACE.id} is on the map`,
    );
    await page.click(`${feature(PLACE.id)} circle`);
    await waitFor(
      page,
      (t) => document.querySelector('#card .card__title')?.textContent.includes(t),
      PLACE.name.split(',')[0],
      { message: `${PLACE.id}'s card` },
    );
    assert.equal(
      await page.evaluate((sel) => document.querySelector(sel).classList.contains('is-lit'), feature(PLACE.id)),
      true,
      'the feature is lit',
    );
    await page.press('Escape');
    await cardGone(page);
    assert.equal(await focusedId(page), `map-${PLACE.id}`, 'focus back on the map feature');
    await assertNoError(page);
    await page.close();
  });

  for (const viewport of [VIEWPORTS.phone, VIEWPORTS.tablet, VIEWPORTS.desktop]) {
    group(
      'map-labels',
      `at ${viewport.width} px, every place has a marker and a name inside the map and off its buttons, on drawn land, with every country Natural Earth has there`,
      async () => {
        assert.ok(places.length > 0, 'the content has places with coordinates');
        const { page } = await open(env.server.url, viewport);
        await settleMap(page);
        const m = await measureMap(page, places);
        const found = placeProblems(m, places);
        const land = landProblems(m);
        assert.deepEqual([...found.problems, ...land.problems, ...countryProblems(m.countries, CONTENT)], []);
        assert.ok(found.names + found.dots > 0 || places.every((p) => p.inset), 'names and markers were measured');
        assert.ok(land.checked > 0, 'some place is drawn as a marker on the main map');
        await assertNoError(page);
        await page.close();
      },
    );
  }
}
