// Launches Debian's Chromium through playwright-core (no browser download) and opens pages that are watched for
// uncaught errors, console errors and requests that leave the local server. Tests open every page with `withPage`,
// which asserts none of those happened and closes the page, whether the test passed or not.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
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
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/// Resolves once the app has taken over the page (`data-app="ready"`).
export const appReady = (page, timeout = 20000) =>
  page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout });

/// A fresh context (touch and viewport as a reader's device has them, then any other Playwright context option)
/// and its page, whose problems are collected as they happen: uncaught errors, console errors, and requests to
/// anywhere but `local` origins (data: and blob: URLs are the page's own).
async function watchedPage(browser, local, { touch = false, viewport = VIEWPORTS.desktop, ...contextOptions }) {
  const context = await browser.newContext({ viewport, hasTouch: touch, isMobile: touch, ...contextOptions });
  const page = await context.newPage();
  const problems = { consoleErrors: [], offsite: [], pageErrors: [] };
  page.on('console', (msg) => {
    // Where it came from: a failed load's message names no URL of its own.
    const from = msg.location().url;
    if (msg.type() === 'error') problems.consoleErrors.push(from ? `${msg.text()} (${from})` : msg.text());
  });
  page.on('pageerror', (err) => problems.pageErrors.push(String(err)));
  page.on('request', (req) => {
    const u = req.url();
    // By origin, not by prefix: http://127.0.0.1:4000 is a prefix of http://127.0.0.1:40000/.
    if (!u.startsWith('data:') && !u.startsWith('blob:') && !local.includes(new URL(u).origin))
      problems.offsite.push(u);
  });
  return { context, page, problems };
}

/// A page that waits for the app to start (`waitForApp: false` for a page without it). Its problems are the test's
/// to check and its context the test's to close: for scripts that are not tests (scripts/screenshots.mjs); a test
/// uses `withPage`.
export async function openPage(browser, url, { waitForApp = true, ...options } = {}) {
  const opened = await watchedPage(browser, [new URL(url).origin], options);
  await opened.page.goto(url);
  if (waitForApp) await appReady(opened.page);
  return opened;
}

/// Opens `url` in a fresh context, runs `body({ page, context, problems, release })`, closes the context (also when
/// the body throws) and then asserts the page had no uncaught error, no console error and no request off the local
/// server. Options, all optional:
/// - `touch`, `viewport` and any other Playwright context option (`javaScriptEnabled: false`, `colorScheme`, …);
/// - `waitForApp`: wait until the app has started (the default, unless scripts are off or the wasm is held back);
/// - `holdWasm`: hold back every .wasm request until the body calls `release()`, and return once the page has
///   painted: the page before the app runs;
/// - `waitUntil`: when the navigation counts as done (`'load'`; `'commit'` when the wasm is held back, as `load`
///   may wait for it in some engines);
/// - `initScript`: a function to run in every document of the page before its own scripts (to take an API away);
/// - `otherOrigins`: origins that requests may go to besides the page's (a host page embedding the explainer);
/// - `expectErrors`: regular expressions for console errors the test provokes on purpose; each must match one;
/// - `allowErrors`: regular expressions for console errors a browser reports only sometimes (a request it may or may
///   not make before the test moves on); they are let through, but none is required.
export async function withPage(browser, url, options, body) {
  if (typeof options === 'function') [options, body] = [{}, options];
  const {
    holdWasm = false,
    waitForApp = !holdWasm && options.javaScriptEnabled !== false,
    waitUntil = holdWasm ? 'commit' : 'load',
    initScript,
    otherOrigins = [],
    expectErrors = [],
    allowErrors = [],
    ...contextOptions
  } = options;
  const { context, page, problems } = await watchedPage(
    browser,
    [new URL(url).origin, ...otherOrigins],
    contextOptions,
  );
  let failure;
  try {
    if (initScript) await context.addInitScript(initScript);
    const release = holdWasm ? await holdBackWasm(context) : undefined;
    await page.goto(url, { waitUntil });
    if (holdWasm) await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    if (waitForApp) await appReady(page);
    await body({ page, context, problems, release });
  } catch (error) {
    failure = error;
  } finally {
    await context.close();
  }
  assertNoProblems(problems, expectErrors, allowErrors, failure);
}

/// Holds every .wasm request of the context until the returned function is called.
async function holdBackWasm(context) {
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await context.route('**/*.wasm', async (route) => {
    await held;
    // The test may have ended (and closed the context) without letting the wasm through.
    await route.continue().catch(() => {});
  });
  return release;
}

/// Throws if the page had a problem, or rethrows the body's failure (with the page's problems beside it, as they
/// often explain it). Every kind of problem is listed at once, so one run shows them all.
function assertNoProblems(problems, expectErrors, allowErrors, failure) {
  const found = {
    pageErrors: problems.pageErrors,
    consoleErrors: problems.consoleErrors.filter((e) => ![...expectErrors, ...allowErrors].some((re) => re.test(e))),
    offsite: problems.offsite,
    expectedErrorsMissing: expectErrors.filter((re) => !problems.consoleErrors.some((e) => re.test(e))).map(String),
  };
  const check = () =>
    assert.deepEqual(
      found,
      { pageErrors: [], consoleErrors: [], offsite: [], expectedErrorsMissing: [] },
      'no uncaught error, no console error, no request off the local server, and every console error the test expects',
    );
  if (!failure) return check();
  try {
    check();
  } catch (problem) {
    throw new AggregateError(
      [failure, problem],
      `${failure.message}\n(and the page had problems too: see the second error)`,
    );
  }
  throw failure;
}
