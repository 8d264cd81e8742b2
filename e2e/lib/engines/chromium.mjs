// Debian's Chromium through playwright-core (the same launch as the full Chromium suite), behind the engine
// interface described in ./index.mjs, so the cross-engine scenarios can run in it too.
import { launch as launchChromium } from '../browser.mjs';
import { watchNativeErrors } from './native-errors.mjs';
import { scrollToCentre } from './scroll.mjs';

// evaluate, run, click and hover in the frame `get()` resolves to.
function scope(get) {
  return {
    evaluate: async (fn, arg) => (await get()).evaluate(fn, arg),
    run: async (source) => {
      await (await get()).evaluate(source);
    },
    async click(selector) {
      const el = (await get()).locator(selector).first();
      await el.evaluate(scrollToCentre);
      await el.click();
    },
    // A real pointer move, in one step, onto the element (the middle of a box of it that is on screen).
    async hover(selector) {
      const el = (await get()).locator(selector).first();
      await el.evaluate(scrollToCentre);
      await el.hover();
    },
    frame: (selector) => scope(async () => (await (await get()).locator(selector).elementHandle()).contentFrame()),
  };
}

export async function launch() {
  const browser = await launchChromium();
  return {
    name: 'chromium',
    async open(url, viewport) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const nativeErrors = watchNativeErrors(page);
      await page.goto(url);
      return {
        engine: 'chromium',
        viewport,
        ...scope(async () => page.mainFrame()),
        press: (key) => page.keyboard.press(key),
        mouseTo: (x, y) => page.mouse.move(x, y),
        screenshot: (file) => page.screenshot({ path: file }),
        nativeErrors,
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
