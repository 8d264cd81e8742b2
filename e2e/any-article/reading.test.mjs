// The article reads as the content file has it: every paragraph verbatim, with scripts off and once the app has
// started; and with scripts off, the map right after the paragraph `[map] after` names with every place the content
// puts on it, every claim readable and its quotes linked to their sentences, and every name the content gives a
// mention a link to its card, which the first tap shows. Runs for every article (E2E_ARTICLE).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWPORTS, withPage } from '../lib/browser.mjs';
import { startAll, seedLines } from '../lib/fixtures.mjs';
import { content } from '../lib/article.mjs';
import { placesOnTheMap } from '../lib/map-checks.mjs';

const CONTENT = content();
/// The mention kinds, by the content list their targets come from.
const KINDS = { actors: 'actor', places: 'place', glossary: 'term' };
/// Every target the content gives a mention, as `<kind> <id>`, in a stable order.
const MENTIONED = Object.entries(KINDS)
  .flatMap(([list, kind]) =>
    (CONTENT[list] ?? [])
      .filter((item) => Object.keys(item.mentions ?? {}).length > 0)
      .map((item) => `${kind} ${item.id}`),
  )
  .sort();

let env;
before(async () => {
  env = await startAll();
});
after(async () => {
  await env.stop();
});

/// The page with scripts off, on a touch screen of `viewport`, for `body({ page })`.
const withoutScripts = (body, viewport = VIEWPORTS.tablet) =>
  withPage(env.browser, env.server.url, { javaScriptEnabled: false, viewport, touch: true }, body);

test('every paragraph is its seed line, in order and each once, with scripts off and once the app has started', async () => {
  const lines = seedLines();
  assert.ok(lines.length > 0, 'the seed has text');
  assert.equal(CONTENT.paragraphs.length, lines.length, 'one paragraph in the content file per non-empty seed line');
  const expected = CONTENT.paragraphs.map((p, i) => [p.id, lines[i]]);
  const paragraphs = (page) =>
    page.locator('[data-paragraph]').evaluateAll((ps) => ps.map((p) => [p.id, p.textContent]));
  await withoutScripts(async ({ page }) => assert.deepEqual(await paragraphs(page), expected, 'with scripts off'));
  await withPage(env.browser, env.server.url, async ({ page }) =>
    assert.deepEqual(await paragraphs(page), expected, 'with the app'),
  );
});

test('with scripts off, the map follows its paragraph and shows every place it has, and every claim opens, its quotes linked to their sentences', async () => {
  await withoutScripts(async ({ page }) => {
    const next = await page.evaluate(
      (id) => document.getElementById(id).closest('.article-text > *').nextElementSibling?.id,
      CONTENT.map.after,
    );
    assert.equal(next, 'map', `the map follows ${CONTENT.map.after}`);
    assert.ok(await page.locator('#map-svg').isVisible(), 'the map is drawn');
    const places = await page
      .locator('#map [data-place]')
      .evaluateAll((fs) => [...new Set(fs.map((f) => f.dataset.place))].sort());
    assert.deepEqual(
      places,
      [...placesOnTheMap(CONTENT)].sort(),
      'the map (and its inset) has a feature for every place the content puts on it',
    );
    assert.equal(
      await page.locator('#map-svg .map-country.is-featured').count(),
      CONTENT.map.countries.length,
      "the story's countries",
    );
    assert.equal(
      await page.locator('#map-svg .map-border__line').count(),
      (CONTENT.map.borders ?? []).length,
      'the borders',
    );

    const claims = page.locator('details.claim__details');
    assert.equal(await claims.count(), CONTENT.claims.length);
    for (const claim of CONTENT.claims) {
      const details = page.locator(`#claim-${claim.id}`);
      assert.equal(
        await details.evaluate((d) => d.open),
        Boolean(claim.expanded),
        `${claim.id} open as the content says`,
      );
      if (!claim.expanded) await details.locator('.claim__toggle').tap();
      assert.ok(await details.locator('.claim__body').isVisible(), `${claim.id} readable`);
      // Its quote links to a sentence of its paragraph, and every link lands on a sentence in the page.
      const links = await details.locator('.sentence-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.ok(
        links.some((href) => href.startsWith(`#${claim.para}-s`)),
        `${claim.id} links to its sentence in ${claim.para}: ${links}`,
      );
      for (const href of links)
        assert.equal(await page.locator(href).count(), 1, `${claim.id}: ${href} is in the page`);
    }
    // Without scripts a sentence link is a plain anchor: it takes the reader to the sentence.
    const [first] = CONTENT.claims;
    const link = page.locator(`#claim-${first.id} .sentence-link[href^="#${first.para}-s"]`).first();
    const href = await link.getAttribute('href');
    await link.tap();
    await page.waitForFunction((h) => location.hash === h, href);
  });
});

test("with scripts off, every name links to its card, and a tap on a name of each kind shows that card's sheet", async () => {
  assert.ok(MENTIONED.length > 0, 'the content gives some name a mention');
  await withoutScripts(async ({ page }) => {
    const names = await page.locator('.mention').evaluateAll((ms) =>
      ms.map((m) => ({
        href: m.getAttribute('href'),
        target: m.dataset.target,
        kinds: [...m.classList].filter((c) => c.startsWith('mention--')),
      })),
    );
    for (const { href, target } of names) assert.equal(href, `#card-${target}`);
    // Each actor, place and term the content gives a mention is named in the text, as its kind, and nothing else is.
    const found = [
      ...new Set(
        names.map(({ target, kinds }) => `${kinds.map((k) => k.slice('mention--'.length)).join('+')} ${target}`),
      ),
    ].sort();
    assert.deepEqual(found, MENTIONED);
    // Every one of them has its sheet in the page.
    for (const target of new Set(names.map(({ target }) => target)))
      assert.equal(await page.locator(`#card-${target}`).count(), 1, target);
    // One name of each kind the content has, tapped: its sheet is on screen.
    const kinds = [...new Set(MENTIONED.map((m) => m.split(' ')[0]))];
    for (const kind of kinds) {
      const name = page.locator(`.mention--${kind}`).first();
      const target = await name.getAttribute('data-target');
      await name.scrollIntoViewIfNeeded();
      await name.tap();
      await page.waitForFunction((id) => location.hash === `#card-${id}`, target);
      const sheet = await page.locator(`#card-${target}`).boundingBox();
      assert.ok(
        sheet && sheet.y < VIEWPORTS.phone.height && sheet.y + sheet.height > 0,
        `${target}'s sheet is on screen`,
      );
    }
  }, VIEWPORTS.phone);
});
