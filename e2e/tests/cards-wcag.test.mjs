// Cards under WCAG 2.2 (issue 23), in Chromium, for any article (E2E_ARTICLE): the hover behaviour of SC 1.4.13
// (a dwell before a card opens, a grace on leaving, a path from the name onto its card, no timer, Esc with the
// pointer still on the name), the reader's switch that turns hover cards off, and SC 2.4.11, a focused name never
// wholly hidden by a card or a sheet, at 320 px and at 200 % zoom, with the app and before it. Each new state passes
// axe-core. The pointer's times are read in the page, by its own clock (pointer events and the card's insertion),
// so the test's round trips do not blur them. ../engines/scenarios/hover.mjs runs GDS's recipe in every engine.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { withPage, VIEWPORTS, appReady } from '../lib/browser.mjs';
import { seriousViolations } from '../lib/axe.mjs';
import { startAll } from '../lib/fixtures.mjs';
import { content, words } from '../lib/article.mjs';
import { blankPoint, watchCard } from '../lib/hover.mjs';

// An actor's first name in the text, from the content file: every article has one.
const ACTOR = content().actors[0];
const NAME = `.mention[data-target="${ACTOR.id}"]`;
// The switch, its words in the page's language, and where it keeps the reader's choice (per site, not per article).
const SWITCH = 'button[data-hover-cards]';
const SWITCH_LABEL = words().reading_tools.hover_cards;
const STORAGE_KEY = 'explainer-hover-cards';
// A 320 px wide screen (SC 1.4.10's width), and a 1280 × 900 window at 200 % zoom: 640 × 450 CSS px at twice the
// pixels.
const NARROW = { viewport: { width: 320, height: 640 } };
const ZOOMED = { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 };

let env;
before(async () => {
  env = await startAll();
});
after(async () => {
  await env.stop();
});

/// The milliseconds from the last `from` entry of the log before its first `to` entry to that entry, or null.
const between = (page, from, to) =>
  page.evaluate(
    ([from, to]) => {
      const log = window.__cardLog;
      const end = log.find((e) => e.type === to);
      const start = end && log.findLast((e) => e.type === from && e.t <= end.t);
      return start ? Math.round(end.t - start.t) : null;
    },
    [from, to],
  );
const mark = (page) =>
  page.evaluate(() => {
    window.__cardLog.length = 0;
  });
const logged = (page, type) => page.evaluate((type) => window.__cardLog.filter((e) => e.type === type).length, type);

const cardOpen = (page) => page.evaluate(() => document.getElementById('card') !== null);
const focusInCard = (page) => page.evaluate(() => Boolean(document.activeElement?.closest('#card')));
const expanded = (page) => page.evaluate((sel) => document.querySelector(sel).getAttribute('aria-expanded'), NAME);

/// Brings the name to the middle of the screen, puts the pointer on blank space and starts the log; returns the
/// middle of the name's first box (a name may wrap) and the blank point.
async function ready(page) {
  assert.equal(
    await page.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches),
    true,
    'this Chromium reports a mouse that can hover',
  );
  const name = await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    el.scrollIntoView({ block: 'center', behavior: 'instant' });
    const r = el.getClientRects()[0];
    return [r.left + r.width / 2, r.top + r.height / 2];
  }, NAME);
  const blank = await page.evaluate(blankPoint, NAME);
  assert.ok(blank, 'a blank point to rest the pointer on');
  await page.mouse.move(...blank);
  await page.evaluate(watchCard);
  return { name, blank };
}

/// Rests the pointer on the name until its card is open (a hover card).
async function hoverOpen(page, name) {
  await page.mouse.move(...name);
  await page.locator('#card').waitFor({ timeout: 3000 });
  assert.equal(await expanded(page), 'true', `the card is ${ACTOR.id}'s`);
}

test('a resting mouse opens the card after a dwell of 300–500 ms, and leaves focus where it was', async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    const { name } = await ready(page);
    await hoverOpen(page, name);
    const dwell = await between(page, 'over', 'open');
    // Not before 300 ms (a pointer passing over a name opens nothing), and by 700 ms (500 and a busy machine).
    assert.ok(dwell >= 300 && dwell <= 700, `the card opened ${dwell} ms after the pointer reached the name`);
    assert.equal(await focusInCard(page), false, 'a hover card does not take focus');
    assert.deepEqual(await seriousViolations(page), [], 'axe-core with a hover card open');
  });
});

test('leaving the name for blank space closes its card after a grace, not at once', async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    const { name, blank } = await ready(page);
    await hoverOpen(page, name);
    await mark(page);
    await page.mouse.move(...blank);
    await page.locator('#card').waitFor({ state: 'detached', timeout: 2000 });
    const grace = await between(page, 'out', 'closed');
    assert.ok(grace >= 100 && grace <= 700, `the card closed ${grace} ms after the pointer left the name`);
  });
});

test('a card the mouse opens and closes leaves the address alone: a section the reader went to stays in it', async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    // The reader follows a link of "On this page": its fragment is theirs to keep, to share or come back to.
    const link = page.locator('.page-nav a').last();
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForFunction((href) => location.hash === href, href);
    const { name, blank } = await ready(page);
    await hoverOpen(page, name);
    await page.mouse.move(...blank);
    await page.locator('#card').waitFor({ state: 'detached', timeout: 2000 });
    await page.waitForTimeout(300); // the address is written after the next paint
    assert.equal(await page.evaluate(() => location.hash), href);
  });
});

test('the pointer can move from the name onto its card: the card stays, and leaving the card closes it after a grace', async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    const { name, blank } = await ready(page);
    await hoverOpen(page, name);
    // Straight from the middle of the name to a point just inside the card's nearer edge, 2 px every 16 ms: a slow
    // hand, so the gap between them takes a few frames to cross.
    const [x, y] = name;
    const goal = await page.evaluate(
      ([x, y]) => {
        const c = document.getElementById('card').getBoundingClientRect();
        const tx = Math.min(Math.max(x, c.left + 12), c.right - 12);
        return [tx, c.bottom <= y ? c.bottom - 6 : c.top + 6];
      },
      [x, y],
    );
    await mark(page);
    const steps = Math.ceil(Math.hypot(goal[0] - x, goal[1] - y) / 2);
    for (let i = 1; i <= steps; i++) {
      await page.mouse.move(x + ((goal[0] - x) * i) / steps, y + ((goal[1] - y) * i) / steps);
      await page.waitForTimeout(16);
    }
    assert.equal(await logged(page, 'closed'), 0, 'the card did not close on the way from the name to it');
    const onCard = await page.evaluate(
      ([gx, gy]) => Boolean(document.elementFromPoint(gx, gy)?.closest('#card')),
      goal,
    );
    assert.ok(onCard, 'the path ends on the card');
    await page.waitForTimeout(1000);
    assert.equal(await cardOpen(page), true, 'still open 1 s after the pointer reached the card');
    assert.equal(await expanded(page), 'true', 'and it is still the same name’s card');

    await mark(page);
    await page.mouse.move(...blank);
    await page.locator('#card').waitFor({ state: 'detached', timeout: 2000 });
    const grace = await between(page, 'out', 'closed');
    assert.ok(grace >= 100 && grace <= 700, `the card closed ${grace} ms after the pointer left it`);
  });
});

test('no timer closes a hover card: 10 s with the pointer on the name, then 3 s on the card', async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    const { name } = await ready(page);
    await hoverOpen(page, name);
    await page.waitForTimeout(10000);
    assert.equal(await cardOpen(page), true, 'still open after 10 s on the name');
    const middle = await page.evaluate(() => {
      const c = document.getElementById('card').getBoundingClientRect();
      return [c.left + c.width / 2, c.top + c.height / 2];
    });
    await page.mouse.move(...middle);
    await page.waitForTimeout(3000);
    assert.equal(await cardOpen(page), true, 'still open after 3 s on the card');
    assert.equal(await logged(page, 'closed'), 0, 'it never closed');
  });
});

test('Esc closes a hover card with the pointer still on the name; it stays closed until the pointer comes back', async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    const { name, blank } = await ready(page);
    await hoverOpen(page, name);
    await page.keyboard.press('Escape');
    await page.locator('#card').waitFor({ state: 'detached', timeout: 1000 });
    await mark(page);
    await page.waitForTimeout(1500);
    assert.equal(await logged(page, 'open'), 0, 'no card opened again while the pointer rested on the name');
    assert.equal(await cardOpen(page), false);
    // Away and back: the name answers a resting pointer again.
    await page.mouse.move(...blank);
    await page.waitForTimeout(400);
    await hoverOpen(page, name);
  });
});

test('Esc on a card the mouse opened leaves keyboard focus where it was: the card never had it', async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    const { name } = await ready(page);
    // A keyboard reader at the reading tools while the mouse happens to rest on a name.
    await page.locator('[data-text-size="larger"]').focus({ preventScroll: true });
    await hoverOpen(page, name);
    await page.keyboard.press('Escape');
    await page.locator('#card').waitFor({ state: 'detached', timeout: 1000 });
    assert.equal(
      await page.evaluate(() => document.activeElement?.matches('[data-text-size="larger"]')),
      true,
      `focus stayed on the text-size button (it went to ${await page.evaluate(() => document.activeElement?.id || document.activeElement?.localName)})`,
    );
  });
});

test('a card opened by a click does not close when the pointer leaves', async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    const { name, blank } = await ready(page);
    await page.mouse.click(...name);
    await page.locator('#card').waitFor({ timeout: 3000 });
    await page.waitForFunction(() => document.activeElement?.closest('#card') !== null);
    await page.mouse.move(...blank);
    await page.waitForTimeout(1000);
    assert.equal(await cardOpen(page), true, 'still open 1 s after the pointer left');
    assert.equal(await focusInCard(page), true, 'focus still in the card');
  });
});

test('a click on a name whose card the mouse opened keeps that card, now the reader’s: focus moves in, and it stays when the pointer leaves', async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    const { name, blank } = await ready(page);
    await hoverOpen(page, name);
    await mark(page);
    // A reader who rests on a name and then clicks it: the commonest way a mouse opens a card on purpose.
    await page.mouse.click(...name);
    await page.waitForTimeout(300);
    assert.equal(await logged(page, 'closed'), 0, 'the click did not close the card the mouse had opened');
    assert.equal(await cardOpen(page), true);
    const focused = await focusInCard(page);
    await page.mouse.move(...blank);
    await page.waitForTimeout(1000);
    assert.equal(await cardOpen(page), true, 'still open 1 s after the pointer left');
    assert.equal(focused, true, 'focus moved into the card, as a click on a name does');
  });
});

test('the hover-cards switch: shown where a mouse can hover, named in the page’s words, on; off survives a reload, and then a resting mouse opens nothing while click, Enter and Space still do', async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    const toggle = page.locator(SWITCH);
    assert.equal(await toggle.count(), 1, 'one switch');
    assert.equal(await toggle.isVisible(), true, 'shown where the device can hover');
    assert.equal(await toggle.getAttribute('role'), 'switch');
    assert.equal(await toggle.getAttribute('aria-checked'), 'true', 'on by default');
    assert.equal(
      await page.getByRole('switch', { name: SWITCH_LABEL }).evaluate((el, sel) => el.matches(sel), SWITCH),
      true,
      `its accessible name says "${SWITCH_LABEL}"`,
    );
    assert.deepEqual(await seriousViolations(page), [], 'axe-core with the switch on');

    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-checked'), 'false', 'a click turns it off');
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY), 'off', 'kept for the site');
    await page.reload();
    await appReady(page);
    assert.equal(await toggle.isVisible(), true);
    assert.equal(await toggle.getAttribute('aria-checked'), 'false', 'still off after a reload');
    assert.deepEqual(await seriousViolations(page), [], 'axe-core with the switch off');

    // Off: two seconds' rest on a name open nothing.
    const { name, blank } = await ready(page);
    await page.mouse.move(...name);
    await page.waitForTimeout(2000);
    assert.equal(await logged(page, 'open'), 0, 'a resting mouse opens no card while the switch is off');
    assert.equal(await expanded(page), 'false');
    // A click, Enter and Space still do, and take focus into the card.
    const opens = async (how, act) => {
      await act();
      await page
        .locator('#card')
        .waitFor({ timeout: 3000 })
        .catch(() => assert.fail(`${how} opens no card`));
      assert.equal(await expanded(page), 'true', `${how}: the name's card`);
      await page.waitForFunction(() => document.activeElement?.closest('#card') !== null);
      await page.keyboard.press('Escape');
      await page.locator('#card').waitFor({ state: 'detached' });
    };
    await opens('a click', () => page.mouse.click(...name));
    await page.mouse.move(...blank);
    for (const key of ['Enter', 'Space'])
      await opens(key, async () => {
        await page.locator(NAME).first().focus();
        await page.keyboard.press(key);
      });

    // On again from the keyboard: the choice is kept, and a resting mouse opens the card again.
    await toggle.focus();
    await page.keyboard.press('Space');
    assert.equal(await toggle.getAttribute('aria-checked'), 'true', 'Space turns it back on');
    assert.notEqual(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY), 'off');
    await page.mouse.move(...blank);
    await hoverOpen(page, name);
  });
});

test('the hover-cards switch stays hidden on a touch device, and before the app starts', async () => {
  await withPage(env.browser, env.server.url, { touch: true, viewport: VIEWPORTS.tablet }, async ({ page }) => {
    assert.equal(
      await page.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches),
      false,
      'this touch context reports no hover',
    );
    assert.equal(await page.locator(SWITCH).count(), 1, 'the switch is in the page');
    assert.equal(await page.locator(SWITCH).isVisible(), false, 'hidden on a touch device');
  });
  await withPage(env.browser, env.server.url, { holdWasm: true }, async ({ page }) => {
    assert.equal(await page.locator(SWITCH).isVisible(), false, 'hidden until the app can honour it');
  });
});

// SC 2.4.11 Focus Not Obscured: a focused name is never wholly hidden by a card or a sheet.

/// Runs in the page: how much of the element shows. Points across each of its boxes (a name may wrap) that lie in
/// the viewport are tested with elementFromPoint; `seen` counts those that find the element itself or a child.
function exposure(id) {
  const el = document.getElementById(id);
  const [vw, vh] = [document.documentElement.clientWidth, document.documentElement.clientHeight];
  const points = [];
  for (const r of el.getClientRects())
    for (const fx of [0.1, 0.5, 0.9])
      for (const fy of [0.3, 0.5, 0.7]) points.push([r.left + fx * r.width, r.top + fy * r.height]);
  const hits = points
    .filter(([x, y]) => x >= 0 && y >= 0 && x < vw && y < vh)
    .map(([x, y]) => document.elementFromPoint(x, y));
  const cover = hits.find((h) => h && !el.contains(h));
  const describe = (h) => {
    const box = h.closest('[id]');
    return `${h.localName}${box ? ` in #${box.id}` : ''}`;
  };
  const r = el.getBoundingClientRect();
  return {
    seen: hits.filter((h) => h && el.contains(h)).length,
    box: [r.left, r.top, r.width, r.height].map(Math.round).join(' '),
    coveredBy: cover ? describe(cover) : 'nothing (off screen)',
  };
}

/// Until every animation in the page has finished (a sheet rising), or a second.
const settled = (page) =>
  page.evaluate(() =>
    Promise.race([
      Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))),
      new Promise((r) => setTimeout(r, 1000)),
    ]).then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))),
  );

// Names from each end of the page: from the top, each focused name is scrolled just into view at the foot of the
// screen, where a sheet rises; from the end, the page cannot scroll further to lift a name above it. The key presses
// are capped too, in case the names are fewer.
const NAMES_EACH_WAY = 20;
const MAX_PRESSES = 600;

/// Moves focus with `key` (Tab from the top, Shift+Tab from the page's last control) until it has visited `limit`
/// names. At each: the name must show; Enter opens its card (with the app) or its sheet (before it), and the name
/// must still show; then Esc (with the app: focus comes back to the name, which must show) or Back (before the app:
/// the sheet goes), and on. axe-core runs with the first card or sheet open. Adds to `hidden` every time a name was
/// wholly hidden; returns the names visited.
async function visitNames(page, { held, key, hidden }) {
  const check = async (id, when) => {
    const seen = await page.evaluate(exposure, id);
    if (seen.seen === 0) hidden.push(`${id} ${when}: wholly hidden (box ${seen.box}; covered by ${seen.coveredBy})`);
  };
  const visited = [];
  for (let presses = 0; presses < MAX_PRESSES && visited.length < NAMES_EACH_WAY; presses++) {
    await page.keyboard.press(key);
    const id = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.matches('.mention, .actor-chip') ? el.id : null;
    });
    if (!id || visited.includes(id)) continue;
    visited.push(id);
    await check(id, `focused by ${key}`);
    await page.keyboard.press('Enter');
    if (held) {
      await page.waitForFunction(() => document.querySelector('.card--sheet:target')?.checkVisibility());
    } else {
      await page.locator('#card').waitFor();
    }
    await settled(page);
    await check(id, held ? 'with its sheet open' : 'with its card open');
    if (visited.length === 1 && key === 'Tab')
      assert.deepEqual(await seriousViolations(page), [], `axe-core with ${held ? 'a sheet' : 'a card'} open`);
    if (held) {
      // Back, as a reader leaves a link's target: the sheet goes, and focus goes on from the name.
      await page.evaluate(() => history.back());
      await page.waitForFunction(() => !document.querySelector('.card--sheet:target'));
      await page.evaluate((id) => document.getElementById(id).focus({ preventScroll: true }), id);
    } else {
      await page.keyboard.press('Escape');
      await page.locator('#card').waitFor({ state: 'detached' });
      assert.equal(await page.evaluate(() => document.activeElement?.id), id, `Esc gives focus back to ${id}`);
      await settled(page);
      await check(id, 'after Esc');
    }
  }
  assert.ok(visited.length > 0, `${key} reached no name in ${MAX_PRESSES} presses`);
  return visited;
}

/// Both ways through the page: Tab from the top, then Shift+Tab from its last control.
async function focusNamesFromBothEnds(page, held) {
  const hidden = [];
  const first = await visitNames(page, { held, key: 'Tab', hidden });
  await page.evaluate(() => {
    const controls = [
      ...document.querySelectorAll(
        'a[href], button, summary, input, select, textarea, [tabindex]:not([tabindex="-1"])',
      ),
    ].filter((el) => !el.disabled && el.checkVisibility({ visibilityProperty: true }));
    controls.at(-1).focus();
  });
  const last = await visitNames(page, { held, key: 'Shift+Tab', hidden });
  return { names: new Set([...first, ...last]).size, hidden };
}

for (const [size, options] of [
  ['320 px', NARROW],
  ['200 % zoom', ZOOMED],
]) {
  test(`at ${size}, a name that has focus is never wholly hidden: Tab and Shift+Tab to names, Enter opens each card, Esc back`, {
    timeout: 180000,
  }, async () => {
    await withPage(env.browser, env.server.url, options, async ({ page }) => {
      const { names, hidden } = await focusNamesFromBothEnds(page, false);
      assert.deepEqual(hidden, [], `of ${names} names reached from the keyboard`);
    });
  });

  test(`at ${size}, before the app starts, a name whose link shows its sheet is not wholly hidden by it`, {
    timeout: 180000,
  }, async () => {
    await withPage(env.browser, env.server.url, { ...options, holdWasm: true }, async ({ page }) => {
      assert.equal(await page.evaluate(() => document.documentElement.dataset.app ?? null), null, 'no app yet');
      const { names, hidden } = await focusNamesFromBothEnds(page, true);
      assert.deepEqual(hidden, [], `of ${names} names reached from the keyboard`);
    });
  });
}
