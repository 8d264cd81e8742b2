// axe-core in each engine, with a card open.
import assert from 'node:assert/strict';
import { VIEWPORTS } from '../../lib/browser.mjs';
import { seriousViolations } from '../../lib/axe.mjs';
import { ACTOR, mention } from './content.mjs';
import { settledCard } from './checks.mjs';

export function axeScenarios({ env, group, open }) {
  group('axe', 'axe-core finds no serious or critical violation, with a card open', async () => {
    const { page } = await open(env.server.url, VIEWPORTS.desktop);
    await page.click(mention(ACTOR.id));
    await settledCard(page);
    assert.deepEqual(await seriousViolations(page), []);
    await page.close();
  });
}
