// Benchmark of the build for authors (issue 21), not a test: prints a table, never fails on a figure.
// - scripts/build of one article, then of every article in content/, each warm (nothing to compile: the Rust is
//   compiled once, whatever the number of articles), and what each article past the first adds;
// - the live preview: from saving an edit to the content file to the open tab showing it, median of N saves.
//
// Usage: node scripts/bench-build.mjs [--saves N]   (after scripts/build, which leaves target/app and the prerender)
// It ends with dist/ holding every article, as scripts/build leaves it.
import { spawn } from 'node:child_process';
import readline from 'node:readline';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../e2e/lib/browser.mjs';
import { startPreview } from './preview.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUDGET_PER_ARTICLE_S = 2;
const BUDGET_SAVE_S = 2;
const savesArg = process.argv.indexOf('--saves');
const SAVES = savesArg > 0 ? Number(process.argv[savesArg + 1]) : 5;

const articles = fs
  .readdirSync(path.join(ROOT, 'content'))
  .filter((f) => f.endsWith('.toml'))
  .sort();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/// scripts/build for these content files: its seconds in all, and the seconds each article took (from its "== id"
/// line to the next article's, or to the site index's end), timed as the build prints them.
async function timeBuild(files) {
  const start = performance.now();
  const marks = [];
  const build = spawn(
    path.join(ROOT, 'scripts/build'),
    files.map((f) => `content/${f}`),
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  readline.createInterface({ input: build.stdout }).on('line', (line) => {
    if (line.startsWith('== ') || line.startsWith('built: ')) marks.push(performance.now());
  });
  const code = await new Promise((resolve) => build.on('exit', resolve));
  if (code !== 0) throw new Error(`scripts/build ${files.join(' ')} failed`);
  const each = marks.slice(1).map((t, i) => (t - marks[i]) / 1000);
  return { total: (performance.now() - start) / 1000, each };
}

/// Milliseconds from each save of an edit to the tab showing it, in the live preview of the first article.
async function timeSaves() {
  const id = articles[0].slice(0, -5);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'explainer-bench-preview-'));
  const copy = path.join(work, 'content', `${id}.toml`);
  fs.mkdirSync(path.dirname(copy));
  fs.copyFileSync(path.join(ROOT, 'content', `${id}.toml`), copy);
  const seed = fs.readFileSync(copy, 'utf8').match(/^seed = "(.*)"$/m)[1];
  fs.copyFileSync(path.join(ROOT, 'content', seed), path.join(work, 'content', seed));
  const dir = path.join(work, 'site', id);
  fs.cpSync(path.join(ROOT, 'target/app'), dir, { recursive: true });
  let rendered = 0;
  const preview = await startPreview({
    contentFile: copy,
    dir,
    onStatus: () => {
      rendered += 1;
    },
  });
  const browser = await launch();
  const times = [];
  try {
    while (rendered === 0) await new Promise((r) => setTimeout(r, 20));
    const page = await browser.newPage();
    await page.goto(preview.url);
    const original = fs.readFileSync(copy, 'utf8');
    const title = original.match(/^title = "(.*)"$/m)[1];
    for (let n = 1; n <= SAVES; n += 1) {
      const marked = `${title} (save ${n})`;
      const start = Date.now();
      fs.writeFileSync(copy, original.replace(`title = "${title}"`, `title = "${marked}"`));
      await page.waitForFunction((t) => document.title === t, marked, { timeout: 20000, polling: 'raf' });
      times.push(Date.now() - start);
    }
  } finally {
    await browser.close();
    await preview.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
  return times;
}

// A first build compiles whatever changed since the last; the figures are of builds with nothing to compile.
// Each figure is the faster of two builds.
await timeBuild(articles);
const faster = (a, b) => (a.total <= b.total ? a : b);
const one = faster(await timeBuild([articles[0]]), await timeBuild([articles[0]]));
const all = faster(await timeBuild(articles), await timeBuild(articles));
// What an extra article adds: the two builds' difference, which Trunk's own run (wasm-opt every time) makes noisy,
// and the articles' own steps as the build printed them, which are not.
const perArticle = (all.total - one.total) / (articles.length - 1);
const steps = all.each;
const saves = await timeSaves();
const status = (ok) => (ok ? 'met' : 'NOT MET');
console.log(`\nBuild for authors (warm; ${articles.length} articles; ${os.cpus().length} cores)\n`);
console.log('| measure | figure | budget | status |');
console.log('|---|---:|---:|---|');
console.log(`| scripts/build, 1 article | ${one.total.toFixed(1)} s | | |`);
console.log(`| scripts/build, ${articles.length} articles | ${all.total.toFixed(1)} s | | |`);
console.log(
  `| each article past the first adds (difference of the two) | ${perArticle.toFixed(2)} s | ≤ ${BUDGET_PER_ARTICLE_S} s | ${status(perArticle <= BUDGET_PER_ARTICLE_S)} |`,
);
const slowest = Math.max(...steps);
console.log(
  `| each article's own steps (prerender, worker, minify; ${steps.map((t) => t.toFixed(2)).join(', ')} s) | ≤ ${slowest.toFixed(2)} s | ≤ ${BUDGET_PER_ARTICLE_S} s | ${status(slowest <= BUDGET_PER_ARTICLE_S)} |`,
);
console.log(
  `| preview: save → tab shows it (median of ${saves.length}; ${saves.join(', ')} ms) | ${median(saves)} ms | ≤ ${BUDGET_SAVE_S * 1000} ms | ${status(median(saves) <= BUDGET_SAVE_S * 1000)} |`,
);
