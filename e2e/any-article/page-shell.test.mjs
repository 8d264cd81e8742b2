// The page around the explainer follows the content file: title, description and language on both pages, the web
// manifest, the link previews and their image, the structured data, a fiction label where the content says so, and
// storage named by article, so two explainers on one site keep their own offline copy and settings. And the site's
// front page lists every article. Runs for every article (E2E_ARTICLE).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { withPage, appReady, VIEWPORTS, DIST } from '../lib/browser.mjs';
import { startAll } from '../lib/fixtures.mjs';
import { serviceWorkerControls } from '../lib/service-worker.mjs';
import { ARTICLES, ROOT, content, words } from '../lib/article.mjs';
import { serve } from '../lib/server.mjs';
import { parse } from 'smol-toml';
import { seriousViolations } from '../lib/axe.mjs';

const ARTICLE = content().article;
// The site's front page is in the folder holding the article's build: dist/, or E2E_DIST's parent.
const SITE = path.dirname(DIST);
let env;
before(async () => {
  env = await startAll();
});
after(async () => {
  await env.stop();
});

test('both pages take their title, description and language from the content file, and so do the link previews and the manifest', async () => {
  for (const page of ['', 'embed.html']) {
    await withPage(env.browser, env.server.url + page, async ({ page: p }) => {
      assert.equal(await p.title(), ARTICLE.title, `${page || 'index'}: title`);
      assert.equal(await p.locator('meta[name="description"]').getAttribute('content'), ARTICLE.description);
      assert.equal(await p.locator('html').getAttribute('lang'), ARTICLE.language);
      assert.equal(await p.locator('html').getAttribute('data-article'), ARTICLE.id);
    });
  }
  // Link previews on the page readers share (the embed is kept out of search and previews).
  await withPage(env.browser, env.server.url, async ({ page: index }) => {
    const meta = (selector) => index.locator(selector).getAttribute('content');
    assert.deepEqual(
      [
        await meta('meta[property="og:title"]'),
        await meta('meta[property="og:description"]'),
        await meta('meta[name="twitter:title"]'),
      ],
      [ARTICLE.title, ARTICLE.description, ARTICLE.title],
    );
    // The image is the map, drawn at build time: a real PNG of the size the tags say.
    // Absolute, under the site's address (content/site/site.toml): X and LinkedIn resolve no relative image.
    const site = parse(fs.readFileSync(path.join(ROOT, 'content/site/site.toml'), 'utf8')).site;
    assert.equal(await meta('meta[property="og:image"]'), `${site.url}${ARTICLE.id}/share.png`);
    assert.equal(await meta('meta[name="twitter:card"]'), 'summary_large_image');
    const png = fs.readFileSync(path.join(DIST, 'share.png'));
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    assert.deepEqual(
      [png.readUInt32BE(16), png.readUInt32BE(20)],
      [Number(await meta('meta[property="og:image:width"]')), Number(await meta('meta[property="og:image:height"]'))],
    );
    assert.ok(png.length > 5000, `a picture, not a blank: ${png.length} bytes`);
    // The structured data, as a search engine reads it: based on the source (a made-up story on none), naming the
    // content's people, organisations and places, and rating nothing (no ClaimReview).
    const raw = await index.locator('script[type="application/ld+json"]').textContent();
    const data = JSON.parse(raw);
    assert.equal(data.headline, ARTICLE.title);
    assert.equal(data['@type'], ARTICLE.fiction ? 'CreativeWork' : 'NewsArticle');
    if (ARTICLE.fiction) {
      assert.equal(data.genre, 'fiction');
      assert.equal(data.isBasedOn, undefined, 'a made-up story is based on nothing');
    } else {
      assert.deepEqual(
        [data.isBasedOn?.url, data.isBasedOn?.datePublished, data.isBasedOn?.publisher?.name],
        [ARTICLE.url, ARTICLE.published, ARTICLE.publisher],
      );
    }
    // Entities: the claims it also mentions are checked by structured-data.test.mjs.
    const named = (data.mentions ?? []).filter((m) => m['@type'] !== 'Claim').map((m) => m.name);
    const { actors, places } = content();
    const known = new Set([...actors, ...places].map((item) => item.name));
    assert.deepEqual(
      named.filter((name) => !known.has(name)),
      [],
      "every name it gives is the content's",
    );
    // Every actor a search engine could know (not a crowd or group, nor one the content calls unnamed or
    // unidentified), and every place the text names.
    const expected = [
      ...actors.filter((a) => a.kind !== 'group' && !/unnamed|unidentified/.test(a.kind_note ?? '')),
      ...places.filter((p) => Object.keys(p.mentions ?? {}).length > 0),
    ].map((item) => item.name);
    assert.ok(expected.length > 0, 'the content names someone or somewhere');
    assert.deepEqual(
      expected.filter((name) => !named.includes(name)),
      [],
      'every named actor and every place the text names',
    );
    assert.ok(!raw.includes('ClaimReview'), 'no ClaimReview');
  });
  const manifest = await (await fetch(`${env.server.url}manifest.webmanifest`)).json();
  assert.deepEqual(
    [manifest.name, manifest.short_name, manifest.lang],
    [ARTICLE.title, ARTICLE.short_title, ARTICLE.language],
  );
});

test("the offline copy and the text size are the article's own; another explainer's cache on the site survives", async () => {
  // Before the first visit, the origin already holds another explainer's cache and a stale one of this article. The
  // page that makes them is the manifest, which has no icon: Chromium may ask for /favicon.ico, which the site lacks,
  // before the test moves on to the article (or may not: it is a race, so the 404 is let through, not required).
  const options = {
    viewport: VIEWPORTS.tablet,
    waitForApp: false,
    allowErrors: [/^Failed to load resource: .* 404 .*\/favicon\.ico\)$/],
  };
  await withPage(env.browser, `${env.server.url}manifest.webmanifest`, options, async ({ page }) => {
    const other = 'explainer-another-article-0123456789abcdef';
    const stale = `explainer-${ARTICLE.id}-0000000000000000`;
    await page.evaluate(
      async (names) => {
        for (const n of names) await caches.open(n);
      },
      [other, stale],
    );
    await page.goto(env.server.url);
    await appReady(page);
    await serviceWorkerControls(page);
    const keys = await page.evaluate(() => caches.keys());
    assert.ok(keys.includes(other), `another explainer's cache is kept: ${keys}`);
    assert.ok(!keys.includes(stale), `this article's old cache is gone: ${keys}`);
    assert.ok(
      keys.some((k) => k.startsWith(`explainer-${ARTICLE.id}-`) && k !== stale),
      `this article has its cache: ${keys}`,
    );

    await page.getByRole('button', { name: words().reading_tools.larger }).click();
    // Every key is named by the article: the text size, and the build last seen (for the "updated" note).
    const stored = await page.evaluate(() => Object.keys(localStorage).sort());
    assert.deepEqual(stored, [`explainer-${ARTICLE.id}-build`, `explainer-${ARTICLE.id}-text-scale`]);
  });
});

test('a made-up story says so above everything else, and a real one never does', async () => {
  await withPage(env.browser, env.server.url, { viewport: VIEWPORTS.phone, touch: true }, async ({ page }) => {
    const notice = page.locator('.masthead__fiction');
    if (content().article.fiction) {
      const w = words().masthead;
      assert.ok(
        (await notice.textContent()).startsWith(`${w.fiction} ${w.fiction_notice}`),
        'the notice, in its words',
      );
      const [noticeTop, textTop] = [await notice.boundingBox(), await page.locator('#article').boundingBox()].map(
        (b) => b.y,
      );
      assert.ok(noticeTop < textTop && noticeTop < VIEWPORTS.phone.height, 'on the first screen, before the text');
    } else {
      assert.equal(await notice.count(), 0);
    }
  });
});

test("the site's front page lists every article, links to each, labels fiction and passes axe-core", async () => {
  const site = await serve(SITE);
  try {
    await withPage(env.browser, site.url, { waitForApp: false }, async ({ page }) => {
      const links = await page.locator('li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.deepEqual(
        links,
        ARTICLES.map((id) => `${id}/`),
      );
      await page.locator(`a[href="${content().article.id}/"]`).click();
      await appReady(page);
      assert.equal(await page.title(), ARTICLE.title);
      await page.goBack();
      const fiction = await page
        .locator('li', { has: page.locator('.tag') })
        .locator('h2 a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.deepEqual(
        fiction,
        ARTICLES.filter((id) =>
          /\nfiction = true/.test(fs.readFileSync(path.join(ROOT, 'content', `${id}.toml`), 'utf8')),
        ).map((id) => `${id}/`),
      );
      assert.deepEqual(await seriousViolations(page), []);
    });
  } finally {
    await site.close();
  }
});
