// The page is the content, the wasm is the behaviour: the article's text and the cards' text reach the reader in
// the prerendered HTML, so none of it may be compiled into the wasm as well (the reader would download it twice).
// Reads the built wasm as bytes and looks for each string of the content file in it. No browser, no server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DIST } from '../lib/browser.mjs';
import { seedLines, cardTextsFromContent } from '../lib/fixtures.mjs';

const wasmFiles = fs
  .readdirSync(DIST, { recursive: true })
  .filter((f) => f.endsWith('.wasm'))
  .map((f) => ({ name: f, bytes: fs.readFileSync(path.join(DIST, f)) }));

const paragraphs = seedLines();
const { context, roles, quotes } = cardTextsFromContent();
// Roles and quotes as short as "President" or "defend" could be any word of the code's own; from 20 bytes on, a
// match is the content.
const longEnough = (s) => Buffer.byteLength(s) >= 20;
const cardLines = [...roles, ...quotes].filter(longEnough);

/// The ways a string could be stored: as it is, HTML-escaped (a prerendered fragment) or JSON-escaped.
function forms(text) {
  const html = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return [...new Set([text, html, html.replace(/'/g, '&#39;'), JSON.stringify(text).slice(1, -1)])];
}

/// 40-byte slices at a quarter, half and three quarters of a string (cut at character boundaries): a paragraph
/// stored in pieces (split at its names, say, or with other quotation marks) still shows in one of them.
function slices(text) {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= 48) return [];
  const boundary = (i) => {
    while (i < bytes.length && (bytes[i] & 0xc0) === 0x80) i++;
    return i;
  };
  return [
    ...new Set(
      [0.25, 0.5, 0.75].map((at) => {
        const start = boundary(Math.floor((bytes.length - 40) * at));
        return bytes.subarray(start, boundary(start + 40)).toString('utf8');
      }),
    ),
  ];
}

/// Where each string occurs in the wasm files, one line per find: "file: kind: text" (empty when none does).
function occurrences(strings, kind, files = wasmFiles) {
  const hits = [];
  for (const text of strings) {
    for (const { name, bytes } of files) {
      const form = forms(text).find((f) => bytes.indexOf(Buffer.from(f, 'utf8')) !== -1);
      if (form !== undefined) hits.push(`${name}: ${kind}: ${form.length > 90 ? `${form.slice(0, 90)}…` : form}`);
    }
  }
  return hits;
}

test('the check can fail: there is a wasm, the strings are many, and the search finds what is there', () => {
  assert.ok(wasmFiles.length > 0, `a built wasm in ${DIST}`);
  assert.ok(paragraphs.length >= 30, `paragraphs: ${paragraphs.length}`);
  assert.ok(context.length >= 20, `context lines: ${context.length}`);
  assert.ok(cardLines.length >= 20, `roles and quotes: ${cardLines.length}`);
  // Every wasm-bindgen module names its glue so (`__wbindgen_malloc`, `__wbindgen_start`, …).
  for (const { name } of wasmFiles) {
    assert.equal(
      occurrences(['wbindgen'], 'control').filter((h) => h.startsWith(`${name}: `)).length,
      1,
      `"wbindgen" in ${name}`,
    );
  }
  // A paragraph with letters beyond ASCII, planted among the wasm's own bytes, is found whole and by its slices.
  const planted = paragraphs.find((p) => /[^\p{ASCII}]/u.test(p) && Buffer.byteLength(p) > 60);
  const host = wasmFiles[0].bytes;
  const fake = [
    {
      name: 'planted',
      bytes: Buffer.concat([host.subarray(0, 4096), Buffer.from(planted), host.subarray(4096, 8192)]),
    },
  ];
  assert.equal(occurrences([planted], 'control', fake).length, 1, 'the planted paragraph is found');
  const [slice] = slices(planted);
  const sliceOnly = [{ name: 'slice', bytes: Buffer.concat([host.subarray(0, 4096), Buffer.from(slice)]) }];
  assert.equal(occurrences([slice], 'control', sliceOnly).length, 1, 'a slice of it is found');
  assert.equal(occurrences([planted], 'control', sliceOnly).length, 0, 'the whole is not found where only a slice is');
});

test('no paragraph of the article is in the wasm, whole or in part', () => {
  assert.deepEqual(
    [...occurrences(paragraphs, 'paragraph'), ...occurrences(paragraphs.flatMap(slices), 'slice of a paragraph')],
    [],
  );
});

test("no card's or claim's context line is in the wasm, whole or in part", () => {
  assert.deepEqual(
    [...occurrences(context, 'context line'), ...occurrences(context.flatMap(slices), 'slice of a context line')],
    [],
  );
});

test("no actor's role and no quote is in the wasm", () => {
  assert.deepEqual(occurrences(cardLines, 'role or quote'), []);
});
