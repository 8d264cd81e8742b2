// Shared set-up for the test files: one server for dist/, one browser, the seed text and the actor list.
import fs from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { serve } from './server.mjs';
import { launch, DIST } from './browser.mjs';
import { contentText, SEED_FILE } from './article.mjs';

export function seedLines() {
  const seed = fs.readFileSync(SEED_FILE, 'utf8');
  return seed.split('\n').filter((l) => l.trim() !== '');
}

/// Actor ids and names, read from the content file (not from the page), so the tests check the page against it.
export function actorsFromContent() {
  const toml = contentText();
  const blocks = toml.split('[[actors]]').slice(1);
  return blocks.map((b) => ({ id: /\nid = "([^"]+)"/.exec(b)[1], name: /\nname = "([^"]+)"/.exec(b)[1] }));
}

/// The items of one kind (`places`, `claims`, `actors`, …) as { id, name }, in the content file's order (name is
/// undefined for kinds without one).
export function itemsFromContent(kind) {
  const toml = contentText();
  return toml.split(`[[${kind}]]`).slice(1).map((b) => ({
    id: /\nid = "([^"]+)"/.exec(b)[1],
    name: /\nname = "([^"]+)"/.exec(b.split('\n[')[0])?.[1],
  }));
}

/// A table of the content file (`article`, `map`) as { key: value } for its string values.
export function tableFromContent(name) {
  const toml = contentText();
  const table = toml.split(new RegExp(`(?:^|\n)\\[${name}\\]\n`))[1].split('\n[')[0];
  // TOML basic strings escape as JSON strings do.
  return Object.fromEntries([...table.matchAll(/^(\w+) = ("(?:[^"\\]|\\.)*")/gm)].map(([, key, value]) => [key, JSON.parse(value)]));
}

export async function startAll(serverOptions) {
  const server = await serve(DIST, serverOptions);
  const browser = await launch();
  return { server, browser, stop: async () => { await browser.close(); await server.close(); } };
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
/// the code: `context` (the `text` of every context line, in `context = [...]` arrays and `[[….context]]` tables,
/// of actors, places and claims alike), `roles` (the actors' roles) and `quotes` (every `quote`: claims,
/// responses, framings and what actors say).
export function cardTextsFromContent() {
  const toml = contentText();
  // TOML basic strings escape as JSON strings do; the content file uses no literal ('…') or multi-line strings.
  const STRING = /"(?:[^"\\\n]|\\.)*"/g;
  const strings = (text) => [...text.matchAll(STRING)].map(([s]) => JSON.parse(s));
  const valuesOf = (key, text) => [...text.matchAll(new RegExp(`(?:^|[\\s{,])${key} = ("(?:[^"\\\\\\n]|\\\\.)*")`, 'gm'))]
    .map(([, s]) => JSON.parse(s));
  /// The text from just after the `[` at `start` to its closing `]` (brackets inside strings do not count).
  const arrayAt = (start) => {
    let depth = 1;
    for (let i = start; i < toml.length; i++) {
      const c = toml[i];
      if (c === '"') {
        for (i++; toml[i] !== '"'; i++) if (toml[i] === '\\') i++;
      } else if (c === '[') depth++;
      else if (c === ']' && --depth === 0) return toml.slice(start, i);
    }
    throw new Error(`unclosed array at ${start}`);
  };
  const context = [];
  for (const m of toml.matchAll(/^context = \[/gm)) context.push(...valuesOf('text', arrayAt(m.index + m[0].length)));
  for (const [, body] of toml.matchAll(/^\[\[[\w.]*\bcontext\]\]\n([\s\S]*?)(?=^\[|(?![\s\S]))/gm)) {
    context.push(...valuesOf('text', body));
  }
  const roles = [...toml.matchAll(/^roles = \[/gm)].flatMap((m) => strings(arrayAt(m.index + m[0].length)));
  const unique = (xs) => [...new Set(xs)];
  return { context: unique(context), roles: unique(roles), quotes: unique(valuesOf('quote', toml)) };
}

/// A folder for a host "news site" page (served on its own port, another origin), with Pym.js's parent script in it.
export function hostDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const require = createRequire(import.meta.url);
  fs.copyFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), path.join(dir, 'pym.v1.min.js'));
  return dir;
}
