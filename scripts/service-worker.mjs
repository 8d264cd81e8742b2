// Fills in the service worker's page list and version, and each page's build id, from a built directory (an article's folder, dist/<id>/,
// after the prerender; scripts/build runs it): each HTML page with the files it loads when scripts run. The worker precaches only what the
// visited page needs. The version is a hash of every file's name and content, so any change makes a new cache.
// Usage: node scripts/service-worker.mjs <dir>
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/service-worker.mjs <dir>');
  process.exit(2);
}

/// The local files a page loads with scripts on: stylesheets, scripts, icons and the app's wasm (boot.js's data
/// attributes). What sits in <noscript> is loaded only without scripts, when no worker runs. The web manifest is
/// left out: not every browser fetches it, and reading the page offline does not need it.
function filesLoadedBy(html) {
  const page = html.replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
  const refs = [];
  for (const [, , tag] of page.matchAll(/<(link|script)\b([^>]*)>/g)) {
    for (const [, name, value] of tag.matchAll(/\s(href|src|data-wasm-js|data-wasm-bin)="([^"]+)"/g)) {
      if (name === 'href' && !/\brel="(stylesheet|icon|modulepreload|preload)"/.test(tag)) continue;
      refs.push(value);
    }
  }
  const local = refs.filter((r) => !/^[a-z]+:|^\/\/|^#/i.test(r)).map((r) => r.replace(/^\.\//, '').split(/[?#]/)[0]);
  return [...new Set(local)].sort();
}

const sw = path.join(dir, 'sw.js');
const files = fs
  .readdirSync(dir)
  .filter((f) => f !== 'sw.js' && fs.statSync(path.join(dir, f)).isFile())
  .sort();
const pages = {};
for (const page of files.filter((f) => f.endsWith('.html'))) {
  const loaded = filesLoadedBy(fs.readFileSync(path.join(dir, page), 'utf8'));
  const missing = loaded.filter((f) => !files.includes(f));
  if (missing.length) {
    console.error(`${page} loads files the build does not have: ${missing.join(', ')}`);
    process.exit(1);
  }
  pages[page] = loaded;
}
const hash = crypto.createHash('sha256');
for (const f of files) hash.update(f).update(fs.readFileSync(path.join(dir, f)));
const version = hash.digest('hex').slice(0, 16);
// The article's id, which the prerender wrote on the page's <html data-article>.
const article = /<html[^>]*\sdata-article="([a-z0-9-]+)"/.exec(
  fs.readFileSync(path.join(dir, 'index.html'), 'utf8'),
)?.[1];
if (!article) {
  console.error(`${dir}/index.html: no <html data-article="…"> (the prerender writes it)`);
  process.exit(1);
}
const source = fs.readFileSync(sw, 'utf8');
if (!source.includes('__VERSION__') || !source.includes('__PAGES__') || !source.includes('__ARTICLE__')) {
  console.error(`${sw}: no placeholders to fill`);
  process.exit(1);
}
fs.writeFileSync(
  sw,
  source.replace('__VERSION__', version).replace('__ARTICLE__', article).replace('__PAGES__', JSON.stringify(pages)),
);
// Every page carries the same version as its build id (the template's data-build="__BUILD__"), so the page can tell
// a reader it changed since their last visit (public/boot.js). Filled in after hashing, so hashing stays stable.
for (const page of Object.keys(pages)) {
  const file = path.join(dir, page);
  const html = fs.readFileSync(file, 'utf8');
  if (!html.includes('data-build="__BUILD__"')) {
    console.error(`${file}: no data-build="__BUILD__" to fill (the template writes it)`);
    process.exit(1);
  }
  fs.writeFileSync(file, html.replace('data-build="__BUILD__"', `data-build="${version}"`));
}
for (const [page, loaded] of Object.entries(pages)) console.log(`service worker: ${page} loads ${loaded.length} files`);
console.log(`service worker: article ${article}, version ${version}`);
