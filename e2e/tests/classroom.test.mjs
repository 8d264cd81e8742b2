// Classrooms on tablets: every flow by touch at tablet sizes in both orientations, targets big enough for a
// finger, offline after one visit, reading aids, deep links for a whole class, and accessibility in both themes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from '../lib/browser.mjs';
import { seriousViolations } from '../lib/axe.mjs';
import { startAll, assertClean, eventually } from '../lib/fixtures.mjs';

let env;
before(async () => { env = await startAll(); });
after(async () => { await env.stop(); });

const TABLETS = [[768, 1024], [820, 1180], [1024, 1366]];

test('every flow works by touch on tablets, portrait and landscape', async () => {
  for (const [w, h] of TABLETS) {
    for (const viewport of [{ width: w, height: h }, { width: h, height: w }]) {
      const label = `${viewport.width}×${viewport.height}`;
      const { page, problems, context } = await openPage(env.browser, env.server.url, { touch: true, viewport });
      // A card, and a step to the next mention.
      const name = page.locator('.mention[data-target="tikhanovskaya"]').first();
      await name.scrollIntoViewIfNeeded();
      await name.tap();
      await page.locator('#card .card__title', { hasText: 'Svetlana Tikhanovskaya' }).waitFor();
      await page.getByRole('button', { name: 'Next mention' }).tap();
      assert.match(await page.locator('#card .stepper__status').textContent(), /^Mention 2 of/, label);
      await page.locator('#card .card__close').tap();
      await page.locator('#card').waitFor({ state: 'detached' });
      // A claim.
      const toggle = page.locator('#claim-western-instigation-toggle');
      await toggle.scrollIntoViewIfNeeded();
      await toggle.tap();
      assert.equal(await page.locator('#claim-western-instigation').evaluate((d) => d.open), true, label);
      // The map.
      const grodno = page.locator('#map-grodno');
      await grodno.scrollIntoViewIfNeeded();
      await grodno.tap();
      await page.locator('#card .card__title', { hasText: 'Grodno' }).waitFor();
      assertClean(assert, problems);
      await context.close();
    }
  }
});

test('every control is at least 44 × 44 px (names in sentences excepted)', async () => {
  const { page, context } = await openPage(env.browser, env.server.url, { touch: true, viewport: { width: 820, height: 1180 } });
  await page.locator('.mention[data-target="nato"]').first().tap();
  await page.locator('#card').waitFor();
  await page.getByRole('button', { name: 'Expand all' }).tap();
  const small = await page.evaluate(() => [...document.querySelectorAll('button, summary, a.sentence-link, [role="button"]:not(.mention)')]
    .filter((el) => el.getClientRects().length && !el.closest('svg'))
    .map((el) => ({ el, r: el.getBoundingClientRect() }))
    .filter(({ r }) => r.width < 44 - 0.5 || r.height < 44 - 0.5)
    .map(({ el, r }) => `${el.tagName}.${el.className} "${el.textContent.trim().slice(0, 30)}" ${r.width.toFixed(0)}×${r.height.toFixed(0)}`));
  assert.deepEqual(small, []);
  // Map features have finger-sized hit areas too.
  const hit = await page.locator('#map-grodno .map-place__hit').boundingBox();
  assert.ok(hit.width >= 44 && hit.height >= 44, `map hit area ${hit.width}×${hit.height}`);
  await context.close();
});

test('after one visit the explainer works offline', async () => {
  const { page, context } = await openPage(env.browser, env.server.url, { touch: true, viewport: { width: 820, height: 1180 } });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await context.setOffline(true);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 15000 });
  assert.match(await page.locator('#p2').textContent(), /^A massive crowd of protesters/);
  await page.locator('.mention[data-target="nato"]').first().tap();
  await page.locator('#card .card__title', { hasText: 'NATO' }).waitFor();
  assert.equal(await page.locator('#map-svg .map-border__line').count(), 2);
  await context.close();
});

test('a link can open a card, claims and a map place for the whole class; bad parameters are ignored', async () => {
  const { page, problems, context } = await openPage(env.browser, `${env.server.url}?x=%ZZ&embed=<b>#card=nauseda&claims=seize-power&place=grodno&card2=;;`);
  await page.locator('#card .card__title', { hasText: 'Gitanas Nausėda' }).waitFor();
  assert.equal(await page.locator('#claim-seize-power').evaluate((d) => d.open), true);
  assert.equal(await page.locator('#map-grodno.is-lit').count(), 1);
  assertClean(assert, problems);
  await context.close();
  const junk = await openPage(env.browser, `${env.server.url}#card=%3Cscript%3E&claims=..%2F..&place=`);
  assert.equal(await junk.page.locator('#card').count(), 0);
  assert.equal(await junk.page.locator('#claim-nato-troops').evaluate((d) => d.open), false);
  assertClean(assert, junk.problems);
  await junk.context.close();
});

test('text size, timeline, glossary and questions work', async () => {
  const { page, context } = await openPage(env.browser, env.server.url, { touch: true, viewport: { width: 820, height: 1180 } });
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('#p2')).fontSize));
  const before = await size();
  await page.getByRole('button', { name: 'Larger text' }).tap();
  assert.ok(await size() > before, 'larger text');
  // Read aloud, where the browser has speech synthesis (headless Chromium has the API): it starts and stops.
  if (await page.evaluate(() => 'speechSynthesis' in window)) {
    const read = page.getByRole('button', { name: 'Read aloud' });
    await read.tap();
    assert.equal(await page.getByRole('button', { name: 'Stop reading' }).getAttribute('aria-pressed'), 'true');
    await page.getByRole('button', { name: 'Stop reading' }).tap();
    assert.equal(await read.getAttribute('aria-pressed'), 'false');
  }
  const events = page.locator('.timeline__event');
  assert.ok(await events.count() >= 6);
  const grodnoDay = page.locator('.timeline__event', { hasText: 'Grodno' }).first();
  await grodnoDay.locator('.sentence-link').tap();
  assert.ok(await page.locator('.sentence.is-highlighted').count() >= 1);
  const glossary = page.locator('summary', { hasText: 'Glossary' });
  await glossary.scrollIntoViewIfNeeded();
  await glossary.tap();
  assert.ok(await page.locator('.glossary dt', { hasText: 'territorial integrity' }).isVisible());
  await page.locator('summary', { hasText: 'Discussion questions' }).tap();
  assert.ok(await page.locator('.questions li').count() >= 3);
  await context.close();
});

test('landmarks and headings let a screen-reader user jump between article, map and claims', async () => {
  const { page, context } = await openPage(env.browser, env.server.url);
  for (const [role, name] of [['main', undefined], ['article', 'The article'], ['complementary', 'Claims and responses'], ['figure', 'Where it happens']]) {
    assert.equal(await page.getByRole(role, name ? { name } : {}).count(), 1, `${role} ${name ?? ''}`);
  }
  assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
  // Keyboard alone: the first Tab reaches the skip link, which leads to the article.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  // A contents line reaches the claims panel, which follows the article in one column.
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Claims and responses' }).click();
  assert.ok(await eventually(async () => {
    const box = await page.locator('#claims-title').boundingBox();
    return box.y >= 0 && box.y < 900;
  }), 'the claims panel is in view');
  await context.close();
});

test('axe-core finds no serious or critical violation in the light and the dark theme', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context } = await openPage(env.browser, env.server.url, { colorScheme, touch: true, viewport: { width: 820, height: 1180 } });
    assert.deepEqual(await seriousViolations(page), [], `${colorScheme}, closed`);
    await page.getByRole('button', { name: 'Expand all' }).tap();
    await page.locator('.mention[data-target="szczerski"]').first().tap();
    await page.locator('#card').waitFor();
    assert.deepEqual(await seriousViolations(page), [], `${colorScheme}, open`);
    await context.close();
  }
});

test('printing shows every claim expanded and the map, without the controls', async () => {
  const { page, context } = await openPage(env.browser, env.server.url);
  await page.emulateMedia({ media: 'print' });
  const bodies = page.locator('.claim__body');
  for (let i = 0; i < await bodies.count(); i++) assert.ok(await bodies.nth(i).isVisible(), `claim ${i}`);
  assert.ok(await page.locator('#map-svg').isVisible());
  assert.ok(!(await page.locator('.map__controls').isVisible()));
  await context.close();
});
