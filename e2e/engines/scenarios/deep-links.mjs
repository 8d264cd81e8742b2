// Links that open part of the explainer: #claims=… opens exactly those claims, and #card=… or #place=… opens the
// card just as a click on the first mention (or the map feature) would.
import assert from 'node:assert/strict';
import { VIEWPORTS } from '../../lib/browser.mjs';
import { waitFor } from '../../lib/engines/index.mjs';
import { ACTOR, PLACE, CLAIM_A, CLAIM_B, mention, feature } from './content.mjs';
import { assertNoError, assertNoFailedRequest, settledCard } from './checks.mjs';

// Finding 1 of issue 10: a deep link must open its card as a click on the first mention (or the map feature)
// would: placed beside it, its top (title, close button) on screen, focus in the card. The same checks run on
// the card a click opens, so the link is held to exactly what a click gives.
async function assertCardBeside(page, item, anchorSelector) {
  await settledCard(page);
  const m = await page.evaluate((sel) => {
    const box = (el) => (el ? el.getBoundingClientRect().toJSON() : null);
    return {
      card: box(document.getElementById('card')),
      anchor: box(document.querySelector(sel)),
      title: box(document.querySelector('#card .card__title')),
      close: box(document.querySelector('#card .card__close')),
      titleText: document.querySelector('#card .card__title')?.textContent,
      scroll: [scrollX, scrollY],
      viewport: [innerWidth, innerHeight],
      focused: document.activeElement ? `${document.activeElement.localName}#${document.activeElement.id}` : null,
      focusInCard: Boolean(document.activeElement?.closest('#card')),
    };
  }, anchorSelector);
  const where = JSON.stringify({ card: m.card, anchor: m.anchor, scroll: m.scroll });
  assert.ok(m.titleText?.includes(item.name.split(/[,(]/)[0].trim()), `the card is ${item.name}'s (${m.titleText})`);
  const atCorner = Math.abs(m.card.left + m.scroll[0]) < 1 && Math.abs(m.card.top + m.scroll[1]) < 1;
  assert.ok(!atCorner, `the card is not parked at the page's top-left corner: ${where}`);
  const gap = Math.max(0, m.card.top - m.anchor.bottom, m.anchor.top - m.card.bottom);
  assert.ok(gap <= 400, `the card is beside ${anchorSelector} (vertical gap ${gap.toFixed(0)} px): ${where}`);
  for (const part of ['title', 'close']) {
    assert.ok(
      m[part] && m[part].top >= -0.5 && m[part].bottom <= m.viewport[1] + 0.5,
      `the card's ${part} is on screen (top ${m[part]?.top.toFixed(0)}, viewport ${m.viewport[1]} px high)`,
    );
  }
  assert.ok(m.focusInCard, `focus is in the card (it is on ${m.focused})`);
  await assertNoError(page);
}

export function deepLinkScenarios({ env, group, open }) {
  group('deep-links', `a link #claims=<id>,<id> opens exactly those claims`, async () => {
    const { page, requests } = await open(`${env.server.url}#claims=${CLAIM_A.id},${CLAIM_B.id}`, VIEWPORTS.desktop);
    const opened = await waitFor(
      page,
      () => {
        const ids = [...document.querySelectorAll('details.claim__details[open] > .claim__toggle')].map((t) => t.id);
        return ids.length ? ids : null;
      },
      null,
      { message: 'open claims' },
    );
    assert.deepEqual(opened.sort(), [`claim-${CLAIM_A.id}-toggle`, `claim-${CLAIM_B.id}-toggle`].sort());
    await assertNoError(page);
    assertNoFailedRequest(requests);
    await page.close();
  });

  for (const [label, viewport] of [
    ['1280', VIEWPORTS.desktop],
    ['375', VIEWPORTS.phone],
  ]) {
    for (const [kind, item, anchor, what] of [
      ['card', ACTOR, mention(ACTOR.id), 'first mention'],
      ['place', PLACE, feature(PLACE.id), 'map feature'],
    ]) {
      group(
        'deep-links',
        `at ${label} px a click on the ${what} of ${item.id} opens its card beside it, on screen, with focus in it`,
        async () => {
          const { page } = await open(env.server.url, viewport);
          await page.click(kind === 'card' ? anchor : `${anchor} circle`);
          await assertCardBeside(page, item, anchor);
          await page.close();
        },
      );
      group('deep-links', `at ${label} px a link #${kind}=${item.id} opens the card as that click does`, async () => {
        const { page } = await open(`${env.server.url}#${kind}=${item.id}`, viewport);
        await assertCardBeside(page, item, anchor);
        await page.close();
      });
    }
  }
}
