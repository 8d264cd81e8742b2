// The page around the explainer follows the content file: title, description and language on both pages, the web
// manifest, and storage named by article, so two explainers on one site keep their own offline copy and settings.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, VIEWPORTS } from '../lib/browser.mjs';
import { startAll, articleFromContent } from '../lib/fixtures.mjs';

const ARTICLE = articleFromContent();
let env;
before(async () => { env = await startAll(); });
after(async () => { await env.stop(); });

test('both pages take their title, description and language from the content file, and so do the link previews and the manifest', async () => {
  for (const page of ['', 'embed.html']) {
    const { page: p, context } = await openPage(env.browser, env.server.url + page);
    assert.equal(await p.title(), ARTICLE.title, `${page || 'index'}: title`);
    assert.equal(await p.locator('meta[name="description"]').getAttribute('content'), ARTICLE.description);
    assert.equal(await p.locator('html').getAttribute('lang'), ARTICLE.language);
    assert.equal(await p.locator('html').getAttribute('data-article'), ARTICLE.id);
    await context.close();
  }
  // Link previews on the page readers share (the embed is kept out of search and previews).
  const { page: index, context: indexContext } = await openPage(env.browser, env.server.url);
  const meta = (selector) => index.locator(selector).getAttribute('content');
  assert.deepEqual(
    [await meta('meta[property="og:title"]'), await meta('meta[property="og:description"]'), await meta('meta[name="twitter:title"]')],
    [ARTICLE.title, ARTICLE.description, ARTICLE.title],
  );
  await indexContext.close();
  const manifest = await (await fetch(`${env.server.url}manifest.webmanifest`)).json();
  assert.deepEqual([manifest.name, manifest.short_name, manifest.lang], [ARTICLE.title, ARTICLE.short_title, ARTICLE.language]);
});

test("the offline copy and the text size are the article's own; another explainer's cache on the site survives", async () => {
  const context = await env.browser.newContext({ viewport: VIEWPORTS.tablet });
  const page = await context.newPage();
  // Before the first visit, the origin already holds another explainer's cache and a stale one of this article.
  await page.goto(`${env.server.url}manifest.webmanifest`);
  const other = 'explainer-another-article-0123456789abcdef';
  const stale = `explainer-${ARTICLE.id}-0000000000000000`;
  await page.evaluate(async (names) => { for (const n of names) await caches.open(n); }, [other, stale]);
  await page.goto(env.server.url);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 20000 });
  const keys = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    return caches.keys();
  });
  assert.ok(keys.includes(other), `another explainer's cache is kept: ${keys}`);
  assert.ok(!keys.includes(stale), `this article's old cache is gone: ${keys}`);
  assert.ok(keys.some((k) => k.startsWith(`explainer-${ARTICLE.id}-`) && k !== stale), `this article has its cache: ${keys}`);

  await page.getByRole('button', { name: 'Larger text' }).click();
  const stored = await page.evaluate(() => Object.keys(localStorage));
  assert.deepEqual(stored, [`explainer-${ARTICLE.id}-text-scale`]);
  await context.close();
});
