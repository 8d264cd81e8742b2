// The live preview for authors: `node scripts/preview.mjs content/<article-id>.toml <folder> [port]` serves the
// article from <folder> (a copy of the built app, target/app) while its content file is written. The prerender
// watches the file (its `--watch` mode, on the operating system's file events) and renders the article again on
// every save, or, while the file is invalid, a page listing its problems; each time, the open tab reloads.
// scripts/preview builds what this needs and runs it; the e2e test drives it through `startPreview`.
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { serve } from '../e2e/lib/server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PRERENDER = path.join(ROOT, 'target/release/prerender');
const TEMPLATE = path.join(ROOT, 'target/app/index.html');

/// Serves `dir` and renders `contentFile` into it on every save. `onStatus` hears each render's line
/// ("preview: rendered … in 180 ms", or "… has problems …"), after the tab has been told to reload.
export async function startPreview({ contentFile, dir, port = 0, onStatus = () => {} }) {
  const server = await serve(path.dirname(dir), { port, preview: true });
  // Run from the repository's root: the prerender finds the map extracts there (map/<article-id>.json).
  const watcher = spawn(PRERENDER, ['--watch', path.resolve(contentFile), TEMPLATE, path.resolve(dir)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => watcher.on('exit', resolve));
  readline.createInterface({ input: watcher.stdout }).on('line', (line) => {
    if (!line.startsWith('preview:')) return;
    server.reload();
    onStatus(line);
  });
  return {
    url: `${server.url}${path.basename(dir)}/`,
    close: async () => {
      watcher.kill();
      await exited;
      await server.close();
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [contentFile, dir, port = '8080'] = process.argv.slice(2);
  if (!contentFile || !dir) {
    console.error('usage: node scripts/preview.mjs content/<article-id>.toml <folder> [port]');
    process.exit(2);
  }
  const preview = await startPreview({ contentFile, dir, port: Number(port), onStatus: (line) => console.log(line) });
  console.log(`Previewing ${contentFile} at ${preview.url}  (save the file to see it again; Ctrl-C to stop)`);
}
