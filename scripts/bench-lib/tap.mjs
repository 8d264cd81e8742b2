// A reader's tap on a name, as every benchmark script makes it: one touch, timed by the page's Event Timing entries.
import { centreOf } from './names.mjs';

/// Brings the name at `index` into view, pauses as a reader would, clears the page's Event Timing entries
/// (`window.__events`), then touches the middle of its first line and waits until its card is open and the tap's
/// entries are queued. `around` wraps the touch, for a script that records it; its result is returned.
export async function touchName(page, index, around = (touch) => touch()) {
  const name = page.locator('.mention').nth(index);
  await name.scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    window.__events = [];
  });
  // A bare touch at the name, as a finger gives: Playwright's `tap()` would run its own checks in the page while
  // the tap is being timed.
  const { x, y } = await name.evaluate(centreOf);
  return around(async () => {
    await page.touchscreen.tap(x, y);
    await page.locator('#card').waitFor({ timeout: 10000 });
    await page.waitForTimeout(300); // entries are queued after the frame that ends the interaction
  });
}

/// Closes the open card with Esc, as the next tap needs a closed one.
export async function closeCard(page) {
  await page.keyboard.press('Escape');
  await page.locator('#card').waitFor({ state: 'detached', timeout: 10000 });
}
