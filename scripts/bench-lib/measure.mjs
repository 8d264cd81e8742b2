// One run of a page, as a first-time reader has it: load until idle (bytes, first paint, layout shift), then, for
// the explainer, a tap on a name on the first screen and one on a name at least two screens down, each timed from
// the tap to the next paint by the browser's Event Timing API (how Interaction to Next Paint is measured).
import { newThrottledPage } from './throttled-page.mjs';
import { watchRequests, networkQuiet, requestsOf, snapshot } from './requests.mjs';
import { pickNames } from './names.mjs';
import { touchName, closeCard } from './tap.mjs';

/// Run in the page before its own scripts: adds up layout shifts, and keeps Event Timing entries.
export function observePerformance() {
  window.__cls = 0;
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  // Event Timing: one entry per input event slower than 16 ms, grouped by interaction (a tap is pointerdown,
  // pointerup and click; its duration is the slowest of them).
  window.__events = [];
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (e.interactionId) window.__events.push(e);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

/// Taps the name at `index` and returns the tap's duration to the next paint, in ms.
async function tapName(page, index) {
  await touchName(page, index);
  const durations = await page.evaluate(() => window.__events.map((e) => e.duration));
  await closeCard(page);
  // No entry means every event of the tap finished, painted included, within 16 ms.
  return durations.length ? Math.max(...durations) : 16;
}

/// Waits for the app to start and for its service worker: returns the app's state and the worker's.
async function appAndWorker(page, notes) {
  await page
    .waitForFunction(() => ['ready', 'failed'].includes(document.documentElement.dataset.app), null, { timeout: 60000 })
    .catch(() => notes.push('the app did not start within 60 s'));
  const app = await page.evaluate(() => document.documentElement.dataset.app ?? null);
  if (app === 'failed') notes.push('the app failed to start (data-app="failed")');
  // The service worker registers once the app runs; its precache is part of the first view.
  const sw = await page.evaluate(() => {
    if (!('serviceWorker' in navigator)) return 'none';
    return Promise.race([
      navigator.serviceWorker.ready.then(() => 'ready'),
      new Promise((resolve) => setTimeout(() => resolve('not ready after 10 s'), 10000)),
    ]);
  });
  return { app, sw };
}

/// The two taps (first screen, then further down): their durations (NaN if not measured) and the names tapped.
async function tapTwoNames(page, notes) {
  const taps = { tap: NaN, tapLater: NaN, names: null };
  await page.evaluate(() => window.scrollTo(0, 0));
  const names = await page.evaluate(pickNames);
  taps.names = names;
  if (!names.first) {
    notes.push(`no name on the first screen (${names.count} .mention in the page)`);
    return taps;
  }
  taps.tap = await tapName(page, names.first.index).catch((e) => {
    notes.push(`first tap: ${e.message.split('\n')[0]}`);
    return NaN;
  });
  if (!names.later) notes.push('no name two screens below the first that opens another card');
  else {
    taps.tapLater = await tapName(page, names.later.index).catch((e) => {
      notes.push(`later tap: ${e.message.split('\n')[0]}`);
      return NaN;
    });
  }
  return taps;
}

/// One run of the page `server` serves from `dir`; `interactive` for the explainer (the app, its worker, taps).
export async function measure(browser, server, dir, interactive) {
  server.state.log.length = 0;
  server.state.requests.length = 0;
  const { context, page } = await newThrottledPage(browser);
  const seen = watchRequests(context, server.origin);
  const notes = [];
  await page.addInitScript(observePerformance);
  await page.goto(server.url, { waitUntil: 'load' });
  const { app, sw } = interactive ? await appAndWorker(page, notes) : { app: null, sw: 'none' };
  if (!(await networkQuiet(server, seen))) notes.push('the network was never quiet for 1 s (cut at 30 s)');
  const m = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    ready: performance.getEntriesByName('app-ready')[0]?.startTime ?? NaN,
    cls: window.__cls,
  }));
  const idle = snapshot(server, seen);
  let taps = { tap: NaN, tapLater: NaN, names: null };
  if (interactive && app === 'ready') {
    taps = await tapTwoNames(page, notes);
    await networkQuiet(server, seen);
  }
  const visit = snapshot(server, seen);
  await context.close();
  return { ...m, ...taps, app, sw, notes, idle: requestsOf(dir, idle), visit: requestsOf(dir, visit) };
}
