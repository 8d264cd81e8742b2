// Debian's Chromium through playwright-core (the same launch as the full Chromium suite), behind the engine
// interface described in ./index.mjs, so the cross-engine scenarios can run in it too.
import { launch as launchChromium } from '../browser.mjs';

const KEYS = { Space: ' ' };

export async function launch() {
  const browser = await launchChromium();
  return {
    name: 'chromium',
    async open(url, viewport) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const native = [];
      page.on('console', (msg) => { if (msg.type() === 'error') native.push(`console.error: ${msg.text()}`); });
      page.on('pageerror', (err) => native.push(`uncaught ${err}`));
      await page.goto(url);
      return {
        engine: 'chromium',
        viewport,
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        async click(selector) {
          const el = page.locator(selector).first();
          await el.evaluate((node) => node.scrollIntoView({ block: 'center', behavior: 'instant' }));
          await el.click();
        },
        press: (key) => page.keyboard.press(KEYS[key] ?? key),
        screenshot: (file) => page.screenshot({ path: file }),
        nativeErrors: () => [...native],
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
