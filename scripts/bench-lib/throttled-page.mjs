// The device every measurement runs on: a tablet with touch, its CPU slowed as Chrome DevTools' throttling does,
// in a fresh browser context (so a cold HTTP cache, as a first-time reader has).
export const SLOWDOWN = 4;
export const VIEWPORT = { width: 820, height: 1180 };

export async function newThrottledPage(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // The HTTP cache stays on: a fresh context's is cold already, and the service worker precaches from it, so
  // turning it off would count twice files that a reader fetches once.
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
  return { context, page };
}
