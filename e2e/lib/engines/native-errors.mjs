// Errors an engine reports through its own protocol (Playwright's and puppeteer's pages share this event API);
// WebKit's driver has none, so there the test probe (./probe.js) is the only source.

/// Starts collecting a page's console errors and uncaught exceptions; returns a function that lists them so far.
export function watchNativeErrors(page) {
  const native = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') native.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => native.push(`uncaught ${err}`));
  return () => [...native];
}
