// Minifies the built site's scripts and stylesheet in place, with esbuild (tools/): the first view's budget counts
// every byte. Trunk's own minifier would also rewrite index.html, whose placeholders the prerender fills after it.
// Usage: node scripts/minify.mjs <file>...   (a .js file keeps its module or script form; a .css file stays CSS)
import fs from 'node:fs';
import { transformSync } from '../tools/node_modules/esbuild/lib/main.js';

const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: node scripts/minify.mjs <file>...');
  process.exit(2);
}
for (const file of files) {
  const source = fs.readFileSync(file, 'utf8');
  const loader = file.endsWith('.css') ? 'css' : 'js';
  // No target: esbuild keeps the syntax as written (modules, top-level await), which every current engine runs.
  const { code } = transformSync(source, { loader, minify: true, legalComments: 'none' });
  fs.writeFileSync(file, code);
}
