// Firefox ESR from Debian, headless, driven by puppeteer-core over WebDriver BiDi (no browser is downloaded).
// Implements the engine interface described in ./index.mjs.
import puppeteer from 'puppeteer-core';
import { watchNativeErrors } from './native-errors.mjs';
import { scrollToCentre, scrollFramePointIntoView, centreOf } from './scroll.mjs';

const KEYS = { Enter: 'Enter', Escape: 'Escape', Tab: 'Tab', Space: ' ' };

// evaluate, run, click and hover in the frame `get()` resolves to; `parents`: [scope, iframe selector] pairs from the
// nearest parent document up.
function scope(get, parents = []) {
  // The first match, scrolled to the middle of its document; inside a frame, each parent document is scrolled so
  // that it is on screen there too.
  async function onScreen(selector) {
    const handle = await (await get()).$(selector);
    if (!handle) throw new Error(`no element ${selector}`);
    await handle.evaluate(scrollToCentre);
    let point = await handle.evaluate(centreOf);
    for (const [parent, frameSelector] of parents) {
      point = await parent.evaluate(scrollFramePointIntoView, [frameSelector, point]);
    }
    return handle;
  }
  return {
    evaluate: async (fn, arg) => (await get()).evaluate(fn, arg),
    run: async (source) => {
      await (await get()).evaluate(source);
    },
    async click(selector) {
      const handle = await onScreen(selector);
      await handle.click();
      await handle.dispose();
    },
    // A real pointer move, in one step, onto the element (the middle of a box of it that is on screen).
    async hover(selector) {
      const handle = await onScreen(selector);
      await handle.hover();
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
      // Headless Firefox has no pointer device, so `(hover: hover) and (pointer: fine)` is false and the page would
      // give it no hover cards; the puppeteer mouse is a mouse: fine (2) and able to hover (4).
      'ui.primaryPointerCapabilities': 6,
      'ui.allPointerCapabilities': 6,
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
        mouseTo: (x, y) => page.mouse.move(x, y),
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
