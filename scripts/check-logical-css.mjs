#!/usr/bin/env node
// Fails when a stylesheet sets a physical left or right where a logical start or end belongs: a page in a
// right-to-left language (<html dir="rtl">) mirrors through logical properties alone, and one `padding-left` would
// leave its rule on the wrong side. The map does not mirror (style/map.css), and the few rules below keep a physical
// side for a reason given with each. No dependencies: a small tokenizer, enough for the project's plain CSS.
// Usage: scripts/check-logical-css.mjs [dir]   (dir defaults to style/; every *.css in it is read)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dir = process.argv[2] ?? path.join(ROOT, 'style');

// The map's drawing, labels, buttons and inset keep their sides in every language: the name layout places names
// clear of the buttons (bottom right) and the inset (top left), and a map is not read in a direction.
const EXEMPT_FILES = new Set(['map.css']);

// Physical on purpose, outside the map: file, selector as written (whitespace collapsed), property, and why.
const ALLOWED = [
  {
    file: 'card.css',
    selector: '.card',
    property: 'left',
    // The app sets the card's inline `left` in px from the viewport's left edge (src/behaviour/card.rs, position).
    // A logical start would be `right` in a right-to-left page, where a box with left, right and a width keeps
    // `right` and ignores the app's `left`.
    why: 'placed by the app with an inline left',
  },
];

// Properties that name a physical side, whatever their value.
const PHYSICAL = [
  /^(left|right)$/,
  /^(margin|padding|scroll-margin|scroll-padding)-(left|right)$/,
  /^border-(left|right)(-.*)?$/, // border-left, border-left-color, border-right-width…
  /^border-(top|bottom)-(left|right)-radius$/,
];
// Properties whose value can name a side.
const SIDE_VALUES = new Set(['text-align', 'text-align-last', 'float', 'clear']);
// Shorthands whose 4-value form is top right bottom left: physical when right and left differ.
const BOX_SHORTHANDS = new Set([
  'margin',
  'padding',
  'inset',
  'border-width',
  'border-style',
  'border-color',
  'scroll-margin',
  'scroll-padding',
]);

/** The declarations of a stylesheet: { selector, property, value, line }, with comments and strings skipped. */
function declarations(css) {
  const out = [];
  const stack = []; // the preludes of the open blocks, innermost last
  let buffer = '';
  let bufferLine = 0; // the line of the buffer's first non-space character
  let line = 1;
  const flush = () => {
    const text = buffer.trim();
    if (text && stack.length) {
      const colon = text.indexOf(':');
      if (colon > 0) {
        out.push({
          selector: stack.at(-1),
          property: text.slice(0, colon).trim().toLowerCase(),
          value: text.slice(colon + 1).trim(),
          line: bufferLine,
        });
      }
    }
    buffer = '';
  };
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      const stop = end < 0 ? css.length : end + 2;
      line += (css.slice(i, stop).match(/\n/g) ?? []).length;
      buffer += ' ';
      i = stop - 1;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
      const text = css.slice(i, j + 1);
      if (!buffer.trim()) bufferLine = line;
      buffer += text;
      line += (text.match(/\n/g) ?? []).length;
      i = j;
      continue;
    }
    if (c === '{') {
      stack.push(buffer.trim().replace(/\s+/g, ' '));
      buffer = '';
    } else if (c === '}') {
      flush();
      stack.pop();
    } else if (c === ';') {
      flush();
    } else {
      if (!buffer.trim() && !/\s/.test(c)) bufferLine = line;
      buffer += c;
    }
    if (c === '\n') line++;
  }
  return out;
}

/** A value's top-level words: `calc(1px + 2px) 0` is two. */
function words(value) {
  const out = [];
  let depth = 0;
  let word = '';
  for (const c of value) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (/\s/.test(c) && depth === 0) {
      if (word) out.push(word);
      word = '';
    } else {
      word += c;
    }
  }
  if (word) out.push(word);
  return out;
}

/** Why a declaration is physical, or null. */
function physical({ property, value }) {
  const v = value
    .replace(/!\s*important$/i, '')
    .trim()
    .toLowerCase();
  if (PHYSICAL.some((re) => re.test(property))) return property;
  if (SIDE_VALUES.has(property) && (v === 'left' || v === 'right')) return `${property}: ${v}`;
  if (BOX_SHORTHANDS.has(property)) {
    const w = words(v);
    if (w.length === 4 && w[1] !== w[3]) return `${property}: ${v} (right and left differ)`;
  }
  return null;
}

const files = fs.existsSync(dir)
  ? fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.css'))
      .sort()
  : [];
if (!files.length) {
  console.error(`check-logical-css: no stylesheet in ${dir}`);
  process.exit(2);
}
const shown = (file) => path.relative(process.cwd(), path.join(dir, file));
const used = new Set();
const problems = [];
for (const file of files) {
  if (EXEMPT_FILES.has(file)) continue;
  for (const d of declarations(fs.readFileSync(path.join(dir, file), 'utf8'))) {
    const why = physical(d);
    if (!why) continue;
    const allowed = ALLOWED.find((a) => a.file === file && a.selector === d.selector && a.property === d.property);
    if (allowed) {
      used.add(allowed);
    } else {
      problems.push(`${shown(file)}:${d.line}: ${why}   (in ${d.selector}; use the logical property)`);
    }
  }
}
// An exception whose rule has gone, or turned logical, is taken out: it would otherwise excuse a later one.
for (const a of ALLOWED) {
  if (!used.has(a) && files.includes(a.file)) {
    problems.push(
      `${shown(a.file)}: allowed "${a.property}" in ${a.selector} is no longer there: remove it from ALLOWED`,
    );
  }
}
if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`check-logical-css: ${problems.length} physical left/right outside the map`);
  process.exit(1);
}
console.log(`check-logical-css: ${files.length} files, no physical left/right outside the map`);
