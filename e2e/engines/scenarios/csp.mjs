// The explainer under the strict Content-Security-Policy a news site may send, on a server of its own.
import assert from 'node:assert/strict';
import { serve } from '../../lib/server.mjs';
import { DIST, VIEWPORTS } from '../../lib/browser.mjs';
import { waitFor } from '../../lib/engines/index.mjs';
import { ACTOR, PLACE, CLAIM_A, CSP, mention, feature } from './content.mjs';
import { assertNoError, assertNoFailedRequest, settledCard } from './checks.mjs';

export function cspScenarios({ group, open }) {
  group(
    'csp',
    'under the strict Content-Security-Policy header, a card, a claim and a map place raise no violation',
    async () => {
      const strict = await serve(DIST, { probe: true, headers: { 'content-security-policy': CSP } });
      try {
        const { page, requests } = await open(strict.url, VIEWPORTS.desktop, strict);
        await page.click(mention(ACTOR.id));
        await settledCard(page);
        const top = await page.evaluate(() => document.getElementById('card').getBoundingClientRect().top + scrollY);
        assert.ok(top > 0, 'the card is positioned (through the CSSOM, which the policy allows)');
        await page.press('Escape');
        await page.click(`#claim-${CLAIM_A.id}-toggle`);
        await page.click(`${feature(PLACE.id)} circle`);
        await waitFor(page, () => document.getElementById('card') !== null, null, { message: 'the place card' });
        await assertNoError(page);
        assertNoFailedRequest(requests);
        await page.close();
      } finally {
        await strict.close();
      }
    },
  );
}
