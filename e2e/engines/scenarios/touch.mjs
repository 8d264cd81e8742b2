// Finding 4 of issue 10 (the same check runs in Chromium in e2e/tests/touch-targets.test.mjs): hit areas of
// 44 × 44 px at tablet size, on the page and in an open card.
import assert from 'node:assert/strict';
import { VIEWPORTS } from '../../lib/browser.mjs';
import { measureTouchTargets } from '../../lib/touch-targets.mjs';
import { ACTOR, mention } from './content.mjs';
import { settledCard } from './checks.mjs';

export function touchScenarios({ env, group, open }) {
  group(
    'touch',
    'at tablet size every control outside running text has a 44 × 44 px hit area, and no two overlap',
    async () => {
      const { page } = await open(env.server.url, VIEWPORTS.tablet);
      await page.evaluate(() => document.querySelector('[data-claims="expand"]')?.click());
      const pageTargets = await page.evaluate(measureTouchTargets, {});
      await page.evaluate(() => scrollTo(0, 0));
      await page.click(mention(ACTOR.id));
      await settledCard(page);
      const cardTargets = await page.evaluate(measureTouchTargets, { within: '#card', scroll: false });
      await page.close();
      assert.ok(pageTargets.count > 20, `targets found: ${pageTargets.count}`);
      assert.deepEqual(
        { small: pageTargets.small, overlaps: pageTargets.overlaps, mapMisses: pageTargets.mapMisses },
        { small: [], overlaps: [], mapMisses: [] },
        'the page',
      );
      assert.deepEqual(
        { small: cardTargets.small, overlaps: cardTargets.overlaps },
        { small: [], overlaps: [] },
        'an open card',
      );
    },
  );
}
