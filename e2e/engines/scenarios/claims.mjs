// A claim's disclosure, by click and by keyboard.
import assert from 'node:assert/strict';
import { VIEWPORTS } from '../../lib/browser.mjs';
import { CLAIM_A } from './content.mjs';
import { assertNoError } from './checks.mjs';

export function claimsScenarios({ env, group, open }) {
  group('claims', "a claim's disclosure opens and closes by click and by Enter", async () => {
    const { page } = await open(env.server.url, VIEWPORTS.tablet);
    const toggle = `#claim-${CLAIM_A.id}-toggle`;
    // Each claim is a <details> (#claim-<id>) whose <summary> is the toggle.
    const state = () =>
      page.evaluate((sel) => {
        const details = document.querySelector(sel).closest('details');
        const body = details?.querySelector('.claim__body');
        // checkVisibility: a folded <details> may still lay its body out, hidden (content-visibility).
        return `${details?.open} ${body ? body.checkVisibility() : 'no body'}`;
      }, toggle);
    assert.equal(await state(), 'false false', 'folded at first');
    await page.click(toggle);
    assert.equal(await state(), 'true true', 'a click opens it');
    await page.evaluate((sel) => document.querySelector(sel).focus(), toggle);
    await page.press('Enter');
    assert.equal(await state(), 'false false', 'Enter closes it');
    await assertNoError(page);
    await page.close();
  });
}
