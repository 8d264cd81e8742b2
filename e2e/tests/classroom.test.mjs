// Classrooms on tablets: every flow by touch at tablet sizes in both orientations, targets big enough for a
// finger, reading aids, deep links for a whole class, and accessibility in both themes. Offline after one visit is
// checked for every article, in ../any-article/offline.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from '../lib/browser.mjs';
import { seriousViolations } from '../lib/axe.mjs';
import { startAll, eventually } from '../lib/fixtures.mjs';

let env;
before(async () => {
  env = await startAll();
});
after(async () => {
  await env.stop();
});

const TABLETS = [
  [768, 1024],
  [820, 1180],
  [1024, 1366],
];
const TABLET = { touch: true, viewport: { width: 820, height: 1180 } };

test('every flow works by touch on tablets, portrait and landscape', async () => {
  for (const [w, h] of TABLETS) {
    for (const viewport of [
      { width: w, height: h },
      { width: h, height: w },
    ]) {
      const label = `${viewport.width}×${viewport.height}`;
      await withPage(env.browser, env.server.url, { touch: true, viewport }, async ({ page }) => {
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
      });
    }
  }
});

test('every control is at least 44 × 44 px (names in sentences excepted)', async () => {
  await withPage(env.browser, env.server.url, TABLET, async ({ page }) => {
    await page.locator('.mention[data-target="nato"]').first().tap();
    await page.locator('#card').waitFor();
    await page.getByRole('button', { name: 'Expand all' }).tap();
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, summary, a.sentence-link, [role="button"]:not(.mention)')]
        .filter((el) => el.getClientRects().length && !el.closest('svg'))
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 44 - 0.5 || r.height < 44 - 0.5)
        .map(
          ({ el, r }) =>
            `${el.tagName}.${el.className} "${el.textContent.trim().slice(0, 30)}" ${r.width.toFixed(0)}×${r.height.toFixed(0)}`,
        ),
    );
    assert.deepEqual(small, []);
    // Map features have finger-sized hit areas too.
    const hit = await page.locator('#map-grodno .map-place__hit').boundingBox();
    assert.ok(hit.width >= 44 && hit.height >= 44, `map hit area ${hit.width}×${hit.height}`);
  });
});

test('a link can open a card, claims and a map place for the whole class; bad parameters are ignored', async () => {
  await withPage(
    env.browser,
    `${env.server.url}?x=%ZZ&embed=<b>#card=nauseda&claims=seize-power&place=grodno&card2=;;`,
    async ({ page }) => {
      await page.locator('#card .card__title', { hasText: 'Gitanas Nausėda' }).waitFor();
      assert.equal(await page.locator('#claim-seize-power').evaluate((d) => d.open), true);
      assert.equal(await page.locator('#map-grodno.is-lit').count(), 1);
    },
  );
  await withPage(env.browser, `${env.server.url}#card=%3Cscript%3E&claims=..%2F..&place=`, async ({ page }) => {
    assert.equal(await page.locator('#card').count(), 0);
    assert.equal(await page.locator('#claim-nato-troops').evaluate((d) => d.open), false);
  });
});

/// Read aloud, either way it can go (src/behaviour/reading_tools.rs): where the browser has speech synthesis, the
/// button is offered and starts and stops reading; where it has none, the button stays hidden. Returns the branch
/// taken, which every assertion message names.
async function assertReadAloud(page) {
  const branch = (await page.evaluate(() => 'speechSynthesis' in window))
    ? 'with speech synthesis'
    : 'without speech synthesis';
  const read = page.getByRole('button', { name: 'Read aloud' });
  if (branch === 'with speech synthesis') {
    assert.equal(await read.isVisible(), true, `${branch}: the Read aloud button is offered`);
    await read.tap();
    assert.equal(
      await page.getByRole('button', { name: 'Stop reading' }).getAttribute('aria-pressed'),
      'true',
      `${branch}: reading starts`,
    );
    await page.getByRole('button', { name: 'Stop reading' }).tap();
    assert.equal(await read.getAttribute('aria-pressed'), 'false', `${branch}: reading stops`);
  } else {
    assert.equal(await page.locator('[data-read-aloud]').count(), 1, `${branch}: the page holds the button`);
    assert.equal(
      await page.locator('[data-read-aloud]').isVisible(),
      false,
      `${branch}: the Read aloud button is not offered`,
    );
  }
  return branch;
}

test('text size, timeline, glossary and questions work', async () => {
  await withPage(env.browser, env.server.url, TABLET, async ({ page }) => {
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('#p2')).fontSize));
    const before = await size();
    await page.getByRole('button', { name: 'Larger text' }).tap();
    assert.ok((await size()) > before, 'larger text');
    // Headless Chromium has speech synthesis, so this takes the branch that reads.
    await assertReadAloud(page);
    const events = page.locator('.timeline__event');
    assert.ok((await events.count()) >= 6);
    const grodnoDay = page.locator('.timeline__event', { hasText: 'Grodno' }).first();
    await grodnoDay.locator('.sentence-link').tap();
    assert.ok((await page.locator('.sentence.is-highlighted').count()) >= 1);
    const glossary = page.locator('summary', { hasText: 'Glossary' });
    await glossary.scrollIntoViewIfNeeded();
    await glossary.tap();
    assert.ok(await page.locator('.glossary dt', { hasText: 'territorial integrity' }).isVisible());
    await page.locator('summary', { hasText: 'Discussion questions' }).tap();
    assert.ok((await page.locator('.questions li').count()) >= 3);
  });
});

test('in a browser without speech synthesis, Read aloud is not offered', async () => {
  // The API taken away before the page's scripts run, as a browser without it would have the page.
  const withoutSpeech = () => {
    delete window.speechSynthesis;
    delete Window.prototype.speechSynthesis;
  };
  await withPage(env.browser, env.server.url, { ...TABLET, initScript: withoutSpeech }, async ({ page }) => {
    assert.equal(await assertReadAloud(page), 'without speech synthesis');
  });
});

test('landmarks and headings let a screen-reader user jump between article, map and claims', async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    for (const [role, name] of [
      ['main', undefined],
      ['article', 'The article'],
      ['complementary', 'Claims and responses'],
      ['figure', 'Where it happens'],
    ]) {
      assert.equal(await page.getByRole(role, name ? { name } : {}).count(), 1, `${role} ${name ?? ''}`);
    }
    assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
    // Keyboard alone: the first Tab reaches the skip link, which leads to the article.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
    // A contents line reaches the claims panel, which follows the article in one column.
    await page
      .getByRole('navigation', { name: 'On this page' })
      .getByRole('link', { name: 'Claims and responses' })
      .click();
    assert.ok(
      await eventually(async () => {
        const box = await page.locator('#claims-title').boundingBox();
        return box.y >= 0 && box.y < 900;
      }),
      'the claims panel is in view',
    );
  });
});

test('axe-core finds no serious or critical violation in the light and the dark theme', async () => {
  for (const colorScheme of ['light', 'dark']) {
    await withPage(env.browser, env.server.url, { ...TABLET, colorScheme }, async ({ page }) => {
      assert.deepEqual(await seriousViolations(page), [], `${colorScheme}, closed`);
      await page.getByRole('button', { name: 'Expand all' }).tap();
      await page.locator('.mention[data-target="szczerski"]').first().tap();
      await page.locator('#card').waitFor();
      assert.deepEqual(await seriousViolations(page), [], `${colorScheme}, open`);
    });
  }
});

test('printing shows every claim expanded and the map, without the controls', async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    const bodies = page.locator('.claim__body');
    for (let i = 0; i < (await bodies.count()); i++) assert.ok(await bodies.nth(i).isVisible(), `claim ${i}`);
    assert.ok(await page.locator('#map-svg').isVisible());
    assert.ok(!(await page.locator('.map__controls').isVisible()));
  });
});
