// One small interface over three browser engines, so the cross-engine scenarios (e2e/engines/) are written once:
//
//   const engine = await launchEngine('firefox' | 'webkit' | 'chromium');
//   const page = await engine.open(url, { width, height });   // a fresh page at that viewport
//   await page.evaluate(fn, arg);      // run fn(arg) in the page, resolve with its (JSON-able) result
//   await page.click(selector);        // a real click on the first match, after scrolling it to the centre
//   await page.press('Enter' | 'Escape' | 'Tab' | 'Space');   // to whatever has focus
//   await page.hover(selector);        // a real mouse move onto the first match's centre, after scrolling it there
//   await page.mouseTo(x, y);          // a real mouse move to a point of the viewport
//   await page.run(scriptText);        // run a script's text in the page (axe-core's source)
//   page.frame(iframeSelector)         // { evaluate, run, click, frame } acting inside that iframe
//   await page.screenshot(file);  page.nativeErrors();  await page.close();  await engine.close();
//   await page.goto(url);  await page.reload();   // Firefox only, for now (tests/updates.test.mjs): a new
//                                                  // navigation in the same browsing context, storage and worker kept
//
// Requests are read on the test server (server.state.log), and errors from the probe script it adds to every
// page (./probe.js), because WebKit's driver can report neither.

export const ENGINES = ['chromium', 'firefox', 'webkit'];

export async function launchEngine(name) {
  if (!ENGINES.includes(name)) throw new Error(`unknown engine ${name}`);
  const { launch } = await import(`./${name}.mjs`);
  return launch();
}

/// Polls fn(arg) in the page until it returns something truthy, which it resolves with; throws after `timeout` ms.
/// fn must return plain data (a boolean, not an element: puppeteer's BiDi gives back no DOM node).
export async function waitFor(page, fn, arg, { timeout = 5000, message = String(fn) } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(fn, arg);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${message}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/// Opens `url` and waits until the app has taken over the prerendered page.
export async function openApp(engine, url, viewport) {
  const page = await engine.open(url, viewport);
  try {
    await waitFor(page, () => document.documentElement.dataset.app, null, {
      timeout: 30000,
      message: 'the app to start',
    });
    const state = await page.evaluate(() => document.documentElement.dataset.app);
    if (state !== 'ready')
      throw new Error(`the app did not start (data-app="${state}"): ${(await errors(page)).join('\n')}`);
  } catch (error) {
    await page.close().catch(() => {});
    throw error;
  }
  return page;
}

/// Everything the probe script and the engine's own console reported on this page: errors only.
export async function errors(page) {
  const probed = await page.evaluate(() => window.__testProbe?.errors ?? ['the test probe is missing']);
  // Firefox and Chromium also report console errors natively; those the probe already has are counted once.
  return [...new Set([...probed, ...page.nativeErrors()])];
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
