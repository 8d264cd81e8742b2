// What a reader does, written once and run in each engine: Firefox and WebKit (firefox.test.mjs, webkit.test.mjs)
// and Chromium (chromium.test.mjs). Each test is one page load where it can be.
//
// Errors come from the probe script the test server adds to every page it serves (WebKit's driver has no console
// access), and requests from the server's own log. Phone widths in WebKit are an iframe of that width (see
// ../lib/engines/webkit.mjs): MiniBrowser's window cannot get narrower than about 447 px.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { serve } from '../lib/server.mjs';
import { DIST, VIEWPORTS } from '../lib/browser.mjs';
import { itemsFromContent } from '../lib/fixtures.mjs';
import { seriousViolations } from '../lib/axe.mjs';
import { measureTouchTargets } from '../lib/touch-targets.mjs';
import { launchEngine, openApp, waitFor, errors, sleep } from '../lib/engines/index.mjs';

const require = createRequire(import.meta.url);
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

// Ids and names from the content file, not from the page.
const ACTORS = itemsFromContent('actors');
const PLACES = itemsFromContent('places');
const CLAIMS = itemsFromContent('claims');
const ACTOR = ACTORS[0];
// The first place in the content file: a marker on the map with a hit circle (the map scenario checks it is there).
const PLACE = PLACES[0];
// Two claims that are folded on a fresh page (the first one is open by default).
const [CLAIM_A, CLAIM_B] = CLAIMS.slice(-2);

const mention = (id) => `.mention[data-target="${id}"]`;
const feature = (id) => `#map-${id}`;

/// Defines the scenarios for one engine. `skip`: { group: reason } for scenario groups not to run in it.
export function scenarios(engineName, { skip = {} } = {}) {
  let engine;
  let server;
  let host;
  before(async () => {
    engine = await launchEngine(engineName);
    server = await serve(DIST, { probe: true });
    // A "news site" on another origin, embedding embed.html with a real Pym.js parent.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-host-'));
    fs.copyFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), path.join(dir, 'pym.v1.min.js'));
    fs.writeFileSync(path.join(dir, 'pym.html'), `<!doctype html><html><head><meta charset="utf-8"><title>Host</title>
      <link rel="icon" href="data:,"></head><body><h1>A news site</h1><div id="explainer"></div>
      <script src="pym.v1.min.js"></script>
      <script>window.pymParent = new pym.Parent('explainer', ${JSON.stringify(`${server.url}embed.html`)}, { title: 'Explainer' });</script>
      <p>After the embed.</p></body></html>`);
    host = await serve(dir, { probe: true });
  });
  after(async () => {
    await engine?.close();
    await server?.close();
    await host?.close();
  });

  // Pages still open when a test ends (it failed half-way) are closed after it.
  const pages = new Set();
  afterEach(async () => {
    for (const page of pages) await page.close().catch(() => {});
    pages.clear();
  });
  const track = (page) => {
    pages.add(page);
    const close = page.close;
    page.close = async () => { pages.delete(page); await close(); };
    return page;
  };

  const name = (title) => `${engineName}: ${title}`;
  const group = (key, title, fn) => test(name(title), { skip: skip[key] ?? false }, fn);

  /// Opens the app and returns the page and the server log entries it caused so far (a function, read it later).
  async function open(url, viewport, srv = server) {
    const from = srv.state.log.length;
    const page = track(await openApp(engine, url, viewport));
    return { page, requests: () => srv.state.log.slice(from) };
  }
  function assertNoFailedRequest(requests) {
    const failed = requests().filter((r) => r.status >= 400).map((r) => `${r.status} ${r.url}`);
    assert.deepEqual(failed, [], 'no failed request');
  }
  async function assertNoError(page) {
    assert.deepEqual(await errors(page), [], 'no error, rejection, CSP violation or console.error');
  }
  const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? null);
  const cardGone = (page) => waitFor(page, () => !document.getElementById('card'), null, { message: 'the card to close' });

  /// Waits until the card is open and nothing moves any more (smooth scrolling, placement).
  async function settledCard(page) {
    await waitFor(page, () => document.getElementById('card') !== null, null, { message: 'a card to open' });
    let last = '';
    const end = Date.now() + 4000;
    while (Date.now() < end) {
      const now = await page.evaluate(() => JSON.stringify([scrollX, scrollY, document.getElementById('card')?.getBoundingClientRect()]));
      if (now === last) break;
      last = now;
      await sleep(150);
    }
  }

  group('before-app', 'before the wasm arrives, a click on a name shows its card; when it arrives, the card moves beside the name', async () => {
    server.state.holdWasm = true;
    let page;
    try {
      page = track(await engine.open(server.url, VIEWPORTS.desktop));
      // The page has loaded and painted; the app is held back.
      assert.equal(await page.evaluate(() => document.documentElement.dataset.app ?? null), null, 'the app has not started');
      await page.click(mention(ACTOR.id));
      await waitFor(page, (id) => document.getElementById(`card-${id}`)?.checkVisibility(), ACTOR.id, { message: `${ACTOR.id}'s card as a sheet` });
      assert.equal(await page.evaluate((id) => document.querySelector(`#card-${id} .card__title`).textContent, ACTOR.id), ACTOR.name);
    } finally {
      server.state.releaseWasm();
    }
    await waitFor(page, () => document.documentElement.dataset.app === 'ready', null, { timeout: 30000, message: 'the app to start' });
    await settledCard(page);
    assert.equal(await page.evaluate(() => document.querySelector('#card .card__title')?.textContent), ACTOR.name);
    const first = await page.evaluate((sel) => document.querySelector(sel).id, mention(ACTOR.id));
    assert.equal(await page.evaluate((id) => document.getElementById(id).getAttribute('aria-expanded'), first), 'true', 'open at the name clicked');
    assert.equal(await page.evaluate((id) => document.getElementById(`card-${id}`).checkVisibility(), ACTOR.id), false, 'the sheet made way');
    await assertNoError(page);
    await page.close();
  });

  group('load', 'the page loads with no error and no failed request; a card opens by click and by Enter, Esc closes it and focus returns; previous/next', async () => {
    const { page, requests } = await open(server.url, VIEWPORTS.desktop);
    await assertNoError(page);
    assertNoFailedRequest(requests);

    // Click on a name: the card opens and takes focus (it was opened on purpose).
    await page.click(mention(ACTOR.id));
    await waitFor(page, (t) => document.querySelector('#card .card__title')?.textContent === t, ACTOR.name, { message: `${ACTOR.id}'s card` });
    const first = await page.evaluate((sel) => document.querySelector(sel).id, mention(ACTOR.id));
    assert.equal(await page.evaluate((id) => document.getElementById(id).getAttribute('aria-expanded'), first), 'true');
    await waitFor(page, () => Boolean(document.activeElement?.closest('#card')), null, { message: 'focus in the card' });
    await page.press('Escape');
    await cardGone(page);
    assert.equal(await focusedId(page), first, 'Esc gives focus back to the name');

    // Enter on another name.
    const other = ACTORS[1];
    const otherId = await page.evaluate((sel) => {
      const el = document.querySelector(sel);
      el.scrollIntoView({ block: 'center', behavior: 'instant' });
      el.focus();
      return el.id;
    }, mention(other.id));
    await page.press('Enter');
    await waitFor(page, (t) => document.querySelector('#card .card__title')?.textContent === t, other.name, { message: `${other.id}'s card by Enter` });
    await waitFor(page, () => Boolean(document.activeElement?.closest('#card')), null, { message: 'focus in the card' });
    await page.press('Escape');
    await cardGone(page);
    assert.equal(await focusedId(page), otherId, 'Esc gives focus back to the name');

    // Previous and next move through the mentions.
    const total = await page.evaluate((sel) => document.querySelectorAll(sel).length, mention(ACTOR.id));
    assert.ok(total >= 2, `${ACTOR.id} has several mentions`);
    await page.click(mention(ACTOR.id));
    const status = () => page.evaluate(() => document.querySelector('#card .stepper__status')?.textContent);
    await waitFor(page, (t) => document.querySelector('#card .stepper__status')?.textContent === t, `Mention 1 of ${total}`);
    await page.click('#card button[aria-label="Next mention"]');
    await waitFor(page, (t) => document.querySelector('#card .stepper__status')?.textContent === t, `Mention 2 of ${total}`);
    assert.equal(await page.evaluate((sel) => document.querySelectorAll(sel)[1].getAttribute('aria-expanded'), mention(ACTOR.id)), 'true');
    await page.click('#card button[aria-label="Previous mention"]');
    await page.click('#card button[aria-label="Previous mention"]');
    assert.equal(await status(), `Mention ${total} of ${total}`, 'previous from the first wraps to the last');
    await assertNoError(page);
    assertNoFailedRequest(requests);
    await page.close();
  });

  group('claims', "a claim's disclosure opens and closes by click and by Enter", async () => {
    const { page } = await open(server.url, VIEWPORTS.tablet);
    const toggle = `#claim-${CLAIM_A.id}-toggle`;
    // Each claim is a <details> (#claim-<id>) whose <summary> is the toggle.
    const state = () => page.evaluate((sel) => {
      const details = document.querySelector(sel).closest('details');
      const body = details?.querySelector('.claim__body');
      // checkVisibility: a folded <details> may still lay its body out, hidden (content-visibility).
      return `${details?.open} ${body ? body.checkVisibility() : 'no body'}`;
    }, toggle);
    assert.equal(await state(), 'false false', 'folded at first');
    await page.click(toggle);
    assert.equal(await state(), 'true true', 'a click opens it');
    await page.evaluate((sel) => document.querySelector(sel).focus(), toggle);
    await page.press('Enter');
    assert.equal(await state(), 'false false', 'Enter closes it');
    await assertNoError(page);
    await page.close();
  });

  group('map', "the map's zoom buttons zoom; a map feature opens its card, and Esc returns focus to it", async () => {
    const { page } = await open(server.url, VIEWPORTS.desktop);
    const width = () => page.evaluate(() => Number(document.querySelector('#map-svg').getAttribute('viewBox').split(' ')[2]));
    const start = await width();
    await page.click('button[aria-label="Zoom in"]');
    const zoomed = await width();
    assert.ok(zoomed < start, `zoomed in: ${start} → ${zoomed}`);
    await page.click('button[aria-label="Zoom out"]');
    assert.ok(await width() > zoomed, 'zoomed out');
    await page.click('button[aria-label="Reset map"]');
    assert.equal(await width(), start, 'reset');

    assert.ok(await page.evaluate((sel) => document.querySelector(sel) !== null, `${feature(PLACE.id)} circle`), `${PLACE.id} is on the map`);
    await page.click(`${feature(PLACE.id)} circle`);
    await waitFor(page, (t) => document.querySelector('#card .card__title')?.textContent.includes(t), PLACE.name.split(',')[0], { message: `${PLACE.id}'s card` });
    assert.equal(await page.evaluate((sel) => document.querySelector(sel).classList.contains('is-lit'), feature(PLACE.id)), true, 'the feature is lit');
    await page.press('Escape');
    await cardGone(page);
    assert.equal(await focusedId(page), `map-${PLACE.id}`, 'focus back on the map feature');
    await assertNoError(page);
    await page.close();
  });

  group('deep-links', `a link #claims=<id>,<id> opens exactly those claims`, async () => {
    const { page, requests } = await open(`${server.url}#claims=${CLAIM_A.id},${CLAIM_B.id}`, VIEWPORTS.desktop);
    const opened = await waitFor(page, () => {
      const ids = [...document.querySelectorAll('details.claim__details[open] > .claim__toggle')].map((t) => t.id);
      return ids.length ? ids : null;
    }, null, { message: 'open claims' });
    assert.deepEqual(opened.sort(), [`claim-${CLAIM_A.id}-toggle`, `claim-${CLAIM_B.id}-toggle`].sort());
    await assertNoError(page);
    assertNoFailedRequest(requests);
    await page.close();
  });

  // Finding 1 of issue 10: a deep link must open its card as a click on the first mention (or the map feature)
  // would: placed beside it, its top (title, close button) on screen, focus in the card. The same checks run on
  // the card a click opens, so the link is held to exactly what a click gives.
  async function assertCardBeside(page, item, anchorSelector) {
    await settledCard(page);
    const m = await page.evaluate((sel) => {
      const box = (el) => (el ? el.getBoundingClientRect().toJSON() : null);
      return {
        card: box(document.getElementById('card')),
        anchor: box(document.querySelector(sel)),
        title: box(document.querySelector('#card .card__title')),
        close: box(document.querySelector('#card .card__close')),
        titleText: document.querySelector('#card .card__title')?.textContent,
        scroll: [scrollX, scrollY],
        viewport: [innerWidth, innerHeight],
        focused: document.activeElement ? `${document.activeElement.localName}#${document.activeElement.id}` : null,
        focusInCard: Boolean(document.activeElement?.closest('#card')),
      };
    }, anchorSelector);
    const where = JSON.stringify({ card: m.card, anchor: m.anchor, scroll: m.scroll });
    assert.ok(m.titleText?.includes(item.name.split(/[,(]/)[0].trim()), `the card is ${item.name}'s (${m.titleText})`);
    const atCorner = Math.abs(m.card.left + m.scroll[0]) < 1 && Math.abs(m.card.top + m.scroll[1]) < 1;
    assert.ok(!atCorner, `the card is not parked at the page's top-left corner: ${where}`);
    const gap = Math.max(0, m.card.top - m.anchor.bottom, m.anchor.top - m.card.bottom);
    assert.ok(gap <= 400, `the card is beside ${anchorSelector} (vertical gap ${gap.toFixed(0)} px): ${where}`);
    for (const part of ['title', 'close']) {
      assert.ok(m[part] && m[part].top >= -0.5 && m[part].bottom <= m.viewport[1] + 0.5,
        `the card's ${part} is on screen (top ${m[part]?.top.toFixed(0)}, viewport ${m.viewport[1]} px high)`);
    }
    assert.ok(m.focusInCard, `focus is in the card (it is on ${m.focused})`);
    await assertNoError(page);
  }
  for (const [label, viewport] of [['1280', VIEWPORTS.desktop], ['375', VIEWPORTS.phone]]) {
    for (const [kind, item, anchor, what] of [
      ['card', ACTOR, mention(ACTOR.id), 'first mention'],
      ['place', PLACE, feature(PLACE.id), 'map feature'],
    ]) {
      group('deep-links', `at ${label} px a click on the ${what} of ${item.id} opens its card beside it, on screen, with focus in it`, async () => {
        const { page } = await open(server.url, viewport);
        await page.click(kind === 'card' ? anchor : `${anchor} circle`);
        await assertCardBeside(page, item, anchor);
        await page.close();
      });
      group('deep-links', `at ${label} px a link #${kind}=${item.id} opens the card as that click does`, async () => {
        const { page } = await open(`${server.url}#${kind}=${item.id}`, viewport);
        await assertCardBeside(page, item, anchor);
        await page.close();
      });
    }
  }

  group('embed', 'embed.html in a Pym.js parent on another origin follows its height as a claim opens and closes', async () => {
    const page = track(await engine.open(`${host.url}pym.html`, { width: 820, height: 1000 }));
    await waitFor(page, () => document.querySelector('#explainer iframe') !== null, null, { message: 'the Pym.js iframe' });
    const frame = page.frame('#explainer iframe');
    await waitFor(frame, () => document.documentElement.dataset.app === 'ready', null, { timeout: 30000, message: 'the embed to start' });
    const heights = async () => ({
      frame: await page.evaluate(() => document.querySelector('#explainer iframe').getBoundingClientRect().height),
      content: await frame.evaluate(() => Math.ceil(document.getElementById('app').getBoundingClientRect().bottom + scrollY)),
    });
    const until = async (check, message) => {
      const end = Date.now() + 5000;
      let h;
      while (Date.now() < end) {
        h = await heights();
        if (Math.abs(h.frame - h.content) <= 4 && check(h)) return h;
        await sleep(100);
      }
      assert.fail(`${message}: frame ${h.frame} px, content ${h.content} px`);
    };
    const start = await until(() => true, 'the frame fits its content at start');
    await frame.click(`#claim-${CLAIM_A.id}-toggle`);
    const grown = await until((h) => h.frame > start.frame, 'the frame grows when a claim opens');
    await frame.click(`#claim-${CLAIM_A.id}-toggle`);
    await until((h) => h.frame < grown.frame, 'the frame shrinks when it closes');
    assert.deepEqual(await frame.evaluate(() => window.__testProbe?.errors ?? ['no probe']), [], 'no error in embed.html');
    assert.deepEqual(await errors(page), [], 'no error in the host page');
    await page.close();
  });

  // Finding 2 of issue 10 at 375 px (Firefox's classic scrollbar is inside innerWidth).
  for (const viewport of [VIEWPORTS.phone, VIEWPORTS.tablet, VIEWPORTS.desktop]) {
    group('overflow', `no horizontal overflow at ${viewport.width} px with a card open`, async () => {
      const { page } = await open(server.url, viewport);
      await page.click(mention(ACTOR.id));
      await settledCard(page);
      const m = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        innerWidth,
        card: document.getElementById('card').getBoundingClientRect().toJSON(),
      }));
      assert.ok(m.scrollWidth <= m.clientWidth,
        `the page is ${m.scrollWidth} px wide in a ${m.clientWidth} px viewport (innerWidth ${m.innerWidth}; card ${m.card.left.toFixed(1)}–${m.card.right.toFixed(1)})`);
      await assertNoError(page);
      await page.close();
    });
  }

  group('axe', 'axe-core finds no serious or critical violation, with a card open', async () => {
    const { page } = await open(server.url, VIEWPORTS.desktop);
    await page.click(mention(ACTOR.id));
    await settledCard(page);
    assert.deepEqual(await seriousViolations(page), []);
    await page.close();
  });

  group('csp', 'under the strict Content-Security-Policy header, a card, a claim and a map place raise no violation', async () => {
    const strict = await serve(DIST, { probe: true, headers: { 'content-security-policy': CSP } });
    try {
      const { page, requests } = await open(strict.url, VIEWPORTS.desktop, strict);
      await page.click(mention(ACTOR.id));
      await settledCard(page);
      const top = await page.evaluate(() => document.getElementById('card').getBoundingClientRect().top + scrollY);
      assert.ok(top > 0, 'the card is positioned (through the CSSOM, which the policy allows)');
      await page.press('Escape');
      await page.click(`#claim-${CLAIM_A.id}-toggle`);
      await page.click(`${feature(PLACE.id)} circle`);
      await waitFor(page, () => document.getElementById('card') !== null, null, { message: 'the place card' });
      await assertNoError(page);
      assertNoFailedRequest(requests);
      await page.close();
    } finally {
      await strict.close();
    }
  });

  // Finding 3 of issue 10: a first visit (a fresh origin: no cache, no service worker) downloads each file once.
  let firstVisit;
  const visitOnce = () => {
    firstVisit ??= (async () => {
      const fresh = await serve(DIST, { probe: true });
      try {
        const { page } = await open(fresh.url, VIEWPORTS.desktop, fresh);
        // Idle: the service worker has installed (and precached), then a short settle.
        const worker = await page.evaluate(async () => {
          if (!('serviceWorker' in navigator)) return 'no service worker support';
          const ready = await Promise.race([
            navigator.serviceWorker.ready.then(() => 'ready'),
            new Promise((r) => setTimeout(() => r('not ready after 15 s'), 15000)),
          ]);
          return ready;
        });
        await sleep(1500);
        await page.close();
        const count = (entries) => {
          const counts = {};
          for (const r of entries) {
            if (r.path.startsWith('/__')) continue; // the test's own probe and frame host
            const key = r.path === '/' ? '/index.html' : r.path; // one document, whichever name fetches it
            counts[key] = (counts[key] ?? 0) + 1;
          }
          return counts;
        };
        const log = fresh.state.log;
        return {
          worker,
          counts: count(log),
          page: count(log.filter((r) => !r.precache)),
          precache: count(log.filter((r) => r.precache)),
          failed: log.filter((r) => r.status >= 400).map((r) => `${r.status} ${r.url}`),
        };
      } finally {
        await fresh.close();
      }
    })();
    return firstVisit;
  };
  // The service worker's precache takes what the page loaded from the HTTP cache. WebKitGTK driven by WebKitWebDriver
  // keeps no HTTP cache at all (even a page's own `fetch(url, {cache: 'force-cache'})` of a `max-age` response goes
  // back to the server), so there, and only there, the precache's requests reach the server: each once, and only
  // for files the page itself loaded.
  const httpCache = engineName !== 'webkit';
  group('requests', 'a first visit downloads the wasm exactly once', async () => {
    const { counts, page, worker } = await visitOnce();
    const wasm = Object.entries(httpCache ? counts : page).filter(([p]) => p.endsWith('.wasm'));
    assert.equal(wasm.length, 1, `one wasm file (${JSON.stringify(wasm)})`);
    assert.equal(wasm[0][1], 1, `the wasm is fetched ${wasm[0][1]} times (service worker: ${worker})`);
  });
  group('requests', 'a first visit fetches no URL twice, nor embed.html, and nothing fails', async () => {
    const { counts, page, precache, worker, failed } = await visitOnce();
    assert.equal(worker, 'ready', 'the service worker installed');
    assert.deepEqual(failed, [], 'no failed request');
    const twice = (c) => Object.entries(c).filter(([, n]) => n > 1).map(([p, n]) => `${p} ×${n}`);
    const embed = Object.keys(counts).filter((p) => p === '/embed.html');
    if (httpCache) {
      assert.deepEqual({ twice: twice(counts), embed }, { twice: [], embed: [] }, `requests: ${JSON.stringify(counts)}`);
    } else {
      const beyondPage = Object.keys(precache).filter((p) => !(p in page));
      assert.deepEqual({ twice: twice(page), precacheTwice: twice(precache), beyondPage, embed },
        { twice: [], precacheTwice: [], beyondPage: [], embed: [] }, `page: ${JSON.stringify(page)}, precache: ${JSON.stringify(precache)}`);
    }
  });

  // Finding 4 of issue 10 (the same check runs in Chromium in e2e/tests/touch-targets.test.mjs).
  group('touch', 'at tablet size every control outside running text has a 44 × 44 px hit area, and no two overlap', async () => {
    const { page } = await open(server.url, VIEWPORTS.tablet);
    await page.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Expand all')?.click());
    const pageTargets = await page.evaluate(measureTouchTargets, {});
    await page.evaluate(() => scrollTo(0, 0));
    await page.click(mention(ACTOR.id));
    await settledCard(page);
    const cardTargets = await page.evaluate(measureTouchTargets, { within: '#card', scroll: false });
    await page.close();
    assert.ok(pageTargets.count > 20, `targets found: ${pageTargets.count}`);
    assert.deepEqual({ small: pageTargets.small, overlaps: pageTargets.overlaps, mapMisses: pageTargets.mapMisses },
      { small: [], overlaps: [], mapMisses: [] }, 'the page');
    assert.deepEqual({ small: cardTargets.small, overlaps: cardTargets.overlaps }, { small: [], overlaps: [] }, 'an open card');
  });
}
