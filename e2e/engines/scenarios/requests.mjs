// Finding 3 of issue 10: a first visit (a fresh origin: no cache, no service worker) downloads each file once.
import assert from 'node:assert/strict';
import { serve } from '../../lib/server.mjs';
import { DIST, VIEWPORTS } from '../../lib/browser.mjs';
import { sleep } from '../../lib/engines/index.mjs';

/// Requests per path in server log entries: the test's own probe and frame host left out, and `/` counted as
/// /index.html (one document, whichever name fetches it).
function countByPath(entries) {
  const counts = {};
  for (const r of entries) {
    if (r.path.startsWith('/__')) continue;
    const key = r.path === '/' ? '/index.html' : r.path;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/// One first visit on a server of its own, until idle: the service worker's state and the requests it made.
async function firstVisit(open) {
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
    const log = fresh.state.log;
    return {
      worker,
      counts: countByPath(log),
      page: countByPath(log.filter((r) => !r.precache)),
      precache: countByPath(log.filter((r) => r.precache)),
      failed: log.filter((r) => r.status >= 400).map((r) => `${r.status} ${r.url}`),
    };
  } finally {
    await fresh.close();
  }
}

export function requestScenarios({ engineName, group, open }) {
  // One visit, made by whichever of the two tests runs first.
  let visit;
  const visitOnce = () => {
    visit ??= firstVisit(open);
    return visit;
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
    const twice = (c) =>
      Object.entries(c)
        .filter(([, n]) => n > 1)
        .map(([p, n]) => `${p} ×${n}`);
    const embed = Object.keys(counts).filter((p) => p === '/embed.html');
    if (httpCache) {
      assert.deepEqual(
        { twice: twice(counts), embed },
        { twice: [], embed: [] },
        `requests: ${JSON.stringify(counts)}`,
      );
    } else {
      const beyondPage = Object.keys(precache).filter((p) => !(p in page));
      assert.deepEqual(
        { twice: twice(page), precacheTwice: twice(precache), beyondPage, embed },
        { twice: [], precacheTwice: [], beyondPage: [], embed: [] },
        `page: ${JSON.stringify(page)}, precache: ${JSON.stringify(precache)}`,
      );
    }
  });
}
