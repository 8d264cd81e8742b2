// Shared set-up for the test files: one server for dist/, one browser, the seed text and the card text of the content file.
import fs from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { serve } from './server.mjs';
import { launch, DIST } from './browser.mjs';
import { content, SEED_FILE } from './article.mjs';

export function seedLines() {
  const seed = fs.readFileSync(SEED_FILE, 'utf8');
  return seed.split('\n').filter((l) => l.trim() !== '');
}

export async function startAll(serverOptions) {
  const server = await serve(DIST, serverOptions);
  const browser = await launch();
  return {
    server,
    browser,
    stop: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/// Polls `check` until it returns true or `ms` pass (for smooth scrolling and other animations).
export async function eventually(check, ms = 3000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

/// The card and claim text of the content file, each string once, for checks that it is in the page and not in
/// the code: `context` (the `text` of every context line, wherever a `context` list stands: actors, places and
/// claims alike), `roles` (the actors' roles) and `quotes` (every `quote`: claims, responses, framings, what actors
/// say and the timeline's). Read from the parsed content file, whatever its TOML spelling.
export function cardTextsFromContent() {
  const [context, roles, quotes] = [[], [], []];
  const walk = (value) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== 'object') return undefined;
    for (const [key, v] of Object.entries(value)) {
      if (key === 'context') context.push(...v.map((line) => line.text));
      else if (key === 'roles') roles.push(...v);
      else if (key === 'quote') quotes.push(v);
      walk(v);
    }
    return undefined;
  };
  walk(content());
  for (const [kind, strings] of Object.entries({ context, roles, quotes })) {
    const bad = strings.filter((s) => typeof s !== 'string');
    if (bad.length) throw new Error(`${kind}: not a string: ${JSON.stringify(bad[0])}`);
  }
  const unique = (xs) => [...new Set(xs)];
  return { context: unique(context), roles: unique(roles), quotes: unique(quotes) };
}

/// A folder for a host "news site" page (served on its own port, another origin), with Pym.js's parent script in it.
export function hostDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const require = createRequire(import.meta.url);
  fs.copyFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), path.join(dir, 'pym.v1.min.js'));
  return dir;
}
