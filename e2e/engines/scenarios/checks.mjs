// Checks and waits the cross-engine scenarios share, on a page of the engine interface (../../lib/engines/).
import assert from 'node:assert/strict';
import { waitFor, errors, sleep } from '../../lib/engines/index.mjs';

export function assertNoFailedRequest(requests) {
  const failed = requests()
    .filter((r) => r.status >= 400)
    .map((r) => `${r.status} ${r.url}`);
  assert.deepEqual(failed, [], 'no failed request');
}

export async function assertNoError(page) {
  assert.deepEqual(await errors(page), [], 'no error, rejection, CSP violation or console.error');
}

export const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? null);

export const cardGone = (page) =>
  waitFor(page, () => !document.getElementById('card'), null, { message: 'the card to close' });

/// Waits until the card is open and nothing moves any more (smooth scrolling, placement).
export async function settledCard(page) {
  await waitFor(page, () => document.getElementById('card') !== null, null, { message: 'a card to open' });
  let last = '';
  const end = Date.now() + 4000;
  while (Date.now() < end) {
    const now = await page.evaluate(() =>
      JSON.stringify([scrollX, scrollY, document.getElementById('card')?.getBoundingClientRect()]),
    );
    if (now === last) break;
    last = now;
    await sleep(150);
  }
}
