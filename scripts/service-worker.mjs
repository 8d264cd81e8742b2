// Fills in the service worker's file list and version from a built directory (Trunk's staging dir, from the
// post_build hook). The version is a hash of every file's name and content, so any change makes a new cache.
// Usage: node scripts/service-worker.mjs <dir>
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/service-worker.mjs <dir>');
  process.exit(2);
}
const sw = path.join(dir, 'sw.js');
const files = fs.readdirSync(dir).filter((f) => f !== 'sw.js' && fs.statSync(path.join(dir, f)).isFile()).sort();
const hash = crypto.createHash('sha256');
for (const f of files) hash.update(f).update(fs.readFileSync(path.join(dir, f)));
const version = hash.digest('hex').slice(0, 16);
const list = ['./', ...files.map((f) => `./${f}`)];
const source = fs.readFileSync(sw, 'utf8');
if (!source.includes('__VERSION__') || !source.includes('__FILES__')) {
  console.error(`${sw}: no placeholders to fill`);
  process.exit(1);
}
fs.writeFileSync(sw, source.replace('__VERSION__', version).replace('__FILES__', JSON.stringify(list)));
console.log(`service worker: ${list.length} files, version ${version}`);
