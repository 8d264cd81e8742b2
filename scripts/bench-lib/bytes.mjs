// What a request costs a reader: the gzip size (level 9) of the built file it names.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const gzip = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;
const gzCache = new Map();

/// The built file a requested path names, or null: `/` is index.html; requests for anything else (a 404, the
/// server's own pages) count 0 bytes.
export function fileOf(dir, urlPath) {
  if (!urlPath.startsWith('/')) return null; // another origin
  let p;
  try {
    p = decodeURIComponent(new URL(urlPath, 'http://x').pathname);
  } catch {
    return null;
  }
  if (p.endsWith('/')) p += 'index.html';
  const file = path.join(dir, p);
  return file.startsWith(path.resolve(dir) + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()
    ? file
    : null;
}

export function gzipOf(dir, urlPath) {
  const file = fileOf(dir, urlPath);
  if (!file) return 0;
  if (!gzCache.has(file)) gzCache.set(file, gzip(fs.readFileSync(file)));
  return gzCache.get(file);
}
