// A tap on a name before the app runs: each name links to its prerendered sheet (`#card-<id>`, raised by :target),
// so its card should show without the wasm.
import { newThrottledPage } from './throttled-page.mjs';
import { pickNames } from './names.mjs';

/// Holds back the page's .wasm requests until the returned `release()`; `count()` is how many were held.
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  let holding = 0;
  await page.route('**/*.wasm', async (route) => {
    holding++;
    await held;
    await route.continue().catch(() => {});
  });
  return { release, count: () => holding };
}

/// Resolves 100 ms after the page's first contentful paint.
const fcpPlus100ms = () =>
  new Promise((resolve) => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0].startTime;
    setTimeout(resolve, Math.max(0, fcp + 100 - performance.now()));
  });

/// A tap on the first name on screen 100 ms after the first paint, while the wasm is held back: does the sheet the
/// name links to (`#card-<id>`, raised by :target) show within 1 s?
export async function tapBeforeWasm(browser, server) {
  const { context, page } = await newThrottledPage(browser);
  const wasm = await holdWasm(page);
  const result = { shown: false, note: null, hash: null, app: null, held: 0 };
  try {
    // Not until `load`: the page's module script is waiting for the wasm.
    await page.goto(server.url, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, {
      timeout: 30000,
    });
    await page.evaluate(fcpPlus100ms);
    // One round trip: the name and where it is, as the page stands 100 ms after its first paint.
    const { first: name, app } = await page.evaluate(pickNames);
    result.held = wasm.count();
    result.app = app;
    if (!name) {
      result.note = 'no name on the first screen at first paint';
      return result;
    }
    result.hash = name.hash;
    await page.touchscreen.tap(name.x, name.y);
    if (name.hash.length < 2) {
      result.note = `the name "${name.text}" links to no #fragment`;
      return result;
    }
    if (name.linkedShown) {
      result.note = `${name.hash} was visible before the tap`;
      return result;
    }
    const id = decodeURIComponent(name.hash.slice(1));
    result.shown = await page
      .locator(`[id=${JSON.stringify(id)}]`)
      .waitFor({ state: 'visible', timeout: 1000 })
      .then(
        () => true,
        () => false,
      );
    if (app === 'ready') result.note = 'the app had already started: the wasm was not held back';
    else if (!wasm.count()) result.note = 'no *.wasm request had been made yet';
  } catch (e) {
    result.note = e.message.split('\n')[0];
  } finally {
    wasm.release();
    await context.close();
  }
  return result;
}
