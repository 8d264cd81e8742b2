// A reader who comes back after a correction: the article is built (build A) and visited, so its service worker
// installs; then it is built again from a copy of its content file with one card line corrected and a correction
// added (build B), and the same origin serves build B. The next visit, online, shows the corrected line, the
// correction under the headline and beside the item, and the note that the explainer changed since the last visit,
// with every script, stylesheet and wasm of build B. Then the network fails: a reload still opens build B, the
// copy this device saved, and says so, dated. In Chromium (playwright-core) and Firefox ESR (puppeteer-core over
// WebDriver BiDi). Both builds come from scripts/build-article, on the app and prerender scripts/build compiled.
//
// A correction alone changes no script: the app's hashed files have the same names and bytes in both builds, so
// which build they came from cannot be told. Build B's app is therefore a copy whose boot.js (the one script that
// keeps its name from build to build) marks the page it runs in, as a deployment that changed code would: the
// page must run build B's boot.js, and the new worker must keep build B's bytes of every file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'smol-toml';
import { ARTICLE, CONTENT_FILE, ROOT, content, contentText } from '../lib/article.mjs';
import { launch, withPage, appReady, VIEWPORTS } from '../lib/browser.mjs';
import { serve } from '../lib/server.mjs';
import { seriousViolations } from '../lib/axe.mjs';
import { serviceWorkerControls } from '../lib/service-worker.mjs';
import { launchEngine, openApp, waitFor } from '../lib/engines/index.mjs';

/// A date's day in this machine's time zone, which the browsers share: YYYY-MM-DD, and in words as the page writes
/// dates (explainer_core::dates::human_date): 5 December 2026.
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const two = (n) => String(n).padStart(2, '0');
const localDay = (d) => `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
const inWords = (d) => `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
/// The day after an ISO day.
const dayAfter = (iso) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86400000).toISOString().slice(0, 10);

// The day the test began: the saved copy is dated this day or the next (a run across midnight).
const DAY_BEFORE = localDay(new Date());
// What build B's boot.js sets in the page it runs in.
const BOOT_MARK = 'explainerTestBoot';

let work, site, server, url;
const build = {}; // A and B: { dir, version, html, files }
let edit; // what build B changed: { id, card, line, corrected, correction: { date, text }, count }

/// Copies the content file and its seed text into `dir` (the copy keeps the article's file name, its id, and sits
/// beside its seed), with the content file's text replaced by `text`; returns the copy's path.
function contentCopy(dir, text) {
  fs.mkdirSync(dir, { recursive: true });
  const seed = content().article.seed;
  fs.copyFileSync(path.join(path.dirname(CONTENT_FILE), seed), path.join(dir, seed));
  const copy = path.join(dir, `${ARTICLE}.toml`);
  fs.writeFileSync(copy, text);
  return copy;
}

/// A copy of the built app (target/app) whose boot.js first marks the page it runs in as build B's.
function markedApp(dir) {
  fs.cpSync(path.join(ROOT, 'target/app'), dir, { recursive: true });
  const boot = path.join(dir, 'boot.js');
  fs.writeFileSync(boot, `self.${BOOT_MARK} = 'B';\n${fs.readFileSync(boot, 'utf8')}`);
  return dir;
}

/// Builds a content file into `dir` with scripts/build-article, run from elsewhere (it finds the repository itself);
/// returns the build's version (each page's data-build), its files and their bytes.
function buildArticle(toml, dir, app) {
  const env = app ? { ...process.env, APP: app } : process.env;
  execFileSync(path.join(ROOT, 'scripts/build-article'), [toml, dir], { cwd: work, env, stdio: 'pipe' });
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const version = /<html\b[^>]*\sdata-build="([0-9a-f]+)"/.exec(html)?.[1];
  assert.ok(version, `${dir}/index.html has a build id on <html>`);
  assert.ok(
    fs.readFileSync(path.join(dir, 'sw.js'), 'utf8').includes(JSON.stringify(version)),
    "the worker's version is the pages' build id",
  );
  const files = new Map(fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f))]));
  return { dir, version, html, files };
}

/// Puts a build where the server serves the article (/<id>/), in place of the one there: the same origin, as a
/// deployment replaces the files a reader's browser has seen.
function deploy({ dir }) {
  const to = path.join(site, ARTICLE);
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(dir, to, { recursive: true });
}

/// The first actor with a context line whose card sheet is on build A's page; build B's content text has that line
/// with a word added, and one more correction naming the actor, dated after every correction before it (so the
/// note under the headline changes its date) and not before today.
function correctedContent(htmlA) {
  const parsed = content();
  const actor = parsed.actors.find((a) => a.context?.length && htmlA.includes(`id="card-${a.id}"`));
  assert.ok(actor, 'an actor on the page has a context line');
  const line = actor.context[0].text;
  const space = line.indexOf(' ');
  assert.ok(space > 0, `the line has more than one word: ${line}`);
  // A word after the first: the whole old line is then nowhere in the new one.
  const corrected = `${line.slice(0, space)} (corrected)${line.slice(space)}`;
  const text = contentText();
  assert.equal(text.split(line).length, 2, `the content file holds the line once: ${line}`);
  const existing = parsed.corrections ?? [];
  const latest = [parsed.article.explainer_published, ...existing.map((c) => c.date)].sort().at(-1);
  const date = [DAY_BEFORE, dayAfter(latest)].sort().at(-1);
  const correction = {
    date,
    text: `An earlier version of the first line of ${actor.id}'s card lacked a word (a correction the update test made).`,
  };
  const edited = `${text.replace(line, corrected)}
[[corrections]]
date = ${JSON.stringify(correction.date)}
text = ${JSON.stringify(correction.text)}
items = [${JSON.stringify(actor.id)}]
`;
  // What the build will read: the line changed and the correction last, naming the actor.
  const check = parse(edited);
  assert.equal(check.actors.find((a) => a.id === actor.id).context[0].text, corrected);
  assert.deepEqual({ ...check.corrections.at(-1) }, { ...correction, items: [actor.id] });
  edit = { id: actor.id, card: `#card-${actor.id}`, line, corrected, correction, count: existing.length };
  return edited;
}

const countText = (n) => (n === 1 ? '1 correction' : `${n} corrections`);

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'explainer-updates-'));
  site = path.join(work, 'site');
  build.A = buildArticle(contentCopy(path.join(work, 'content-a'), contentText()), path.join(work, 'A'));
  build.B = buildArticle(
    contentCopy(path.join(work, 'content-b'), correctedContent(build.A.html)),
    path.join(work, 'B'),
    markedApp(path.join(work, 'app-b')),
  );
  // The server serves the site's folder, not the article's, so the article is at /<id>/ as on a real site, and the
  // worker's scope is that folder.
  fs.mkdirSync(site);
  server = await serve(site);
  url = `${server.url}${ARTICLE}/`;
});

after(async () => {
  await server?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

test('the two builds differ in their build id, pages and worker, and only build B has the correction', () => {
  const { A, B } = build;
  assert.notEqual(A.version, B.version, 'a new build id');
  const changed = [...new Set([...A.files.keys(), ...B.files.keys()])]
    .filter((f) => !A.files.get(f)?.equals(B.files.get(f) ?? Buffer.alloc(0)))
    .sort();
  assert.ok(
    ['index.html', 'sw.js', 'boot.js'].every((f) => changed.includes(f)),
    `changed: ${changed}`,
  );
  assert.ok(
    !A.files.get('boot.js').includes(BOOT_MARK) && B.files.get('boot.js').includes(BOOT_MARK),
    "only build B's boot.js marks the page",
  );
  // The text as the page writes it (the prerender escapes nothing in these two strings).
  assert.ok(A.html.includes(edit.line) && !A.html.includes(edit.corrected), 'build A has the old line');
  assert.ok(B.html.includes(edit.corrected) && !B.html.includes(edit.line), 'build B has the corrected line only');
  assert.ok(!A.html.includes(edit.correction.text) && B.html.includes(edit.correction.text));
});

/// What the page shows and loaded, as plain data (both drivers pass it back): runs in the page.
function pageState(card) {
  const html = document.documentElement;
  const shown = (id) => {
    const el = document.getElementById(id);
    return Boolean(el && !el.hidden && el.getClientRects().length > 0);
  };
  const savedTime = document.querySelector('#edition-saved time');
  return {
    app: html.dataset.app ?? null,
    build: html.dataset.build ?? null,
    savedAt: html.dataset.savedAt ?? null,
    card: document.querySelector(card)?.textContent ?? null,
    marks: [...document.querySelectorAll(`${card} .correction-mark`)].map((p) => p.textContent),
    corrections: document.getElementById('corrections')?.textContent ?? null,
    lastCorrected: document.querySelector('#corrections summary time')?.getAttribute('datetime') ?? null,
    updated: shown('edition-updated'),
    saved: shown('edition-saved'),
    savedDate: savedTime?.getAttribute('datetime') ?? null,
    savedText: savedTime?.textContent ?? null,
    seen: localStorage.getItem(`explainer-${html.dataset.article}-build`),
    loaded: performance.getEntriesByType('resource').map((e) => e.name),
    boot: self.explainerTestBoot ?? null,
  };
}

/// The service worker's state and this article's caches: runs in the page.
async function workerState(prefix) {
  const reg = await navigator.serviceWorker.getRegistration();
  return {
    active: reg?.active?.state ?? null,
    installing: Boolean(reg?.installing),
    waiting: Boolean(reg?.waiting),
    controlled: Boolean(navigator.serviceWorker.controller),
    caches: (await caches.keys()).filter((k) => k.startsWith(prefix)).sort(),
  };
}

/// The date the kept copy of this page carries (the worker's X-Explainer-Saved header): runs in the page.
async function keptAt(cache) {
  const hit = await (await caches.open(cache)).match(location.href, { ignoreSearch: true });
  return hit?.headers.get('X-Explainer-Saved') ?? null;
}

/// The SHA-256 of what the cache keeps for each file name (relative to the page), or null: runs in the page.
async function keptDigests([cache, names]) {
  const kept = await caches.open(cache);
  const out = {};
  for (const name of names) {
    const hit = await kept.match(new URL(name, location.href).href);
    const digest = hit && new Uint8Array(await crypto.subtle.digest('SHA-256', await hit.arrayBuffer()));
    out[name] = digest ? [...digest].map((b) => b.toString(16).padStart(2, '0')).join('') : null;
  }
  return out;
}

const sha256 = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');

const cacheOf = (version) => `explainer-${ARTICLE}-${version}`;

/// Waits until build B's worker has taken over: active and controlling the page, nothing installing or waiting,
/// and this article's only cache is build B's (build A's deleted on activate).
async function waitForWorkerB(evaluate) {
  const want = {
    active: 'activated',
    installing: false,
    waiting: false,
    controlled: true,
    caches: [cacheOf(build.B.version)],
  };
  let state;
  const end = Date.now() + 20000;
  do {
    state = await evaluate(workerState, `explainer-${ARTICLE}-`);
    if (JSON.stringify(state) === JSON.stringify(want)) return;
    await new Promise((r) => setTimeout(r, 100));
  } while (Date.now() < end);
  assert.deepEqual(state, want, "build B's worker takes over within 20 s");
}

/// The first visit: build A, no note (nothing was seen before), and the build remembered.
function assertFirstVisit(state) {
  assert.equal(state.build, build.A.version);
  assert.equal(state.boot, null, "build A's boot.js");
  assert.notEqual(state.lastCorrected, edit.correction.date);
  assert.equal(state.seen, build.A.version, 'the build seen is remembered');
  assert.deepEqual([state.updated, state.saved], [false, false], 'no note on a first visit');
  assert.ok(state.card.includes(edit.line) && !state.card.includes(edit.corrected), 'the old line in the card');
  assert.ok(!state.marks.some((m) => m.includes(edit.correction.text)), 'no new correction beside the item');
  if (edit.count) assert.ok(state.corrections.includes(countText(edit.count)), state.corrections);
  else assert.equal(state.corrections, null, 'no corrections note');
}

/// Build B's corrected page: the corrected line in the card sheet, the correction under the headline (counted and
/// dated) and beside the item.
function assertCorrected(state) {
  assert.equal(state.build, build.B.version, "build B's page");
  assert.ok(
    state.card.includes(edit.corrected) && !state.card.includes(edit.line),
    `the corrected line: ${state.card}`,
  );
  assert.ok(state.corrections?.includes(edit.correction.text), 'the correction under the headline');
  assert.ok(state.corrections.includes(countText(edit.count + 1)), `counted: ${state.corrections}`);
  assert.equal(state.lastCorrected, edit.correction.date, 'dated by the newest correction');
  assert.ok(
    state.marks.some((m) => m.includes(edit.correction.text)),
    `the correction beside the item: ${JSON.stringify(state.marks)}`,
  );
}

/// The scripts, stylesheets and wasm a page loaded: their names in the article's folder.
function loadedFiles(loaded) {
  const base = new URL(url);
  return loaded
    .map((u) => new URL(u))
    .filter((u) => u.origin === base.origin && u.pathname.startsWith(base.pathname))
    .map((u) => u.pathname.slice(base.pathname.length))
    .filter((f) => /\.(js|css|wasm)$/.test(f));
}

/// Every script, stylesheet and wasm the page loaded is build B's: a file of build B by name, and where build A has
/// different bytes under that name (boot.js), build B's ran. Not vacuous: the page loaded each kind.
function assertLoadedFromB(state) {
  const names = loadedFiles(state.loaded);
  for (const ext of ['.js', '.css', '.wasm'])
    assert.ok(
      names.some((n) => n.endsWith(ext)),
      `the page loaded a ${ext} file: ${names}`,
    );
  const notB = names.filter((n) => !build.B.files.has(n));
  const differ = names.filter((n) => build.A.files.has(n) && !build.A.files.get(n).equals(build.B.files.get(n)));
  assert.deepEqual({ notB, differ }, { notB: [], differ: ['boot.js'] }, `loaded: ${names}`);
  assert.equal(state.boot, 'B', "the page ran build B's boot.js, not build A's");
}

/// Build B's worker keeps build B's bytes of the page's every script, stylesheet and wasm (what it serves offline
/// and, for hashed names, on every later visit).
async function assertKeptFromB(evaluate, state) {
  const names = loadedFiles(state.loaded);
  const kept = await evaluate(keptDigests, [cacheOf(build.B.version), names]);
  assert.deepEqual(kept, Object.fromEntries(names.map((n) => [n, sha256(build.B.files.get(n))])));
}

/// The offline reload: build B's page from the device's copy, marked saved on the day the worker kept it.
function assertSavedCopy(state, kept) {
  assertCorrected(state);
  assert.ok(kept, 'the worker kept the page with its date');
  assert.equal(state.savedAt, kept, 'the page says when it was kept');
  assert.deepEqual([state.saved, state.updated], [true, false], 'the offline note, and only it');
  assert.ok([DAY_BEFORE, localDay(new Date())].includes(state.savedDate), `saved today: ${state.savedDate}`);
  assert.equal(state.savedDate, localDay(new Date(kept)), "the reader's day the copy was kept");
  assert.equal(state.savedText, inWords(new Date(kept)), 'in words, as the page writes dates');
}

test('chromium: after a new build, the next visit shows the correction and says so; offline, the saved copy opens, dated', async () => {
  deploy(build.A);
  const browser = await launch();
  try {
    await withPage(browser, url, { viewport: VIEWPORTS.desktop }, async ({ page, context }) => {
      const evaluate = (fn, arg) => page.evaluate(fn, arg);
      await serviceWorkerControls(page);
      assertFirstVisit(await evaluate(pageState, edit.card));

      deploy(build.B);
      await page.goto(url);
      await appReady(page);
      const online = await evaluate(pageState, edit.card);
      assertCorrected(online);
      assert.equal(online.seen, build.B.version);
      assert.deepEqual([online.updated, online.saved], [true, false], 'the note that the explainer changed');
      assertLoadedFromB(online);
      assert.deepEqual(await seriousViolations(page), [], 'axe-core, with the note shown');

      await waitForWorkerB(evaluate);
      await assertKeptFromB(evaluate, online);
      const kept = await evaluate(keptAt, cacheOf(build.B.version));
      await context.setOffline(true);
      await page.reload();
      await appReady(page);
      const offline = await evaluate(pageState, edit.card);
      assertSavedCopy(offline, kept);
      assertLoadedFromB(offline);
      assert.deepEqual(await seriousViolations(page), [], 'axe-core, offline, with the saved-copy note shown');
      await context.setOffline(false);
    });
  } finally {
    await browser.close();
  }
});

test('firefox: after a new build, the next visit shows the correction and says so; offline, the saved copy opens, dated', async () => {
  deploy(build.A);
  const engine = await launchEngine('firefox');
  let page;
  try {
    page = await openApp(engine, url, VIEWPORTS.desktop);
    const evaluate = (fn, arg) => page.evaluate(fn, arg);
    await serviceWorkerControls(page);
    assertFirstVisit(await evaluate(pageState, edit.card));

    deploy(build.B);
    await page.goto(url);
    const ready = () => document.documentElement.dataset.app === 'ready';
    await waitFor(page, ready, null, { timeout: 30000, message: 'the app to start on build B' });
    const online = await evaluate(pageState, edit.card);
    assertCorrected(online);
    assert.equal(online.seen, build.B.version);
    assert.deepEqual([online.updated, online.saved], [true, false], 'the note that the explainer changed');
    assertLoadedFromB(online);

    await waitForWorkerB(evaluate);
    await assertKeptFromB(evaluate, online);
    const kept = await evaluate(keptAt, cacheOf(build.B.version));
    // Offline: the server drops every connection. Firefox's own offline mode over BiDi (puppeteer's setOfflineMode)
    // does not reach the service worker's fetches: the reload then came from the network, not the saved copy.
    server.state.offline = true;
    await page.reload();
    await waitFor(page, ready, null, { timeout: 30000, message: 'the app to start offline' });
    const offline = await evaluate(pageState, edit.card);
    assertSavedCopy(offline, kept);
    assertLoadedFromB(offline);
    assert.deepEqual(page.nativeErrors(), [], 'no console error or uncaught exception');
  } finally {
    server.state.offline = false;
    await page?.close().catch(() => {});
    await engine.close();
  }
});
