// What a search engine, a news aggregator or another newsroom reads of the built explainer, for every article
// (E2E_ARTICLE): the JSON-LD in the page, expanded by a real JSON-LD processor (npm jsonld), and claims.json beside
// it. Both must hold the explainer's own dates, publisher and absolute image, and every claim in its exact words,
// and neither may rate anything. No browser: these are the built files.
//
// This machine cannot reach schema.org, so the processor's document loader answers schema.org's context with the
// vocabulary mapping that context starts with (@vocab https://schema.org/): every term expands to the same IRI as
// with the published context, though values the published context types as IRIs (url, image) stay plain strings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import jsonld from 'jsonld';
import { parse } from 'smol-toml';
import { ARTICLE, ROOT, content } from '../lib/article.mjs';

const CONTENT = content();
const DIR = path.join(ROOT, 'dist', ARTICLE);
const SITE_FILE = parse(fs.readFileSync(path.join(ROOT, 'content/site/site.toml'), 'utf8')).site;
/// The site as the article's page names it: in its language where the site file gives names for it.
const SITE = { ...SITE_FILE, ...(SITE_FILE.names?.[CONTENT.article.language.split('-')[0]] ?? {}) };
const S = 'https://schema.org/';

const SCHEMA_ORG_CONTEXTS = new Set([
  'https://schema.org',
  'https://schema.org/',
  'http://schema.org',
  'http://schema.org/',
]);
const documentLoader = async (url) => {
  if (!SCHEMA_ORG_CONTEXTS.has(url)) throw new Error(`the test loads no other document: ${url}`);
  return { contextUrl: null, documentUrl: url, document: { '@context': { '@vocab': S } } };
};

/// The page's JSON-LD, parsed, and expanded.
async function structuredData() {
  const html = fs.readFileSync(path.join(DIR, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  assert.equal(scripts.length, 1, 'one JSON-LD block on the page');
  const data = JSON.parse(scripts[0][1]);
  const [expanded, ...more] = await jsonld.expand(data, { documentLoader });
  assert.equal(more.length, 0, 'one node at the top');
  return { data, expanded };
}

const value = (node, term) => node[S + term]?.[0]?.['@value'];
const nodes = (node, term) => node[S + term] ?? [];
const isDay = (s) => /^\d{4}-\d{2}-\d{2}$/.test(s ?? '');

test('the JSON-LD expands, with the explainer’s own dates, publisher, author and absolute image', async () => {
  const { expanded } = await structuredData();
  const kind = CONTENT.article.fiction ? 'CreativeWork' : 'NewsArticle';
  assert.deepEqual(expanded['@type'], [S + kind]);
  assert.equal(value(expanded, 'datePublished'), CONTENT.article.explainer_published);
  const corrections = CONTENT.corrections ?? [];
  const lastCorrected = corrections
    .map((c) => c.date)
    .sort()
    .at(-1);
  assert.equal(value(expanded, 'dateModified'), lastCorrected ?? CONTENT.article.explainer_published);
  assert.ok(isDay(value(expanded, 'dateModified')));
  const page = `${SITE.url}${ARTICLE}/`;
  assert.equal(value(expanded, 'url'), page);
  const [image] = nodes(expanded, 'image');
  assert.equal(value(image, 'url'), `${page}share.png`, 'the image address is absolute');
  assert.ok(fs.existsSync(path.join(DIR, 'share.png')), 'and the image is built');
  const [publisher] = nodes(expanded, 'publisher');
  assert.equal(value(publisher, 'name'), SITE.publisher);
  assert.equal(value(nodes(expanded, 'author')[0], 'name'), SITE.author);
  // The corrections, each dated.
  const listed = nodes(expanded, 'correction');
  assert.equal(listed.length, corrections.length);
  for (const [n, c] of corrections.entries()) {
    assert.deepEqual(listed[n]['@type'], [`${S}CorrectionComment`]);
    assert.equal(value(listed[n], 'text'), c.text);
    assert.equal(value(listed[n], 'datePublished'), c.date);
  }
  // The source article, for a real story; none for fiction.
  const basedOn = nodes(expanded, 'isBasedOn');
  assert.equal(basedOn.length, CONTENT.article.fiction ? 0 : 1);
  if (!CONTENT.article.fiction) assert.equal(value(basedOn[0], 'url'), CONTENT.article.url);
});

test('every claim is a schema.org Claim in its exact words, with its claimant and where it appeared', async () => {
  const { expanded } = await structuredData();
  const claims = nodes(expanded, 'mentions').filter((m) => m['@type']?.includes(`${S}Claim`));
  assert.equal(claims.length, CONTENT.claims.length, 'one Claim per claim in the content file');
  const names = new Map(CONTENT.actors.map((a) => [a.id, a.name]));
  for (const [n, c] of CONTENT.claims.entries()) {
    const claim = claims[n];
    assert.equal(value(claim, 'text'), c.quote, `${c.id}: the claimant's exact words`);
    const paragraph = CONTENT.paragraphs.find((p) => p.id === c.para);
    assert.ok(paragraph.text.includes(value(claim, 'text')), `${c.id}: words from its paragraph`);
    assert.deepEqual(
      nodes(claim, 'author').map((a) => value(a, 'name')),
      c.by.map((id) => names.get(id)),
      `${c.id}: its claimants`,
    );
    assert.equal(nodes(claim, 'appearance').length, 1, `${c.id}: where it appeared`);
    assert.match(value(claim, 'url'), new RegExp(`^${SITE.url}${ARTICLE}/#p\\d+-s\\d+$`), `${c.id}: its sentence`);
  }
});

test('nothing is rated: no ClaimReview, no Rating, in the page’s JSON-LD or in claims.json', async () => {
  const { data } = await structuredData();
  const claimsJson = fs.readFileSync(path.join(DIR, 'claims.json'), 'utf8');
  for (const [what, text] of [
    ['JSON-LD', JSON.stringify(data)],
    ['claims.json', claimsJson],
  ]) {
    for (const word of ['ClaimReview', 'Rating', 'reviewRating', 'ratingValue', 'verdict', 'truthfulness']) {
      assert.ok(!text.includes(word), `${what} says ${word}`);
    }
  }
});

test('claims.json beside the page holds every claim and response in the article’s words, with absolute links', () => {
  const file = JSON.parse(fs.readFileSync(path.join(DIR, 'claims.json'), 'utf8'));
  const page = `${SITE.url}${ARTICLE}/`;
  assert.equal(file.explainer.url, page);
  assert.equal(file.explainer.published, CONTENT.article.explainer_published);
  assert.equal(file.claims.length, CONTENT.claims.length);
  const paragraphs = new Map(CONTENT.paragraphs.map((p) => [p.id, p.text]));
  for (const [n, c] of CONTENT.claims.entries()) {
    const claim = file.claims[n];
    assert.equal(claim.id, c.id);
    assert.equal(claim.words.text, c.quote);
    assert.equal(claim.words.paragraph, c.para);
    assert.ok(claim.words.sentence.startsWith(`${page}#${c.para}-s`), `${c.id}: a link to its sentence`);
    assert.deepEqual(
      claim.claimants.map((a) => a.id),
      c.by,
    );
    assert.equal(claim.responses.length, (c.responses ?? []).length, `${c.id}: every response`);
    for (const [k, r] of (c.responses ?? []).entries()) {
      assert.equal(claim.responses[k].words.text, r.quote);
      assert.ok(paragraphs.get(r.para).includes(claim.responses[k].words.text));
    }
  }
});

test('the page gives its own address and an absolute link-preview image', () => {
  const html = fs.readFileSync(path.join(DIR, 'index.html'), 'utf8');
  const page = `${SITE.url}${ARTICLE}/`;
  assert.ok(html.includes(`<link rel="canonical" href="${page}" />`), 'canonical link');
  for (const tag of ['property="og:image"', 'name="twitter:image"']) {
    assert.ok(html.includes(`<meta ${tag} content="${page}share.png" />`), `${tag} is absolute`);
  }
});
