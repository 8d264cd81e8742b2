// Which article the tests, the benchmark and the screenshots run against: E2E_ARTICLE, else DEFAULT_ARTICLE
// (scripts/env.sh), else the first content file. Its content file is content/<id>.toml and its build dist/<id>/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'smol-toml';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/// Every article in content/, by id.
export const ARTICLES = fs
  .readdirSync(path.join(ROOT, 'content'))
  .filter((f) => f.endsWith('.toml'))
  .map((f) => f.slice(0, -5))
  .sort();

export const ARTICLE = process.env.E2E_ARTICLE ?? process.env.DEFAULT_ARTICLE ?? ARTICLES[0];
if (!ARTICLES.includes(ARTICLE)) throw new Error(`no content/${ARTICLE}.toml (articles: ${ARTICLES.join(', ')})`);

export const CONTENT_FILE = path.join(ROOT, 'content', `${ARTICLE}.toml`);
/// The content file's text.
export const contentText = () => fs.readFileSync(CONTENT_FILE, 'utf8');
/// The content file, parsed (a fresh copy each call, so a test may change its own).
export const content = () => parse(contentText());

/// The explainer's own words in the article's language (content/words/<language>.toml), as its pages write them.
export const words = () =>
  parse(fs.readFileSync(path.join(ROOT, 'content/words', `${content().article.language.split('-')[0]}.toml`), 'utf8'));
/// A catalogue line with its `{slots}` filled: `fill('Mention {n} of {total}', { n: 1, total: 3 })`.
export const fill = (line, values) =>
  line.replace(/\{([a-z_]+)\}/g, (slot, name) => (name in values ? `${values[name]}` : slot));
/// A CSS selector for the button a catalogue line names (`aria-label`), in any language.
export const buttonNamed = (name) => `button[aria-label=${JSON.stringify(name)}]`;

/// The seed file the content file names (`[article] seed`, relative to the content file).
export const SEED_FILE = path.join(path.dirname(CONTENT_FILE), content().article.seed);
