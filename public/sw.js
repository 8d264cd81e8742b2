// Service worker: after one visit the explainer works offline, for classrooms with unreliable Wi-Fi.
// scripts/service-worker.mjs fills in VERSION, ARTICLE and PAGES at build time: each built page with the files it loads
// (hashed names), so each deployment gets its own cache and the old one is deleted when the new worker takes over.
const VERSION = '__VERSION__';
const ARTICLE = '__ARTICLE__';
const PAGES = __PAGES__;
// Named by article, so two explainers on one site keep their own caches; a new version replaces only its own.
const MINE = `explainer-${ARTICLE}-`;
const CACHE = `${MINE}${VERSION}`;

// Every file some page loads: only these (and the pages) are ever cached.
const KNOWN = new Set(Object.entries(PAGES).flatMap(([page, files]) => [page, ...files]));

/// The built page a URL shows, or undefined: `./` is index.html.
function pageOf(url) {
  const name = url.pathname.slice(url.pathname.lastIndexOf('/') + 1) || 'index.html';
  return PAGES[name] ? name : undefined;
}

/// A known file of this build, by the path after the worker's own folder.
function knownFile(url) {
  const base = new URL('./', self.location.href);
  return (
    url.origin === base.origin
    && url.pathname.startsWith(base.pathname)
    && KNOWN.has(url.pathname.slice(base.pathname.length))
  );
}

// Precache only what the open pages need: the page itself and the files it loads. The page has just fetched
// all of them, so they are taken from the browser's HTTP cache (`force-cache`) rather than downloaded again;
// only a file the page has not loaded yet goes to the network. Other pages (embed.html) are cached on their
// first visit, by the fetch handler below.
self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const urls = new Set();
      for (const client of windows) {
        const url = new URL(client.url);
        const page = pageOf(url);
        if (url.origin !== self.location.origin || !page) continue;
        url.hash = '';
        urls.add(url.href);
        for (const file of PAGES[page]) urls.add(new URL(file, url).href);
      }
      await Promise.all(
        [...urls].map(async (url) => {
          if (await cache.match(url)) return;
          // The header only labels the request, so a server's log (and our tests) can tell a precache from the page.
          const response = await fetch(
            new Request(url, { cache: 'force-cache', headers: { 'X-Explainer-Precache': '1' } }),
          );
          if (response.ok) await cache.put(url, pageOf(new URL(url)) ? await dated(response) : response);
        }),
      );
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(MINE) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

/// The header that dates a kept page: when this device saved it, which the page tells an offline reader.
const SAVED = 'X-Explainer-Saved';

/// A page's response as it is kept: the same, dated now.
async function dated(response) {
  const headers = new Headers(response.headers);
  headers.set(SAVED, new Date().toISOString());
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

/// Keeps a copy of a good response for a known file or page, without delaying the reader. Pages are kept dated.
function keep(event, request, response, page = false) {
  if (response.ok && response.type === 'basic') {
    const copy = response.clone();
    event.waitUntil((async () => (await caches.open(CACHE)).put(request, page ? await dated(copy) : copy))());
  }
  return response;
}

/// A kept page, served offline: marked with the day it was saved (`data-saved-at` on `<html>`), so the page can
/// say it is the saved copy and from when. Every file it loads is of the same build, from the same cache.
async function savedCopy(hit) {
  const html = await hit.text();
  const saved = hit.headers.get(SAVED) || '';
  const marked = html.replace('<html ', `<html data-saved-at="${saved.replace(/[^0-9TZ:.-]/g, '')}" `);
  return new Response(marked, { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

/// A file whose name carries a hash of its content (Trunk's `name-<16 hex digits>`, the wasm's `…_bg.wasm`): a new
/// content is a new name, so a kept copy is never stale.
const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z]+$/;

// Pages: the network first, so a new deployment shows at once; the cache when offline (the same page under
// `./` or `index.html`, with any query). Files with a hashed name: the cache first. Files that keep their name from
// one build to the next (boot.js): the network first too, like pages. From the cache first, the worker of the
// build before would give a new build's page its old boot.js, and the new worker, whose precache takes what the
// page loaded from the HTTP cache, would keep that old copy as its own: a returning reader would never get the new
// file.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    const page = pageOf(url);
    if (!page) return;
    event.respondWith(
      fetch(request)
        .then((response) => keep(event, request, response, true))
        .catch(async () => {
          const cache = await caches.open(CACHE);
          const hit = await cache.match(request, { ignoreSearch: true });
          if (hit) return savedCopy(hit);
          if (page !== 'index.html') return Response.error();
          const other = await cache.match(new URL(url.pathname.endsWith('/') ? 'index.html' : './', url), {
            ignoreSearch: true,
          });
          return other ? savedCopy(other) : Response.error();
        }),
    );
    return;
  }
  if (!knownFile(url)) return;
  if (!HASHED.test(url.pathname)) {
    event.respondWith(
      fetch(request)
        .then((response) => keep(event, request, response))
        .catch(async () => (await (await caches.open(CACHE)).match(request)) ?? Response.error()),
    );
    return;
  }
  event.respondWith(
    caches.match(request).then((hit) => hit || fetch(request).then((response) => keep(event, request, response))),
  );
});
