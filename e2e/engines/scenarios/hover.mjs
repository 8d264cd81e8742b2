// Cards on hover under WCAG 2.2 SC 1.4.13 (issue 23), GDS's recipe in each engine, with a real pointer: a name
// opens its card after a dwell and without taking focus; the card stays however long the pointer rests (no timer),
// and while the pointer moves onto it; Esc closes it with the pointer still on the name, and it stays closed;
// leaving the name re-arms it, and leaving both name and card closes it after a grace. Chromium's own suite
// (../../tests/cards-wcag.test.mjs) measures the dwell, the grace and the path from name to card more closely.
import assert from 'node:assert/strict';
import { VIEWPORTS } from '../../lib/browser.mjs';
import { seriousViolations } from '../../lib/axe.mjs';
import { waitFor, sleep } from '../../lib/engines/index.mjs';
import { ACTOR, mention } from './content.mjs';
import { assertNoError, cardGone } from './checks.mjs';
import { blankPoint, watchCard } from '../../lib/hover.mjs';

const NAME = mention(ACTOR.id);

const cardOpen = (page) => page.evaluate(() => document.getElementById('card') !== null);
const hoverOpened = (page) =>
  waitFor(page, (sel) => document.querySelector(sel)?.getAttribute('aria-expanded') === 'true', NAME, {
    timeout: 3000,
    message: `${ACTOR.id}'s card to open on hover`,
  });

/// How long after the pointer crossed into the name its card appeared, by the page's clock (the last crossing).
const dwell = (page) =>
  page.evaluate(() => {
    const log = window.__cardLog;
    const opened = log.findLast((e) => e.type === 'open');
    const over = log.findLast((e) => e.type === 'over' && e.t <= opened.t && e.id !== 'card');
    return over ? Math.round(opened.t - over.t) : null;
  });

export function hoverScenarios({ engineName, env, group, open }) {
  group(
    'hover',
    'GDS hover recipe: a resting mouse opens a card after a dwell without taking focus; it stays for 10 s and while the pointer moves onto it; Esc closes it with the pointer on the name; leaving closes it after a grace',
    async (t) => {
      const { page } = await open(env.server.url, VIEWPORTS.desktop);
      const canHover = await page.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches);
      // Chromium reports a mouse, as do WebKit under Xvfb and Firefox with the prefs its driver sets: a skip there
      // is a broken driver, not a device without hover.
      if (!canHover && engineName === 'chromium') assert.fail('Chromium reports no hover-capable fine pointer');
      if (!canHover) {
        await page.close();
        t.skip(`${engineName} reports no hover-capable fine pointer, so the page has no hover cards`);
        return;
      }
      assert.equal(
        await page.evaluate(() => {
          const s = document.querySelector('button[data-hover-cards]');
          return s && !s.hidden && s.getAttribute('aria-checked');
        }),
        'true',
        'where the device can hover, the hover-cards switch is shown, and on',
      );
      await page.evaluate(watchCard);

      // Rest on the name: its card opens after the dwell, and focus stays where it was.
      await page.hover(NAME);
      await hoverOpened(page);
      const waited = await dwell(page);
      // 300–500 ms as the issue asks, with room for a busy engine under test (Chromium's suite holds it to 700 ms).
      assert.ok(waited >= 300 && waited <= 800, `the card opened ${waited} ms after the pointer reached the name`);
      assert.equal(
        await page.evaluate(() => Boolean(document.activeElement?.closest('#card'))),
        false,
        'a hover card does not take focus',
      );

      // No timer: 10 s later it is still open (axe-core runs meanwhile, on the hover card).
      const rested = Date.now();
      assert.deepEqual(await seriousViolations(page), [], 'axe-core with a hover card open');
      await sleep(10000 - (Date.now() - rested));
      assert.equal(await cardOpen(page), true, 'still open after 10 s with the pointer on the name');

      // Onto the card: it stays. Straight there, without scrolling (which would move the page under the pointer).
      const card = await page.evaluate(() => {
        const r = document.getElementById('card').getBoundingClientRect();
        return [r.left + r.width / 2, r.top + r.height / 2];
      });
      await page.mouseTo(...card);
      await sleep(1000);
      assert.equal(await cardOpen(page), true, 'still open 1 s after the pointer moved onto the card');

      // Back to the name, and Esc without moving the pointer: closed, and still closed a second later.
      await page.hover(NAME);
      await page.press('Escape');
      await cardGone(page);
      await sleep(1000);
      assert.equal(await cardOpen(page), false, 'Esc closed the card, and resting on the name does not reopen it');

      // Away and back after the grace: the name opens its card again.
      const blank = await page.evaluate(blankPoint, NAME);
      assert.ok(blank, 'a blank point to move the pointer to');
      await page.mouseTo(...blank);
      await sleep(500);
      await page.hover(NAME);
      await hoverOpened(page);

      // Away from both: it closes after a grace, not at once.
      await page.mouseTo(...(await page.evaluate(blankPoint, NAME)));
      await cardGone(page);
      const grace = await page.evaluate(() => {
        const log = window.__cardLog;
        const closed = log.findLast((e) => e.type === 'closed');
        const out = log.findLast((e) => e.type === 'out' && e.t <= closed.t);
        return Math.round(closed.t - out.t);
      });
      assert.ok(grace >= 100 && grace <= 1000, `the card closed ${grace} ms after the pointer left the name`);
      await assertNoError(page);
      await page.close();
    },
  );
}
