// What a run asked for and what it downloaded: the browser's requests as they happen, a wait until the network is
// quiet, and the account per URL that the tables are made of.
import { fileOf, gzipOf } from './bytes.mjs';

// "Idle": no new request for this long.
const QUIET_MS = 1000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/// What the browser reports asking for, page and service worker alike: in Chromium, Playwright reports a service
/// worker's requests through the context's `request` event, with `serviceWorker()` set. Some of them never reach
/// the server (answered from the HTTP cache); the server's log says what was fetched from the network.
export function watchRequests(context, origin) {
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

/// Waits until neither the browser nor the server has seen a new request for QUIET_MS (at most `cap` ms).
export async function networkQuiet(server, seen, cap = 30000) {
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

/// Per URL: how often it came from the network (the server's log, the bytes a reader downloads) and how often
/// the browser asked for it, by whom. Totals: each URL once, and every network request.
export function requestsOf(dir, { log, seen }) {
  const urls = new Map();
  const entry = (url) => {
    if (!urls.has(url)) {
      urls.set(url, {
        url,
        file: fileOf(dir, url),
        gz: gzipOf(dir, url),
        network: 0,
        statuses: new Set(),
        page: 0,
        worker: 0,
        precache: 0,
      });
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
    twice: fetched
      .filter((u) => u.network > 1)
      .map((u) => ({ url: u.url, times: u.network, page: u.page, worker: u.worker })),
    workerSeen: list.reduce((n, u) => n + u.worker, 0),
    precacheAtServer: log.filter((e) => e.precache).length,
  };
}

/// The server's log and the browser's requests as they stand now, kept for requestsOf.
export const snapshot = (server, seen) => ({ log: server.state.log.map((e) => ({ ...e })), seen: seen.slice() });
