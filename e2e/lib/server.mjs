// A small static server for the built dist/, on loopback only. Tests can add response headers (a strict CSP)
// and switch to "offline" to check the service worker, or hold back the wasm (`holdWasm`) to test the page before
// the app runs. Every request is logged with its status, so tests can find
// failed and repeated requests. With `probe: true` (the cross-engine suite), every HTML page it serves gets the
// test-only listener /__test-probe.js as its first script, and /__frame.html?src=…&width=…&height=… is a host page
// holding that page in a same-origin iframe of that size (WebKit's window cannot get as narrow as a phone).
// With `preview: true` (scripts/preview), every page gets /__preview.js, which reloads the tab when the server's
// `reload()` is called (a server-sent event), and the service worker keeps nothing: the page is always the newest.
// With `compress: true`, text is sent gzipped to a browser that accepts it, as any real host sends it (Lighthouse
// times downloads from the bytes on the wire).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const PROBE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'engines/probe.js');
const PROBE_TAG = '<script src="/__test-probe.js"></script>';
const PREVIEW_TAG = '<script src="/__preview.js"></script>';
const PREVIEW_SCRIPT = `new EventSource('/__preview/events').addEventListener('reload', () => location.reload());`;

function framePage(params) {
  const width = Number(params.get('width')) || 375;
  const height = Number(params.get('height')) || 812;
  const src = params.get('src') ?? '/';
  if (!src.startsWith('/') || src.startsWith('//')) return null;
  const attr = (v) => String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test host: ${width} px</title>
<link rel="icon" href="data:,"></head><body>
<iframe id="frame" title="Page under test at ${width} px" width="${width}" height="${height}" frameborder="0" src="${attr(src)}"></iframe>
</body></html>`;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/// The test-only pages the probe adds (its script, and the frame WebKit's narrow viewports use); true if it answered.
function answerProbe(url, res, headers) {
  if (url.pathname === '/__test-probe.js') {
    res.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'no-cache', ...headers });
    res.end(fs.readFileSync(PROBE));
    return true;
  }
  if (url.pathname === '/__frame.html') {
    const page = framePage(url.searchParams);
    if (!page) res.writeHead(400).end();
    else {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-cache' });
      res.end(page.replace(/<head>/i, `<head>${PROBE_TAG}`));
    }
    return true;
  }
  return false;
}

/// The file a URL names under `root`, or an answer already sent: 400 for a bad path, 403 outside the root, 301 to
/// a folder's trailing slash (or its relative URLs would point one level up).
function fileFor(root, url, res) {
  let file;
  try {
    file = path.join(root, decodeURIComponent(url.pathname));
  } catch {
    res.writeHead(400).end();
    return null;
  }
  if (file !== root && !file.startsWith(root + path.sep)) {
    res.writeHead(403).end();
    return null;
  }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
    if (!url.pathname.endsWith('/')) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return null;
    }
    file = path.join(file, 'index.html');
  }
  return file;
}

/// The live preview's own answers (its reload script, the events that trigger it, a service worker that keeps nothing); true if it
/// answered.
function answerPreview(url, req, res, clients) {
  if (url.pathname === '/__preview.js') {
    res.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'no-cache' }).end(PREVIEW_SCRIPT);
    return true;
  }
  if (url.pathname === '/__preview/events') {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    res.write(': connected\n\n');
    clients.add(res);
    req.on('close', () => clients.delete(res));
    return true;
  }
  if (url.pathname.endsWith('/sw.js')) {
    // A worker with no fetch handler: every request goes to the server, so the tab always shows the newest page.
    res
      .writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'no-cache' })
      .end('// the preview keeps no copy');
    return true;
  }
  return false;
}

/// Sends a file, with the probe (or the preview's reload script) in its head when it is a page.
function sendFile(file, req, res, { probe, preview, headers, compress }) {
  fs.readFile(file, (err, body) => {
    if (err) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const tags = (probe ? PROBE_TAG : '') + (preview ? PREVIEW_TAG : '');
    if (tags && path.extname(file) === '.html') {
      body = Buffer.from(String(body).replace(/<head(\s[^>]*)?>/i, (tag) => tag + tags));
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const gzip =
      compress && /text|json|svg|javascript/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, {
      'content-type': type,
      'cache-control': 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      ...headers,
    });
    res.end(gzip ? zlib.gzipSync(body) : body);
  });
}

export async function serve(dir, { headers = {}, port = 0, probe = false, preview = false, compress = false } = {}) {
  const root = path.resolve(dir);
  // requests: every URL asked for, in order; log: the same with its path and the status answered (null while the
  // response is being sent, or if it never was).
  // holdWasm: while true, a request for a .wasm file waits (a test holds the app back, then calls releaseWasm()).
  const state = { offline: false, requests: [], log: [], holdWasm: false, held: [] };
  const previewClients = new Set();
  state.releaseWasm = () => {
    state.holdWasm = false;
    for (const send of state.held.splice(0)) send();
  };
  const server = http.createServer((req, res) => {
    state.requests.push(req.url);
    const url = new URL(req.url, 'http://localhost');
    // precache: asked for by the service worker's install step (public/sw.js labels those requests).
    const entry = {
      url: req.url,
      path: url.pathname,
      status: null,
      precache: req.headers['x-explainer-precache'] === '1',
    };
    state.log.push(entry);
    res.on('finish', () => {
      entry.status = res.statusCode;
    });
    if (state.offline) {
      req.socket.destroy();
      return;
    }
    if (probe && answerProbe(url, res, headers)) return;
    if (preview && answerPreview(url, req, res, previewClients)) return;
    const file = fileFor(root, url, res);
    if (!file) return;
    const send = () => sendFile(file, req, res, { probe, preview, headers, compress });
    if (state.holdWasm && path.extname(file) === '.wasm') state.held.push(send);
    else send();
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = server.address().port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    origin: `http://127.0.0.1:${actual}`,
    state,
    /// Reloads every tab open on the preview.
    reload: () => {
      for (const client of previewClients) client.write('event: reload\ndata: now\n\n');
    },
    // Without closing them, kept-alive browser connections hold close() for Node's 5 s keep-alive timeout.
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}
