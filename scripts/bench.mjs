// Benchmark of the release build against the budgets of issue 11, in headless Chromium, beside a plain static page
// holding the same article text (the lower bound). Prints tables to compare from one build to the next. Not a test:
// a missed budget is printed as "not met", never as an exit status (it exits non-zero only if it crashes).
//
// Usage: node scripts/bench.mjs [--runs N] [--json FILE]   (after scripts/build; scripts/bench builds first)
//   --json FILE  also writes the medians, every run's raw figures and the budgets' status to FILE.
//
// Measures, with the CPU slowed 4x (Chrome DevTools' throttling), at tablet size with touch, in a fresh browser
// context each run (so a cold HTTP cache, as a first-time reader has):
// - the wasm's size by part (code, data, the rest), raw and gzip, read from the binary's sections;
// - the gzip bytes of everything fetched until the page is idle with no interaction, per file and in total, each
//   URL once, the service worker's precache included (files gzipped at level 9);
// - the gzip bytes of a whole first visit: the same, then two taps on names, counting every request, repeats
//   included, and which URLs were fetched twice;
// - first contentful paint, against the static page's;
// - tap on a name → next paint: a real (trusted) touch tap, timed by the browser's Event Timing API, which is how
//   Interaction to Next Paint is measured: from the tap to the next frame painted after its handlers. Once for the
//   first name on the first screen (it also pays for whatever the first card needs the first time), then for a name
//   at least two screens further down, after scrolling to it and pausing as a reader would;
// - a tap on a name 100 ms after the first paint, the wasm held back: whether the name's card shows without the
//   app (each name links to its prerendered sheet, raised by :target);
// - layout shift over load and the app's start, worst run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { serve } from '../e2e/lib/server.mjs';
import { launch, DIST } from '../e2e/lib/browser.mjs';
import { SEED_FILE, content } from '../e2e/lib/article.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const option = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Number(option('--runs') ?? 5);
const JSON_FILE = option('--json');
const SLOWDOWN = 4;
const VIEWPORT = { width: 820, height: 1180 };
// "Idle": no new request for this long.
const QUIET_MS = 1000;

const BUDGET = { idleKB: 100, visitKB: 130, fcpRatio: 1.2, tapMs: 50, cls: 0 };

function staticBaseline() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'baseline-'));
  const seed = fs.readFileSync(SEED_FILE, 'utf8');
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const paras = seed.split('\n').filter((l) => l.trim()).map((l) => `<p>${esc(l)}</p>`).join('\n');
  fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Static baseline</title>
<link rel="icon" href="data:,"><style>body{max-width:42rem;margin:auto;padding:1rem;font:1.125rem/1.6 Georgia,serif}</style>
</head><body><h1>${esc(content().article.title)}</h1>${paras}</body></html>`);
  return dir;
}

const gzip = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;
const gzCache = new Map();

/// The built file a requested path names, or null: `/` is index.html; requests for anything else (a 404, the
/// server's own pages) count 0 bytes.
function fileOf(dir, urlPath) {
  if (!urlPath.startsWith('/')) return null; // another origin
  let p;
  try {
    p = decodeURIComponent(new URL(urlPath, 'http://x').pathname);
  } catch {
    return null;
  }
  if (p.endsWith('/')) p += 'index.html';
  const file = path.join(dir, p);
  return file.startsWith(path.resolve(dir) + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
}

function gzipOf(dir, urlPath) {
  const file = fileOf(dir, urlPath);
  if (!file) return 0;
  if (!gzCache.has(file)) gzCache.set(file, gzip(fs.readFileSync(file)));
  return gzCache.get(file);
}

/// A wasm binary by part: after the 8-byte preamble (magic, version), each section is an id byte, its size as an
/// unsigned LEB128 and its bytes. Code is section 10, data section 11; each part keeps its sections' headers.
function wasmParts(file) {
  const bytes = fs.readFileSync(file);
  if (bytes.length < 8 || bytes.readUInt32BE(0) !== 0x0061736d) throw new Error(`${file} is not a wasm binary`);
  const parts = { code: [], data: [], rest: [bytes.subarray(0, 8)] };
  const custom = [];
  const leb = (at) => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const b = bytes[at++];
      value += (b & 0x7f) * 2 ** shift;
      if (!(b & 0x80)) return [value, at];
    }
  };
  let at = 8;
  while (at < bytes.length) {
    const start = at;
    const id = bytes[at++];
    const [size, body] = leb(at);
    at = body + size;
    if (at > bytes.length) throw new Error(`${file}: section ${id} at byte ${start} runs past the end`);
    if (id === 0) {
      const [length, name] = leb(body);
      custom.push(bytes.subarray(name, name + length).toString('utf8'));
    }
    (id === 10 ? parts.code : id === 11 ? parts.data : parts.rest).push(bytes.subarray(start, at));
  }
  const sized = (chunks) => {
    const all = Buffer.concat(chunks);
    return { raw: all.length, gz: gzip(all) };
  };
  return {
    file: path.relative(DIST, file),
    code: sized(parts.code),
    data: sized(parts.data),
    rest: sized(parts.rest),
    total: { raw: bytes.length, gz: gzip(bytes) },
    custom,
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const finite = (xs) => xs.filter((x) => Number.isFinite(x));
const median = (xs) => {
  const s = finite(xs).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};

/// Waits until neither the browser nor the server has seen a new request for QUIET_MS (at most `cap` ms).
async function networkQuiet(server, seen, cap = 30000) {
  const end = Date.now() + cap;
  let count = -1;
  let since = Date.now();
  while (Date.now() < end) {
    const now = server.state.log.length + seen.length;
    if (now !== count) {
      count = now;
      since = Date.now();
    } else if (Date.now() - since >= QUIET_MS) return true;
    await sleep(50);
  }
  return false;
}

async function newThrottledPage(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // The HTTP cache stays on: a fresh context's is cold already, and the service worker precaches from it, so
  // turning it off would count twice files that a reader fetches once.
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
  return { context, page };
}

/// What the browser reports asking for, page and service worker alike: in Chromium, Playwright reports a service
/// worker's requests through the context's `request` event, with `serviceWorker()` set. Some of them never reach
/// the server (answered from the HTTP cache); the server's log says what was fetched from the network.
function watchRequests(context, origin) {
  const seen = [];
  context.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol === 'data:' || u.protocol === 'blob:') return;
    seen.push({
      url: u.origin === origin ? u.pathname + u.search : r.url(),
      by: r.serviceWorker() ? 'service worker' : 'page',
      precache: r.headers()['x-explainer-precache'] === '1',
    });
  });
  return seen;
}

/// The names to tap, chosen from the page: the first name on the first screen, and one at least two screens
/// further down that opens another card. Indexes into document.querySelectorAll('.mention').
const pickNames = () => {
  const names = [...document.querySelectorAll('.mention')];
  const shown = (el) => el.getClientRects().length > 0 && el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  const top = (el) => el.getClientRects()[0].top + scrollY;
  const first = names.findIndex((el) => {
    if (!shown(el)) return false;
    const r = el.getClientRects()[0];
    return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
  });
  const app = document.documentElement.dataset.app ?? null;
  if (first < 0) return { first: null, later: null, count: names.length, app };
  const later = names.findIndex((el) => shown(el) && el.dataset.target !== names[first].dataset.target
    && top(el) >= top(names[first]) + 2 * innerHeight);
  const describe = (i) => {
    if (i < 0) return null;
    const r = names[i].getClientRects()[0];
    const hash = names[i].href ? new URL(names[i].href).hash : '';
    const linked = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    return {
      index: i,
      target: names[i].dataset.target ?? null,
      text: names[i].textContent.trim(),
      // The fragment the name links to, as the browser resolves it ('' if none), and whether what it names is
      // on screen already (then a card "showing" after a tap would prove nothing).
      hash,
      linkedShown: linked ? linked.checkVisibility({ visibilityProperty: true }) : null,
      screens: (top(names[i]) - top(names[first])) / innerHeight,
      // Where a finger would touch it now: the middle of its first line box, in viewport pixels.
      x: r.left + r.width / 2,
      y: r.top + r.height / 2,
    };
  };
  return { first: describe(first), later: describe(later), count: names.length, app };
};

/// The middle of a name's first line box, in viewport pixels (a name can wrap onto two lines).
const centreOf = (el) => {
  const r = el.getClientRects()[0];
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
};

async function tapName(page, index) {
  const name = page.locator('.mention').nth(index);
  await name.scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  await page.evaluate(() => { window.__events = []; });
  // A bare touch at the name, as a finger gives: Playwright's `tap()` would run its own checks in the page while
  // the tap is being timed.
  const { x, y } = await name.evaluate(centreOf);
  await page.touchscreen.tap(x, y);
  await page.locator('#card').waitFor({ timeout: 10000 });
  await page.waitForTimeout(300); // entries are queued after the frame that ends the interaction
  const durations = await page.evaluate(() => window.__events.map((e) => e.duration));
  await page.keyboard.press('Escape');
  await page.locator('#card').waitFor({ state: 'detached', timeout: 10000 });
  // No entry means every event of the tap finished, painted included, within 16 ms.
  return durations.length ? Math.max(...durations) : 16;
}

async function measure(browser, server, dir, interactive) {
  server.state.log.length = 0;
  server.state.requests.length = 0;
  const { context, page } = await newThrottledPage(browser);
  const seen = watchRequests(context, server.origin);
  const notes = [];
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
  await page.goto(server.url, { waitUntil: 'load' });
  let app = null;
  let sw = 'none';
  if (interactive) {
    await page.waitForFunction(() => ['ready', 'failed'].includes(document.documentElement.dataset.app), null, { timeout: 60000 })
      .catch(() => notes.push('the app did not start within 60 s'));
    app = await page.evaluate(() => document.documentElement.dataset.app ?? null);
    if (app === 'failed') notes.push('the app failed to start (data-app="failed")');
    // The service worker registers once the app runs; its precache is part of the first view.
    sw = await page.evaluate(() => {
      if (!('serviceWorker' in navigator)) return 'none';
      return Promise.race([
        navigator.serviceWorker.ready.then(() => 'ready'),
        new Promise((resolve) => setTimeout(() => resolve('not ready after 10 s'), 10000)),
      ]);
    });
  }
  if (!(await networkQuiet(server, seen))) notes.push('the network was never quiet for 1 s (cut at 30 s)');
  const m = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    ready: performance.getEntriesByName('app-ready')[0]?.startTime ?? NaN,
    cls: window.__cls,
  }));
  const idle = { log: server.state.log.map((e) => ({ ...e })), seen: seen.slice() };
  m.tap = NaN;
  m.tapLater = NaN;
  m.names = null;
  if (interactive && app === 'ready') {
    await page.evaluate(() => window.scrollTo(0, 0));
    const names = await page.evaluate(pickNames);
    m.names = names;
    if (!names.first) notes.push(`no name on the first screen (${names.count} .mention in the page)`);
    else {
      m.tap = await tapName(page, names.first.index).catch((e) => {
        notes.push(`first tap: ${e.message.split('\n')[0]}`);
        return NaN;
      });
      if (!names.later) notes.push('no name two screens below the first that opens another card');
      else {
        m.tapLater = await tapName(page, names.later.index).catch((e) => {
          notes.push(`later tap: ${e.message.split('\n')[0]}`);
          return NaN;
        });
      }
    }
    await networkQuiet(server, seen);
  }
  const visit = { log: server.state.log.map((e) => ({ ...e })), seen: seen.slice() };
  await context.close();
  return { ...m, app, sw, notes, idle: requestsOf(dir, idle), visit: requestsOf(dir, visit) };
}

/// Per URL: how often it came from the network (the server's log, the bytes a reader downloads) and how often
/// the browser asked for it, by whom. Totals: each URL once, and every network request.
function requestsOf(dir, { log, seen }) {
  const urls = new Map();
  const entry = (url) => {
    if (!urls.has(url)) {
      urls.set(url, { url, file: fileOf(dir, url), gz: gzipOf(dir, url), network: 0, statuses: new Set(), page: 0, worker: 0, precache: 0 });
    }
    return urls.get(url);
  };
  for (const e of log) {
    const u = entry(e.url);
    u.network++;
    u.statuses.add(e.status);
  }
  for (const s of seen) {
    const u = entry(s.url);
    if (s.by === 'page') u.page++;
    else u.worker++;
    if (s.precache) u.precache++;
  }
  const list = [...urls.values()].map((u) => ({ ...u, statuses: [...u.statuses] }));
  const fetched = list.filter((u) => u.network > 0);
  return {
    urls: list,
    once: fetched.reduce((n, u) => n + u.gz, 0),
    every: fetched.reduce((n, u) => n + u.gz * u.network, 0),
    twice: fetched.filter((u) => u.network > 1).map((u) => ({ url: u.url, times: u.network, page: u.page, worker: u.worker })),
    workerSeen: list.reduce((n, u) => n + u.worker, 0),
    precacheAtServer: log.filter((e) => e.precache).length,
  };
}

/// A tap on the first name on screen 100 ms after the first paint, while the wasm is held back: does the sheet the
/// name links to (`#card-<id>`, raised by :target) show within 1 s?
async function tapBeforeWasm(browser, server) {
  const { context, page } = await newThrottledPage(browser);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  let holding = 0;
  await page.route('**/*.wasm', async (route) => {
    holding++;
    await held;
    await route.continue().catch(() => {});
  });
  const result = { shown: false, note: null, hash: null, app: null, held: 0 };
  try {
    // Not until `load`: the page's module script is waiting for the wasm.
    await page.goto(server.url, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 30000 });
    await page.evaluate(() => new Promise((resolve) => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0].startTime;
      setTimeout(resolve, Math.max(0, fcp + 100 - performance.now()));
    }));
    // One round trip: the name and where it is, as the page stands 100 ms after its first paint.
    const { first: name, app } = await page.evaluate(pickNames);
    result.held = holding;
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
    result.shown = await page.locator(`[id=${JSON.stringify(id)}]`).waitFor({ state: 'visible', timeout: 1000 })
      .then(() => true, () => false);
    if (app === 'ready') result.note = 'the app had already started: the wasm was not held back';
    else if (!holding) result.note = 'no *.wasm request had been made yet';
  } catch (e) {
    result.note = e.message.split('\n')[0];
  } finally {
    release();
    await context.close();
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------------

if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error(`no build in ${DIST}: run scripts/build first`);
const wasms = fs.readdirSync(DIST, { recursive: true }).filter((f) => f.endsWith('.wasm')).map((f) => wasmParts(path.join(DIST, f)));

const browser = await launch();
const app = await serve(DIST);
const baseDir = staticBaseline();
const base = await serve(baseDir);

const ours = [];
const lower = [];
const early = [];
try {
  for (let i = 0; i < RUNS; i++) {
    ours.push(await measure(browser, app, DIST, true));
    lower.push(await measure(browser, base, baseDir, false));
    early.push(await tapBeforeWasm(browser, app));
  }
} finally {
  await browser.close();
  await app.close();
  await base.close();
  fs.rmSync(baseDir, { recursive: true, force: true });
}

const kb = (n) => (Number.isFinite(n) ? `${(n / 1024).toFixed(1)} KB` : '–');
const ms = (n) => (Number.isFinite(n) ? `${Math.round(n)} ms` : '–');
const row = (cols) => `| ${cols.join(' | ')} |`;
const status = (value, ok) => (!Number.isFinite(value) ? 'not measured' : ok ? 'met' : '**not met**');

const idleOnce = median(ours.map((r) => r.idle.once));
const baseOnce = median(lower.map((r) => r.idle.once));
const visitEvery = median(ours.map((r) => r.visit.every));
const fcp = median(ours.map((r) => r.fcp));
const baseFcp = median(lower.map((r) => r.fcp));
const ready = median(ours.map((r) => r.ready));
const cls = Math.max(...ours.map((r) => r.cls));
const baseCls = Math.max(...lower.map((r) => r.cls));
const tap = median(ours.map((r) => r.tap));
const tapLater = median(ours.map((r) => r.tapLater));
const shown = early.filter((r) => r.shown).length;
// A URL fetched twice in any run (by URL, with the runs it happened in).
const twice = new Map();
for (const r of ours) for (const t of r.visit.twice) twice.set(t.url, { ...t, runs: (twice.get(t.url)?.runs ?? 0) + 1 });

// The per-file table is the run whose idle total is the median (the same files in every run, normally).
const typical = ours.find((r) => r.idle.once === idleOnce) ?? ours[0];
const files = typical.idle.urls.sort((a, b) => b.gz - a.gz || a.url.localeCompare(b.url));

console.log(`\nBenchmark of ${path.relative(root, DIST) || DIST}: release build vs a static page with the same text; `
  + `${RUNS} run(s), medians; CPU ${SLOWDOWN}x slower; ${VIEWPORT.width}×${VIEWPORT.height} with touch\n`);

for (const w of wasms) {
  console.log(row([`wasm: ${w.file}`, 'raw', 'gzip']));
  console.log(row(['---', '---:', '---:']));
  console.log(row(['code (section 10)', kb(w.code.raw), kb(w.code.gz)]));
  console.log(row(['data (section 11)', kb(w.data.raw), kb(w.data.gz)]));
  const custom = w.custom.length ? `; custom: ${w.custom.join(', ')}` : '';
  console.log(row([`everything else (types, imports, exports, …${custom})`, kb(w.rest.raw), kb(w.rest.gz)]));
  console.log(row(['**total** (gzip of the whole file)', `**${kb(w.total.raw)}**`, `**${kb(w.total.gz)}**`]));
  console.log('');
}

const by = (u) => [u.page && `page ×${u.page}`, u.worker && `service worker ×${u.worker}${u.precache ? ` (precache ×${u.precache})` : ''}`]
  .filter(Boolean).join(', ') || '–';
console.log(row(['fetched until idle, no interaction', 'gzip', 'from the network', 'asked for by']));
console.log(row(['---', '---:', '---:', '---']));
for (const u of files) {
  const name = u.file ? path.relative(DIST, u.file) : `${u.url} (not in dist: ${u.statuses.join(', ') || 'none'}; counts 0)`;
  console.log(row([name, kb(u.gz), u.network ? `×${u.network}` : 'no (cache)', by(u)]));
}
console.log(row(['**total**, each URL once', `**${kb(typical.idle.once)}**`, '', '']));
console.log('');

const visitFigure = `${kb(visitEvery)}${twice.size ? `; ${twice.size} URL(s) fetched twice` : '; no URL twice'}`;
const earlyFigure = shown === early.length ? `card shows${early.length > 1 ? ` (${shown}/${early.length})` : ''}`
  : `**nothing**${early.length > 1 ? ` (card shows in ${shown}/${early.length})` : ''}`;
const budgets = [
  { measure: 'everything fetched until idle, no interaction (gzip, each URL once, service worker precache included)',
    value: idleOnce, ours: kb(idleOnce), static: kb(baseOnce), budget: `≤ ${BUDGET.idleKB} KB`, met: idleOnce <= BUDGET.idleKB * 1024 },
  { measure: 'a whole first visit: idle, then two taps on names (gzip, every request, repeats included)',
    value: visitEvery, ours: visitFigure, static: '–', budget: `≤ ${BUDGET.visitKB} KB, no URL fetched twice`,
    met: visitEvery <= BUDGET.visitKB * 1024 && twice.size === 0 },
  { measure: 'first contentful paint', value: fcp, ours: `${ms(fcp)} (${(fcp / baseFcp).toFixed(2)}×)`, static: ms(baseFcp),
    budget: `≤ ${BUDGET.fcpRatio}× static`, met: fcp <= BUDGET.fcpRatio * baseFcp },
  { measure: 'tap on a name → next paint, first tap (a name on the first screen)', value: tap, ours: ms(tap), static: '–',
    budget: `≤ ${BUDGET.tapMs} ms`, met: tap <= BUDGET.tapMs },
  { measure: 'tap on a name → next paint, later tap (after scrolling)', value: tapLater, ours: ms(tapLater), static: '–',
    budget: `≤ ${BUDGET.tapMs} ms`, met: tapLater <= BUDGET.tapMs },
  { measure: 'a tap on a name 100 ms after first paint, the wasm not yet arrived', value: early.length ? shown : NaN,
    ours: earlyFigure, static: '–', budget: 'the card shows', met: early.length > 0 && shown === early.length },
  { measure: 'layout shift, load and the app\'s start (worst run)', value: cls, ours: cls.toFixed(4), static: baseCls.toFixed(4),
    budget: '0.00', met: cls.toFixed(2) === '0.00' },
];
console.log(row(['measure', 'explainer', 'static page', 'budget', 'status']));
console.log(row(['---', '---:', '---:', '---', '---']));
for (const b of budgets) console.log(row([b.measure, b.ours, b.static, b.budget, status(b.value, b.met)]));
console.log('');

// What the table rests on, and anything that went wrong, so a surprising figure can be checked.
const first = typical.names?.first;
const later = typical.names?.later;
const lines = [
  `Names open cards (the app-ready mark): ${ms(ready)}; service worker: ${typical.sw}.`,
  first && `Tapped: "${first.text}" (${first.target}) on the first screen, then `
    + (later ? `"${later.text}" (${later.target}), ${later.screens.toFixed(1)} screens further down.` : 'no later name.'),
  `Requests Chromium reported from the service worker: ${typical.idle.workerSeen} until idle `
    + `(the server saw ${typical.idle.precacheAtServer} labelled as precache).`,
  ...[...twice.values()].map((t) => `Fetched twice: ${t.url}, ×${t.times} (page ×${t.page}, service worker ×${t.worker}) in ${t.runs}/${ours.length} run(s).`),
  ...early.filter((r) => r.note).map((r) => `Tap before the wasm: ${r.note}.`),
  ...ours.flatMap((r, i) => r.notes.map((n) => `Run ${i + 1}: ${n}.`)),
].filter(Boolean);
for (const line of [...new Set(lines)]) console.log(`- ${line}`);

if (JSON_FILE) {
  const strip = (r) => ({ ...r, idle: { ...r.idle, urls: r.idle.urls.map(({ file, ...u }) => u) }, visit: { ...r.visit, urls: r.visit.urls.map(({ file, ...u }) => u) } });
  fs.writeFileSync(JSON_FILE, `${JSON.stringify({
    date: new Date().toISOString(),
    dist: DIST,
    runs: RUNS,
    cpuSlowdown: SLOWDOWN,
    viewport: VIEWPORT,
    wasm: wasms,
    medians: {
      idleBytesGzip: idleOnce, staticIdleBytesGzip: baseOnce, visitBytesGzip: visitEvery,
      fcpMs: fcp, staticFcpMs: baseFcp, appReadyMs: ready, tapMs: tap, tapLaterMs: tapLater,
    },
    worst: { cls, staticCls: baseCls },
    tapBeforeWasm: { shown, of: early.length, runs: early },
    fetchedTwice: [...twice.values()],
    budgets: budgets.map(({ measure, value, budget, met }) => ({ measure, value: Number.isFinite(value) ? value : null, budget, met })),
    perRun: { explainer: ours.map(strip), static: lower.map(strip) },
  }, null, 2)}\n`);
  console.log(`\nWrote ${JSON_FILE}.`);
}
