// The sources list: every source of the content file, with title, publisher, date and link, and where it is cited;
// each context label links to its entry, with JavaScript and without.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { withPage, VIEWPORTS } from '../lib/browser.mjs';
import { seriousViolations } from '../lib/axe.mjs';
import { startAll, eventually } from '../lib/fixtures.mjs';
import { content } from '../lib/article.mjs';

let env;
before(async () => {
  env = await startAll();
});
after(async () => {
  await env.stop();
});

/// The `[[sources]]` of the content file: key, title, url, publisher, date.
const SOURCES = content().sources.map(({ key, title, url, publisher, date }) => ({ key, title, url, publisher, date }));

const inView = (page, selector) => async () => {
  const box = await page.locator(selector).boundingBox();
  const height = page.viewportSize().height;
  return box !== null && box.y >= 0 && box.y < height;
};

test('the sources list holds every source with its title, publisher, date, link and citing lines', async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    assert.ok(SOURCES.length > 20);
    assert.equal(await page.getByRole('heading', { name: 'Sources', level: 3 }).count(), 1);
    assert.equal(await page.locator('.sources__item').count(), SOURCES.length);
    for (const s of SOURCES) {
      const entry = page.locator(`#source-${s.key}`);
      assert.equal(await entry.count(), 1, s.key);
      const text = await entry.textContent();
      assert.ok(text.includes(s.title), `${s.key}: title`);
      if (s.publisher) assert.ok(text.includes(`Publisher: ${s.publisher}`), `${s.key}: publisher`);
      if (s.date) assert.ok(text.includes(`Date: ${s.date}`), `${s.key}: date`);
      if (s.url) assert.equal(await entry.locator('.sources__name a').getAttribute('href'), s.url, `${s.key}: link`);
      assert.match(
        await entry.locator('.sources__cited').textContent(),
        /^Cited in: .+\((card|coordinates|map|claim|timeline|glossary)\)/,
        `${s.key}: cited`,
      );
    }
    assert.ok(
      (await page.locator('#source-wiki-luk .sources__cited').textContent()).includes('Alexander Lukashenko (card)'),
    );
  });
});

test("a context label's source link lands on its entry, in a claim, a card and the timeline", async () => {
  await withPage(env.browser, env.server.url, { viewport: VIEWPORTS.desktop }, async ({ page }) => {
    // In the NATO claim, open by default.
    const label = page.locator('#claim-nato-troops .context-line .source-label a', { hasText: 'National Post' });
    assert.equal(await label.getAttribute('href'), '#source-np-nato-0816');
    await label.click();
    await page.waitForFunction(() => location.hash === '#source-np-nato-0816');
    assert.ok(await eventually(inView(page, '#source-np-nato-0816')), 'the entry is in view');
    assert.equal(await page.locator('.sources__item:target').getAttribute('id'), 'source-np-nato-0816');
    // In a card.
    await page.locator('.mention[data-target="szczerski"]').first().click();
    const cardLink = page.locator('#card .source-label a').first();
    const href = await cardLink.getAttribute('href');
    assert.match(href, /^#source-/);
    await cardLink.click();
    assert.ok(await eventually(inView(page, href)), `${href} is in view`);
    // In the timeline (each entry is anchored #event-<id>): the denials are dated from a real source, at medium
    // confidence.
    const denials = page.locator('#event-denials .source-label');
    assert.match(await denials.textContent(), /^Context · .+ · medium confidence$/);
    assert.equal(await denials.locator('a').getAttribute('href'), '#source-elta-0823');
  });
});

test('with JavaScript off, a source link still lands on its entry', async () => {
  await withPage(
    env.browser,
    env.server.url,
    { javaScriptEnabled: false, viewport: { width: 820, height: 1180 } },
    async ({ page }) => {
      await page.locator('#claim-seize-power-toggle').click(); // a <details>, which opens without scripts
      const link = page.locator('#claim-seize-power .context-line .source-label a').first();
      const href = await link.getAttribute('href');
      await link.click();
      assert.equal(new URL(page.url()).hash, href);
      assert.ok(await eventually(inView(page, href)), `${href} is in view`);
    },
  );
});

test('axe-core finds no serious or critical violation around the sources list', async () => {
  await withPage(env.browser, `${env.server.url}#source-geonames`, async ({ page }) => {
    await page.locator('#sources-title').scrollIntoViewIfNeeded();
    assert.deepEqual(await seriousViolations(page), []);
  });
});
