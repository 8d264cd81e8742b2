// Where the milliseconds go, from Chromium's own trace, on the benchmark's device (tablet size, touch, the CPU 4x
// slower, a fresh browser context each run): the first contentful paint of the explainer and of the static page
// holding the same text, then a tap on a name, the first and a later one. scripts/bench.mjs says how long things
// take; this says what the page's main thread did meanwhile. Not a test: it prints medians, and exits non-zero
// only if it crashes. Tracing slows the page a little, so its totals run above the benchmark's: compare the parts.
//
// Usage: node scripts/trace.mjs [--runs N]   (after scripts/build; E2E_ARTICLE=<id> for another article)
import fs from 'node:fs';
import { serve } from '../e2e/lib/server.mjs';
import { launch, DIST } from '../e2e/lib/browser.mjs';
import { newThrottledPage, SLOWDOWN, VIEWPORT } from './bench-lib/throttled-page.mjs';
import { staticBaseline } from './bench-lib/static-baseline.mjs';
import { pickNames } from './bench-lib/names.mjs';
import { touchName, closeCard } from './bench-lib/tap.mjs';
import { observePerformance } from './bench-lib/measure.mjs';
import { median } from './bench-lib/stats.mjs';
import { traced, parserThread, clickThread, workByKind, pageClockToTrace, KINDS } from './bench-lib/trace.mjs';

const runsAt = process.argv.indexOf('--runs');
const RUNS = Number(runsAt > 0 ? process.argv[runsAt + 1] : 5);
const ms = (us) => us / 1000;

/// One load of `server`'s page, traced until its first contentful paint: when the HTML's and the stylesheet's
/// last bytes arrived, when it painted, and the main thread's work by kind until then (ms from navigation).
async function loadOnce(browser, server) {
  const { context, page } = await newThrottledPage(browser);
  try {
    const events = await traced(context, page, async () => {
      await page.goto(server.url, { waitUntil: 'load' });
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    });
    const thread = parserThread(events, server.url);
    const inRenderer = events.filter((e) => e.pid === thread.pid);
    const start = inRenderer.find((e) => e.name === 'navigationStart')?.ts;
    const fcp = inRenderer.find((e) => e.name === 'firstContentfulPaint')?.ts;
    if (start === undefined || fcp === undefined) throw new Error('the trace has no navigation start or first paint');
    // When one of this page's files began to arrive (`ResourceReceiveResponse`) or ended (`ResourceFinish`), by
    // its request's id. The trace is the whole browser's: a file of another page is not this page's.
    const atEvent = (name, test) => {
      const ours = (url) => url.startsWith(server.url) && test(url);
      const sent = events.find((e) => e.name === 'ResourceSendRequest' && ours(e.args.data.url ?? ''));
      const at = sent && events.find((e) => e.name === name && e.args.data.requestId === sent.args.data.requestId);
      return at ? ms(at.ts - start) : NaN;
    };
    const work = workByKind(events, thread, start, fcp);
    const busy = Object.values(work).reduce((a, b) => a + b, 0);
    return {
      'HTML, first byte': atEvent('ResourceReceiveResponse', (url) => url === server.url),
      'HTML, last byte': atEvent('ResourceFinish', (url) => url === server.url),
      'stylesheet, last byte': atEvent('ResourceFinish', (url) => url.endsWith('.css')),
      'first contentful paint': ms(fcp - start),
      ...work,
      'none of these (waiting, idle, other)': ms(fcp - start) - busy,
    };
  } finally {
    await context.close();
  }
}

/// A traced touch on the name at `index`, as scripts/bench.mjs taps: the tap's three phases by Event Timing
/// (from the touch to the click's handlers, those handlers, and from them to the next paint), and the main
/// thread's work by kind in each.
async function tapOnce(context, page, index) {
  const events = await touchName(page, index, (touch) =>
    traced(context, page, async () => {
      await page.evaluate(() => {
        performance.clearMarks('trace-clock');
        performance.mark('trace-clock');
      });
      await touch();
    }),
  );
  // The tap's events (pointerdown, pointerup, click…): its slowest is its duration to the next paint, as the
  // benchmark counts; the phases are the click's, which opens the card, from the touch that began it.
  const entry = await page.evaluate(() => {
    const events = window.__events;
    const click = events.find((e) => e.name === 'click');
    if (!click) return null;
    return {
      duration: Math.max(...events.map((e) => e.duration)),
      start: Math.min(...events.map((e) => e.startTime)),
      from: click.processingStart,
      to: click.processingEnd,
      end: click.startTime + click.duration,
    };
  });
  await closeCard(page);
  if (!entry) return null; // the click took under 16 ms to its next paint: nothing to break down
  const toTrace = await pageClockToTrace(page, events, 'trace-clock');
  const thread = clickThread(events);
  const phase = (from, to) => workByKind(events, thread, toTrace(from), toTrace(to));
  return {
    'tap → next paint': entry.duration,
    'touch → click handlers': entry.from - entry.start,
    ...prefixed('before: ', phase(entry.start, entry.from)),
    'click handlers': entry.to - entry.from,
    ...prefixed('handlers: ', phase(entry.from, entry.to)),
    'click handlers → next paint': entry.end - entry.to,
    ...prefixed('after: ', phase(entry.to, entry.end)),
  };
}

const prefixed = (prefix, work) => Object.fromEntries(Object.entries(work).map(([k, v]) => [prefix + k, v]));

/// Loads the explainer until its app is ready and settled, and taps the first name, then a later one.
async function tapsOnce(browser, server) {
  const { context, page } = await newThrottledPage(browser);
  try {
    await page.addInitScript(observePerformance); // the benchmark's observers: Event Timing's entries kept
    await page.goto(server.url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 60000 });
    await page.waitForTimeout(3000); // as the benchmark waits: the worker's precache and the card's warm-up done
    const names = await page.evaluate(pickNames);
    if (!names.first || !names.later) throw new Error('no first and later name to tap');
    return {
      first: await tapOnce(context, page, names.first.index),
      later: await tapOnce(context, page, names.later.index),
    };
  } finally {
    await context.close();
  }
}

/// A markdown table: one row per key of the first result (but those all 0), one column of medians per named list of results.
function table(title, columns) {
  const keys = Object.keys(Object.values(columns).flat().find(Boolean) ?? {});
  const lines = [
    `| ${title} | ${Object.keys(columns).join(' | ')} |`,
    `|---|${Object.keys(columns)
      .map(() => '---:|')
      .join('')}`,
  ];
  for (const key of keys) {
    const cells = Object.values(columns).map((results) => {
      const m = median(results.filter(Boolean).map((r) => r[key]));
      return Number.isFinite(m) ? m.toFixed(0) : '–';
    });
    // A kind of work that took no time anywhere says nothing.
    if (cells.some((c) => c !== '0')) lines.push(`| ${key} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

const browser = await launch();
const app = await serve(DIST);
const baseDir = staticBaseline();
const base = await serve(baseDir);
const loads = { 'static page': [], explainer: [] };
const taps = { first: [], later: [] };
try {
  // Interleaved, so a slow spell of the machine falls on both pages alike.
  for (let i = 0; i < RUNS; i++) {
    loads['static page'].push(await loadOnce(browser, base));
    loads.explainer.push(await loadOnce(browser, app));
    const { first, later } = await tapsOnce(browser, app);
    taps.first.push(first);
    taps.later.push(later);
  }
} finally {
  await browser.close();
  await app.close();
  await base.close();
  fs.rmSync(baseDir, { recursive: true, force: true });
}

console.log(
  `\nTraced in Chromium, ${VIEWPORT.width}x${VIEWPORT.height} with touch, CPU ${SLOWDOWN}x slower, medians of ${RUNS}, ms`,
);
console.log(`(${DIST}; kinds of work: ${Object.keys(KINDS).join(', ')})\n`);
console.log(table('first paint, from navigation', loads));
console.log();
console.log(table('tap on a name', taps));
