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
//
// This file is the command line and the report; the measuring is in ./bench-lib/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../e2e/lib/server.mjs';
import { launch, DIST } from '../e2e/lib/browser.mjs';
import { SLOWDOWN, VIEWPORT } from './bench-lib/throttled-page.mjs';
import { staticBaseline } from './bench-lib/static-baseline.mjs';
import { wasmsIn } from './bench-lib/wasm-parts.mjs';
import { measure } from './bench-lib/measure.mjs';
import { tapBeforeWasm } from './bench-lib/tap-before-wasm.mjs';
import { median } from './bench-lib/stats.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const option = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Number(option('--runs') ?? 5);
const JSON_FILE = option('--json');

const BUDGET = { idleKB: 100, visitKB: 130, fcpRatio: 1.2, tapMs: 50, cls: 0 };

/// RUNS runs of each: the explainer (`ours`), the static page (`lower`) and the tap before the wasm (`early`).
async function runAll() {
  const browser = await launch();
  const app = await serve(DIST);
  const baseDir = staticBaseline();
  const base = await serve(baseDir);
  const runs = { ours: [], lower: [], early: [] };
  try {
    for (let i = 0; i < RUNS; i++) {
      runs.ours.push(await measure(browser, app, DIST, true));
      runs.lower.push(await measure(browser, base, baseDir, false));
      runs.early.push(await tapBeforeWasm(browser, app));
    }
  } finally {
    await browser.close();
    await app.close();
    await base.close();
    fs.rmSync(baseDir, { recursive: true, force: true });
  }
  return runs;
}

/// The figures the tables show: medians over the runs, the worst layout shift, and the URLs fetched twice.
function summarise({ ours, lower, early }) {
  const f = {
    idleOnce: median(ours.map((r) => r.idle.once)),
    baseOnce: median(lower.map((r) => r.idle.once)),
    visitEvery: median(ours.map((r) => r.visit.every)),
    fcp: median(ours.map((r) => r.fcp)),
    baseFcp: median(lower.map((r) => r.fcp)),
    ready: median(ours.map((r) => r.ready)),
    cls: Math.max(...ours.map((r) => r.cls)),
    baseCls: Math.max(...lower.map((r) => r.cls)),
    tap: median(ours.map((r) => r.tap)),
    tapLater: median(ours.map((r) => r.tapLater)),
    shown: early.filter((r) => r.shown).length,
  };
  // A URL fetched twice in any run (by URL, with the runs it happened in).
  f.twice = new Map();
  for (const r of ours)
    for (const t of r.visit.twice) f.twice.set(t.url, { ...t, runs: (f.twice.get(t.url)?.runs ?? 0) + 1 });
  // The per-file table is the run whose idle total is the median (the same files in every run, normally).
  f.typical = ours.find((r) => r.idle.once === f.idleOnce) ?? ours[0];
  return f;
}

const kb = (n) => (Number.isFinite(n) ? `${(n / 1024).toFixed(1)} KB` : '–');
const ms = (n) => (Number.isFinite(n) ? `${Math.round(n)} ms` : '–');
const row = (cols) => `| ${cols.join(' | ')} |`;
const status = (value, ok) => (!Number.isFinite(value) ? 'not measured' : ok ? 'met' : '**not met**');

function printWasms(wasms) {
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
}

function printFiles(typical) {
  const files = typical.idle.urls.sort((a, b) => b.gz - a.gz || a.url.localeCompare(b.url));
  const by = (u) =>
    [
      u.page && `page ×${u.page}`,
      u.worker && `service worker ×${u.worker}${u.precache ? ` (precache ×${u.precache})` : ''}`,
    ]
      .filter(Boolean)
      .join(', ') || '–';
  console.log(row(['fetched until idle, no interaction', 'gzip', 'from the network', 'asked for by']));
  console.log(row(['---', '---:', '---:', '---']));
  for (const u of files) {
    const name = u.file
      ? path.relative(DIST, u.file)
      : `${u.url} (not in dist: ${u.statuses.join(', ') || 'none'}; counts 0)`;
    console.log(row([name, kb(u.gz), u.network ? `×${u.network}` : 'no (cache)', by(u)]));
  }
  console.log(row(['**total**, each URL once', `**${kb(typical.idle.once)}**`, '', '']));
  console.log('');
}

/// Each budget of issue 11: the measure, our figure, the static page's, the budget and whether it is met.
function budgetsOf(f, early) {
  const visitFigure = `${kb(f.visitEvery)}${f.twice.size ? `; ${f.twice.size} URL(s) fetched twice` : '; no URL twice'}`;
  const earlyFigure =
    f.shown === early.length
      ? `card shows${early.length > 1 ? ` (${f.shown}/${early.length})` : ''}`
      : `**nothing**${early.length > 1 ? ` (card shows in ${f.shown}/${early.length})` : ''}`;
  return [
    {
      measure: 'everything fetched until idle, no interaction (gzip, each URL once, service worker precache included)',
      value: f.idleOnce,
      ours: kb(f.idleOnce),
      static: kb(f.baseOnce),
      budget: `≤ ${BUDGET.idleKB} KB`,
      met: f.idleOnce <= BUDGET.idleKB * 1024,
    },
    {
      measure: 'a whole first visit: idle, then two taps on names (gzip, every request, repeats included)',
      value: f.visitEvery,
      ours: visitFigure,
      static: '–',
      budget: `≤ ${BUDGET.visitKB} KB, no URL fetched twice`,
      met: f.visitEvery <= BUDGET.visitKB * 1024 && f.twice.size === 0,
    },
    {
      measure: 'first contentful paint',
      value: f.fcp,
      ours: `${ms(f.fcp)} (${(f.fcp / f.baseFcp).toFixed(2)}×)`,
      static: ms(f.baseFcp),
      budget: `≤ ${BUDGET.fcpRatio}× static`,
      met: f.fcp <= BUDGET.fcpRatio * f.baseFcp,
    },
    {
      measure: 'tap on a name → next paint, first tap (a name on the first screen)',
      value: f.tap,
      ours: ms(f.tap),
      static: '–',
      budget: `≤ ${BUDGET.tapMs} ms`,
      met: f.tap <= BUDGET.tapMs,
    },
    {
      measure: 'tap on a name → next paint, later tap (after scrolling)',
      value: f.tapLater,
      ours: ms(f.tapLater),
      static: '–',
      budget: `≤ ${BUDGET.tapMs} ms`,
      met: f.tapLater <= BUDGET.tapMs,
    },
    {
      measure: 'a tap on a name 100 ms after first paint, the wasm not yet arrived',
      value: early.length ? f.shown : NaN,
      ours: earlyFigure,
      static: '–',
      budget: 'the card shows',
      met: early.length > 0 && f.shown === early.length,
    },
    {
      measure: "layout shift, load and the app's start (worst run)",
      value: f.cls,
      ours: f.cls.toFixed(4),
      static: f.baseCls.toFixed(4),
      budget: '0.00',
      met: f.cls.toFixed(2) === '0.00',
    },
  ];
}

function printBudgets(budgets) {
  console.log(row(['measure', 'explainer', 'static page', 'budget', 'status']));
  console.log(row(['---', '---:', '---:', '---', '---']));
  for (const b of budgets) console.log(row([b.measure, b.ours, b.static, b.budget, status(b.value, b.met)]));
  console.log('');
}

// What the table rests on, and anything that went wrong, so a surprising figure can be checked.
function printNotes(f, { ours, early }) {
  const first = f.typical.names?.first;
  const later = f.typical.names?.later;
  const lines = [
    `Names open cards (the app-ready mark): ${ms(f.ready)}; service worker: ${f.typical.sw}.`,
    first
      && `Tapped: "${first.text}" (${first.target}) on the first screen, then `
        + (later
          ? `"${later.text}" (${later.target}), ${later.screens.toFixed(1)} screens further down.`
          : 'no later name.'),
    `Requests Chromium reported from the service worker: ${f.typical.idle.workerSeen} until idle `
      + `(the server saw ${f.typical.idle.precacheAtServer} labelled as precache).`,
    ...[...f.twice.values()].map(
      (t) =>
        `Fetched twice: ${t.url}, ×${t.times} (page ×${t.page}, service worker ×${t.worker}) in ${t.runs}/${ours.length} run(s).`,
    ),
    ...early.filter((r) => r.note).map((r) => `Tap before the wasm: ${r.note}.`),
    ...ours.flatMap((r, i) => r.notes.map((n) => `Run ${i + 1}: ${n}.`)),
  ].filter(Boolean);
  for (const line of [...new Set(lines)]) console.log(`- ${line}`);
}

function writeJson(file, wasms, f, budgets, { ours, lower, early }) {
  const strip = (r) => ({
    ...r,
    idle: { ...r.idle, urls: r.idle.urls.map(({ file, ...u }) => u) },
    visit: { ...r.visit, urls: r.visit.urls.map(({ file, ...u }) => u) },
  });
  fs.writeFileSync(
    file,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        dist: DIST,
        runs: RUNS,
        cpuSlowdown: SLOWDOWN,
        viewport: VIEWPORT,
        wasm: wasms,
        medians: {
          idleBytesGzip: f.idleOnce,
          staticIdleBytesGzip: f.baseOnce,
          visitBytesGzip: f.visitEvery,
          fcpMs: f.fcp,
          staticFcpMs: f.baseFcp,
          appReadyMs: f.ready,
          tapMs: f.tap,
          tapLaterMs: f.tapLater,
        },
        worst: { cls: f.cls, staticCls: f.baseCls },
        tapBeforeWasm: { shown: f.shown, of: early.length, runs: early },
        fetchedTwice: [...f.twice.values()],
        budgets: budgets.map(({ measure, value, budget, met }) => ({
          measure,
          value: Number.isFinite(value) ? value : null,
          budget,
          met,
        })),
        perRun: { explainer: ours.map(strip), static: lower.map(strip) },
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nWrote ${file}.`);
}

// ---------------------------------------------------------------------------------------------------------------

if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error(`no build in ${DIST}: run scripts/build first`);
const wasms = wasmsIn(DIST);
const runs = await runAll();
const figures = summarise(runs);

console.log(
  `\nBenchmark of ${path.relative(root, DIST) || DIST}: release build vs a static page with the same text; `
    + `${RUNS} run(s), medians; CPU ${SLOWDOWN}x slower; ${VIEWPORT.width}×${VIEWPORT.height} with touch\n`,
);
printWasms(wasms);
printFiles(figures.typical);
const budgets = budgetsOf(figures, runs.early);
printBudgets(budgets);
printNotes(figures, runs);
if (JSON_FILE) writeJson(JSON_FILE, wasms, figures, budgets, runs);
