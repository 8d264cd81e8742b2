// Every page speaks its article's language, in its direction: `lang` and `dir` from the content file; on a page not
// in English, none of the English interface words (content/words/en.toml) where the language has its own; mixed
// direction kept in order in a right-to-left page; and read-aloud never reads with another language's voice.
// Runs for every article (E2E_ARTICLE).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'smol-toml';
import { VIEWPORTS, withPage } from '../lib/browser.mjs';
import { startAll } from '../lib/fixtures.mjs';
import { ROOT, content } from '../lib/article.mjs';

const ARTICLE = content().article;
const LANGUAGE = ARTICLE.language.split('-')[0];
const RIGHT_TO_LEFT = ['ar', 'he', 'fa', 'ur'].includes(LANGUAGE);
const catalogue = (language) => parse(fs.readFileSync(path.join(ROOT, 'content/words', `${language}.toml`), 'utf8'));

/// Every line of a catalogue by its key (`card.close`; a plural's forms as `stepper.count.one`).
function lines(table, prefix = '') {
  return Object.entries(table).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value]] : lines(value, `${prefix}${key}.`),
  );
}

let env;
before(async () => {
  env = await startAll();
});
after(async () => {
  await env.stop();
});

test('the page takes its language and direction from the content file, and so does its manifest', async () => {
  await withPage(env.browser, env.server.url, { viewport: VIEWPORTS.tablet }, async ({ page }) => {
    const [lang, dir] = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
    assert.deepEqual([lang, dir], [ARTICLE.language, RIGHT_TO_LEFT ? 'rtl' : 'ltr']);
    const manifest = await (await fetch(`${env.server.url}manifest.webmanifest`)).json();
    assert.equal(manifest.dir, RIGHT_TO_LEFT ? 'rtl' : 'ltr');
  });
});

test('no English interface word is left on a page in another language', async (t) => {
  if (LANGUAGE === 'en') {
    t.skip('an English article');
    return;
  }
  const own = Object.fromEntries(lines(catalogue(LANGUAGE)));
  // A piece as a whole word: "Person" is not in "Personne".
  const word = (piece) => new RegExp(`(?<![\\p{L}])${piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
  // Words the language shares with English ("Mention" in French) are its own words too.
  const ownText = Object.values(own).join('\n');
  // The English words of every line the language writes differently, cut at their slots: "Mention ", " of ".
  const english = lines(catalogue('en'))
    .filter(([key, value]) => own[key] !== undefined && own[key] !== value && key !== 'formats')
    .flatMap(([key, value]) =>
      value
        .split(/\{[a-z_]+\}/)
        .map((piece) => piece.trim())
        .filter((piece) => /[A-Za-z]{3}/.test(piece) && !word(piece).test(ownText))
        .map((piece) => [key, piece]),
    );
  assert.ok(english.length > 100, `the English catalogue's lines: ${english.length}`);
  await withPage(env.browser, env.server.url, { viewport: VIEWPORTS.tablet }, async ({ page }) => {
    // What a reader sees or hears: the text of everything (closed parts included) and every accessible name.
    const said = await page.evaluate(() => {
      const names = [...document.querySelectorAll('[aria-label], [title], [alt]')].map((el) =>
        ['aria-label', 'title', 'alt'].map((a) => el.getAttribute(a) ?? '').join(' '),
      );
      const words = [...document.querySelectorAll('[data-words-on], [data-words-off], [data-words-at]')].map((el) =>
        ['data-words-on', 'data-words-off', 'data-words-at', 'data-words-count'].map((a) => el.getAttribute(a) ?? ''),
      );
      return [document.body.textContent, document.title, ...names, ...words.flat()].join('\n');
    });
    const left = english.filter(([, piece]) => word(piece).test(said)).map(([key, piece]) => `${key}: "${piece}"`);
    assert.deepEqual(left, [], 'English words on the page');
  });
});

test('in a right-to-left page, a Latin name and a number inside a sentence keep their order', async (t) => {
  if (!RIGHT_TO_LEFT) {
    t.skip('a left-to-right article');
    return;
  }
  // The first paragraph that holds a Latin-script run and, after it in the text, a number.
  await withPage(env.browser, env.server.url, { viewport: VIEWPORTS.desktop }, async ({ page }) => {
    const found = await page.evaluate(() => {
      for (const p of document.querySelectorAll('#article [data-paragraph]')) {
        const text = p.textContent;
        const latin = text.match(/[A-Za-z][A-Za-z ]*[A-Za-z]/);
        const number = latin && text.slice(latin.index + latin[0].length).match(/\d+/);
        if (!number) continue;
        // Each run's box, from a range over its characters in the paragraph's text nodes.
        const box = (start, length) => {
          const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
          let seen = 0;
          const range = document.createRange();
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const end = seen + node.length;
            if (start >= seen && start < end) range.setStart(node, start - seen);
            if (start + length > seen && start + length <= end) {
              range.setEnd(node, start + length - seen);
              break;
            }
            seen = end;
          }
          const r = range.getClientRects()[0];
          return { left: r.left, right: r.right, top: r.top };
        };
        const numberAt = latin.index + latin[0].length + number.index;
        return {
          latin: latin[0],
          number: number[0],
          a: box(latin.index, latin[0].length),
          b: box(numberAt, number[0].length),
        };
      }
      return null;
    });
    assert.ok(found, 'the article has a Latin name followed by a number');
    if (Math.abs(found.a.top - found.b.top) < 4) {
      // Read right to left: what comes first in the text stands to the right.
      assert.ok(
        found.a.left > found.b.right,
        `"${found.latin}" stands right of "${found.number}": ${JSON.stringify(found)}`,
      );
    } else {
      assert.ok(found.b.top > found.a.top, `"${found.number}" is on a later line than "${found.latin}"`);
    }
  });
});

test('read-aloud says so when the device has no voice for the language, and reads nothing', async () => {
  // A device whose only voice speaks a language no article is in; `speak` counts what it is asked to read.
  const oneForeignVoice = () => {
    window.__spoken = 0;
    const synth = window.speechSynthesis;
    if (!synth) return;
    synth.getVoices = () => [{ lang: 'xx-XX', name: 'Elsewhere', default: true, localService: true, voiceURI: 'x' }];
    synth.speak = () => {
      window.__spoken += 1;
    };
  };
  await withPage(
    env.browser,
    env.server.url,
    { viewport: VIEWPORTS.phone, touch: true, initScript: oneForeignVoice },
    async ({ page }) => {
      const read = page.locator('[data-read-aloud]');
      if (!(await read.isVisible())) return; // a browser without speech synthesis offers no button
      const note = page.locator('#no-voice');
      assert.equal(await note.isVisible(), false, 'no note before the reader asks');
      await read.tap();
      assert.equal(await note.isVisible(), true, 'the note says the device has no voice for the language');
      assert.equal(await note.textContent(), catalogue(LANGUAGE).reading_tools.no_voice);
      assert.equal(await read.getAttribute('aria-pressed'), 'false', 'reading did not start');
      assert.equal(await page.evaluate(() => window.__spoken), 0, 'nothing was read');
    },
  );
});
