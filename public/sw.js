// Service worker: after one visit the explainer works offline, for classrooms with unreliable Wi-Fi.
// scripts/service-worker.mjs fills in VERSION and FILES at build time (hashed file names), so each deployment
// gets its own cache and the old one is deleted when the new worker takes over.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `explainer-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('explainer-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Pages: the network first, so a new deployment shows at once; the cache when offline.
// Everything else has a hashed name: the cache first.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(() => caches.match(request, { ignoreSearch: true }).then((hit) => hit || caches.match('./'))),
    );
    return;
  }
  event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
});
