// Benchmark of the release build, in headless Chromium, against a plain static page holding the same article
// text (the lower bound). Prints a table to compare from one build to the next. Not a test: it never fails CI.
//
// Usage: node scripts/bench.mjs [--runs N]      (after scripts/build; scripts/bench builds first)
//
// Measures, with the CPU slowed 4x (Chrome DevTools' throttling), at tablet size with touch:
// - the gzip bytes of everything the first view fetches, per file and in total (files gzipped at level 9);
// - first contentful paint;
// - first card openable: when the app has taken over the page, so a name opens its card ("app-ready" mark);
// - cumulative layout shift over load and take-over;
// - tap on a name → card painted: a real (trusted) touch tap, timed by the browser's Event Timing API, which is
//   how Interaction to Next Paint is measured: from the tap to the next frame painted after its handlers. Once
//   for a name on the first screen (the first card: it also pays for the lazy compilation of the card's code),
//   then for a name further down, after scrolling to it and pausing as a reader would.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { serve } from '../e2e/lib/server.mjs';
import { launch, DIST } from '../e2e/lib/browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const SLOWDOWN = 4;

function staticBaseline() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'baseline-'));
  const seed = fs.readFileSync(path.join(root, 'content/belarus-2020-08-23.txt'), 'utf8');
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const paras = seed.split('\n').filter((l) => l.trim()).map((l) => `<p>${esc(l)}</p>`).join('\n');
  fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Static baseline</title>
<link rel="icon" href="data:,"><style>body{max-width:42rem;margin:auto;padding:1rem;font:1.125rem/1.6 Georgia,serif}</style>
</head><body><h1>Minsk's mass rally and Lukashenko's NATO claim</h1>${paras}</body></html>`);
  return dir;
}

function gzipBytes(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(browser, url, dir, interactive) {
  const context = await browser.newContext({ viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
  const fetched = new Set();
  page.on('request', (r) => fetched.add(new URL(r.url()).pathname));
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
    // Event Timing: one entry per input event slower than 16 ms, grouped by interaction (a tap is pointerdown,
    // pointerup and click; its duration is the slowest of them).
    window.__events = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.interactionId) window.__events.push(e); })
      .observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  if (interactive) await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 60000 });
  await page.waitForTimeout(300);
  const m = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    ready: performance.getEntriesByName('app-ready')[0]?.startTime ?? NaN,
    cls: window.__cls,
  }));
  if (interactive) {
    const tap = async (target) => {
      const name = page.locator(`.mention[data-target="${target}"]`).first();
      await name.scrollIntoViewIfNeeded();
      await page.waitForTimeout(500);
      await page.evaluate(() => { window.__events = []; });
      // A bare touch at the name, as a finger gives: Playwright's `tap()` would run its own checks in the page
      // while the tap is being timed.
      const box = await name.boundingBox();
      await page.touchscreen.tap(box.x + Math.min(box.width / 2, 20), box.y + box.height / 2);
      await page.locator('#card').waitFor();
      await page.waitForTimeout(300); // entries are queued after the frame that ends the interaction
      const durations = await page.evaluate(() => window.__events.map((e) => e.duration));
      await page.keyboard.press('Escape');
      await page.locator('#card').waitFor({ state: 'detached' });
      // No entry means every event of the tap finished, painted included, within 16 ms.
      return durations.length ? Math.max(...durations) : 16;
    };
    m.tap = await tap('lukashenko');
    m.tapAgain = await tap('nato');
  }
  const files = [...fetched]
    .map((p) => (p.endsWith('/') ? `${p}index.html` : p))
    .filter((p) => fs.existsSync(path.join(dir, p)))
    .map((p) => ({ file: p.replace(/^\//, ''), gz: gzipBytes(path.join(dir, p)) }));
  await context.close();
  return { ...m, files };
}

const browser = await launch();
const app = await serve(DIST);
const baseDir = staticBaseline();
const base = await serve(baseDir);

const ours = [];
const lower = [];
for (let i = 0; i < RUNS; i++) {
  ours.push(await measure(browser, app.url, DIST, true));
  lower.push(await measure(browser, base.url, baseDir, false));
}
await browser.close();
await app.close();
await base.close();

const files = ours[0].files.sort((a, b) => b.gz - a.gz);
const total = files.reduce((n, f) => n + f.gz, 0);
const baseTotal = lower[0].files.reduce((n, f) => n + f.gz, 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${Math.round(n)} ms`;
const row = (cols) => `| ${cols.join(' | ')} |`;

console.log(`\nBenchmark: release build vs a static page with the same text; ${RUNS} run(s), medians; CPU ${SLOWDOWN}x slower\n`);
console.log(row(['first view fetches', 'gzip']));
console.log(row(['---', '---:']));
for (const f of files) console.log(row([f.file, kb(f.gz)]));
console.log(row(['**total**', `**${kb(total)}**`]));
console.log('');
const fcp = median(ours.map((r) => r.fcp));
const baseFcp = median(lower.map((r) => r.fcp));
const ready = median(ours.map((r) => r.ready));
const cls = Math.max(...ours.map((r) => r.cls));
const tap = median(ours.map((r) => r.tap));
const tapAgain = median(ours.map((r) => r.tapAgain));
console.log(row(['measure', 'explainer', 'static page', 'ratio', 'budget']));
console.log(row(['---', '---:', '---:', '---:', '---']));
console.log(row(['bytes fetched by the first view (gzip)', kb(total), kb(baseTotal), `${(total / baseTotal).toFixed(1)}×`, '≤ 150 KB']));
console.log(row(['first contentful paint', ms(fcp), ms(baseFcp), `${(fcp / baseFcp).toFixed(2)}×`, '≤ 1.2× static']));
console.log(row(['first card openable (app ready)', ms(ready), '–', '–', '≤ 1500 ms']));
console.log(row(['cumulative layout shift (worst run)', cls.toFixed(4), lower.map((r) => r.cls)[0].toFixed(4), '–', '< 0.02']));
console.log(row(['tap on a name → card painted (first card, first screen)', ms(tap), '–', '–', '≤ 100 ms']));
console.log(row(['tap on a name → card painted (next card, after scrolling)', ms(tapAgain), '–', '–', '≤ 100 ms']));
