// Firefox ESR from Debian, headless, driven by puppeteer-core over WebDriver BiDi (no browser is downloaded).
// Implements the engine interface described in ./index.mjs.
import puppeteer from 'puppeteer-core';
import { watchNativeErrors } from './native-errors.mjs';
import { scrollToCentre, scrollFramePointIntoView, centreOf } from './scroll.mjs';

const KEYS = { Enter: 'Enter', Escape: 'Escape', Tab: 'Tab', Space: ' ' };

// evaluate, run and click in the frame `get()` resolves to; `parents`: [scope, iframe selector] pairs from the
// nearest parent document up.
function scope(get, parents = []) {
  return {
    evaluate: async (fn, arg) => (await get()).evaluate(fn, arg),
    run: async (source) => {
      await (await get()).evaluate(source);
    },
    async click(selector) {
      const handle = await (await get()).$(selector);
      if (!handle) throw new Error(`no element ${selector}`);
      await handle.evaluate(scrollToCentre);
      // Inside a frame, scroll each parent document so the element is on screen there too.
      let point = await handle.evaluate(centreOf);
      for (const [parent, frameSelector] of parents) {
        point = await parent.evaluate(scrollFramePointIntoView, [frameSelector, point]);
      }
      await handle.click();
      await handle.dispose();
    },
    frame(selector) {
      return scope(async () => {
        const handle = await (await get()).$(selector);
        if (!handle) throw new Error(`no frame ${selector}`);
        return handle.contentFrame();
      }, [[this, selector], ...parents]);
    },
  };
}

export async function launch() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
    headless: true,
    // No updates, telemetry or remote settings: nothing may leave the machine.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  return {
    name: 'firefox',
    async open(url, viewport) {
      // A fresh browsing context per page: no cookies, storage or service worker shared with other pages.
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(viewport);
      const nativeErrors = watchNativeErrors(page);
      await page.goto(url);
      return {
        engine: 'firefox',
        viewport,
        ...scope(async () => page.mainFrame()),
        press: (key) => page.keyboard.press(KEYS[key] ?? key),
        goto: async (to) => {
          await page.goto(to);
        },
        reload: async () => {
          await page.reload();
        },
        screenshot: (file) => page.screenshot({ path: file }),
        nativeErrors,
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
