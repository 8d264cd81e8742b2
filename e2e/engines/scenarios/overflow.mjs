// No horizontal overflow with a card open, at phone, tablet and desktop widths.
import assert from 'node:assert/strict';
import { VIEWPORTS } from '../../lib/browser.mjs';
import { ACTOR, mention } from './content.mjs';
import { assertNoError, settledCard } from './checks.mjs';

export function overflowScenarios({ env, group, open }) {
  // Finding 2 of issue 10 at 375 px (Firefox's classic scrollbar is inside innerWidth).
  for (const viewport of [VIEWPORTS.phone, VIEWPORTS.tablet, VIEWPORTS.desktop]) {
    group('overflow', `no horizontal overflow at ${viewport.width} px with a card open`, async () => {
      const { page } = await open(env.server.url, viewport);
      await page.click(mention(ACTOR.id));
      await settledCard(page);
      const m = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        innerWidth,
        card: document.getElementById('card').getBoundingClientRect().toJSON(),
      }));
      assert.ok(
        m.scrollWidth <= m.clientWidth,
        `the page is ${m.scrollWidth} px wide in a ${m.clientWidth} px viewport (innerWidth ${m.innerWidth}; card ${m.card.left.toFixed(1)}–${m.card.right.toFixed(1)})`,
      );
      await assertNoError(page);
      await page.close();
    });
  }
}
