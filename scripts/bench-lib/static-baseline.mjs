// The lower bound the benchmark compares with: a plain static page holding the same article text, no script.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEED_FILE, content } from '../../e2e/lib/article.mjs';

/// Writes the static page to a new temporary folder and returns the folder (the caller removes it).
export function staticBaseline() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'baseline-'));
  const seed = fs.readFileSync(SEED_FILE, 'utf8');
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const paras = seed
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => `<p>${esc(l)}</p>`)
    .join('\n');
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Static baseline</title>
<link rel="icon" href="data:,"><style>body{max-width:42rem;margin:auto;padding:1rem;font:1.125rem/1.6 Georgia,serif}</style>
</head><body><h1>${esc(content().article.title)}</h1>${paras}</body></html>`,
  );
  return dir;
}
