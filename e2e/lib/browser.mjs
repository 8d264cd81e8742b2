// Launches Debian's Chromium through playwright-core (no browser download) and watches every page for console
// errors and for requests that leave the local server.
import { chromium } from 'playwright-core';
import path from 'node:path';
import { ARTICLE, ROOT } from './article.mjs';

// The built explainer under test: dist/<article>/ (./article.mjs), or another build named by E2E_DIST (e.g. an
// older commit's, to compare).
export const DIST = path.resolve(process.env.E2E_DIST ?? path.join(ROOT, 'dist', ARTICLE));

export const VIEWPORTS = {
  phone: { width: 375, height: 812 },
  tablet: { width: 820, height: 1180 },
  desktop: { width: 1280, height: 900 },
};

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
}

/// A page whose console errors and off-site requests are collected, for tests to assert none happened.
/// It waits for the app to start (`waitForApp: false` for a page without it, such as the site's front page).
export async function openPage(browser, url, { touch = false, viewport = VIEWPORTS.desktop, waitForApp = true, ...options } = {}) {
  const context = await browser.newContext({ viewport, hasTouch: touch, isMobile: touch, ...options });
  const page = await context.newPage();
  const problems = { consoleErrors: [], offsite: [], pageErrors: [] };
  const local = new URL(url).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => problems.pageErrors.push(String(err)));
  page.on('request', (req) => {
    const u = req.url();
    if (!u.startsWith(local) && !u.startsWith('data:') && !u.startsWith('blob:')) problems.offsite.push(u);
  });
  await page.goto(url);
  if (waitForApp) await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 20000 });
  return { context, page, problems };
}

/// A touch page at `viewport` that has painted while its wasm is held back: the page before the app runs.
/// `release()` lets the wasm through.
export async function openBeforeTheApp(browser, url, viewport) {
  const context = await browser.newContext({ viewport, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  // Not until `load`, which may wait for the wasm in some engines.
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  return { context, page, release };
}
