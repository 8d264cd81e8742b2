// The claims panel: the NATO claim and its three denials in exact words, disclosures by mouse, keyboard and tap,
// quote links that land on their sentence, and links that reopen the same claims.
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

const CONTENT = content();

/// The article's publisher as the content file states it, and the actors it names: an actor is the publisher when
/// its name, a spelling or a mention form stands in `[article] publisher` as a whole word, in any case (the rule
/// the core enforces, checked here on the page).
function publisherFromContent() {
  const { publisher } = CONTENT.article;
  const words = (s) =>
    new RegExp(`(^|[^\\p{L}\\p{N}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'iu');
  const forms = (actor) => [actor.name, ...(actor.spellings ?? []), ...Object.values(actor.mentions ?? {}).flat()];
  const names = CONTENT.actors
    .filter((actor) => forms(actor).some((s) => words(s).test(publisher)))
    .map((actor) => actor.name);
  return { publisher, names };
}

// Each claim is a <details> (`#claim-<id>`) whose <summary> is its toggle.
const toggle = (page, id) => page.locator(`#claim-${id}-toggle`);
const body = (page, id) => page.locator(`#claim-${id}`);
const isOpen = async (page, id) => String(await body(page, id).evaluate((d) => d.open));
const OPEN = 'details.claim__details[open]';
const FOLDED = 'details.claim__details:not([open])';

test('the NATO claim comes first, open, with its three denials quoted exactly', async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    const first = page.locator('.claim').first();
    assert.equal(await first.locator('.claim__toggle').getAttribute('id'), 'claim-nato-troops-toggle');
    assert.equal(await isOpen(page, 'nato-troops'), 'true');
    assert.ok(await body(page, 'nato-troops').isVisible());
    const quotes = await body(page, 'nato-troops').locator('.claim__quote').allTextContents();
    assert.ok(quotes[0].includes('"seriously stirring"'));
    for (const exact of [
      'NATO said the claims were "baseless".',
      '"The regime is trying to divert attention from Belarus\'s internal problems at any cost with totally baseless statements about imaginary external threats,"',
      'dismissed the claim that Poland planned to violate Belarusian territorial integrity as "regime propaganda", calling it "sad and surprising"',
      '"Poland... has no such intention,"',
    ]) {
      assert.ok(quotes.includes(exact), `quoted exactly: ${exact}`);
    }
    const responders = await body(page, 'nato-troops').locator('.claim__side--response .actor-chip').allTextContents();
    for (const name of ['NATO', 'Gitanas Nausėda', 'Krzysztof Szczerski']) assert.ok(responders.includes(name), name);
    // Every other claim starts folded.
    const others = await page.locator(OPEN).count();
    assert.equal(others, 1);
  });
});

test("no publisher appears as a responding party; the article's framing is shown apart, labelled as its words", async () => {
  const { publisher, names } = publisherFromContent();
  assert.ok(names.length >= 1, `the content names the publisher ${publisher} among its actors`);
  await withPage(env.browser, env.server.url, async ({ page }) => {
    await page.getByRole('button', { name: 'Expand all' }).click();
    const responders = await page.locator('.claim__side--response .actor-chip').allTextContents();
    assert.ok(responders.length > 10, 'responses are on the page');
    for (const name of names) assert.ok(!responders.includes(name), `${name} (${publisher}) is not a responding party`);
    assert.ok(
      !responders.some((r) => publisher.toLowerCase().includes(r.toLowerCase())),
      `no responder is named in "${publisher}"`,
    );
    // The article's own wording of the election claim: its exact words, under its own label, outside the responses.
    const framing = body(page, 'election-result').locator('.claim__framing');
    assert.equal(await framing.count(), 1);
    assert.equal(await framing.getAttribute('aria-label'), 'How the article puts it');
    assert.ok((await framing.locator('.claim__role').textContent()).includes('How the article puts it'));
    assert.equal(await framing.locator('.claim__quote').textContent(), 'disputed presidential elections results');
    assert.equal(await framing.locator('xpath=ancestor::*[contains(@class, "claim__responses")]').count(), 0);
    assert.equal(await framing.locator('.actor-chip').count(), 0, 'it names no party');
  });
});

test('claims open and close by mouse, keyboard and tap', async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    await toggle(page, 'crowd-250k').click();
    assert.equal(await isOpen(page, 'crowd-250k'), 'true');
    assert.ok(await body(page, 'crowd-250k').locator('.claim__body').isVisible());
    await toggle(page, 'crowd-250k').focus();
    await page.keyboard.press('Enter');
    assert.equal(await isOpen(page, 'crowd-250k'), 'false');
    assert.ok(!(await body(page, 'crowd-250k').locator('.claim__body').isVisible()));
    await page.keyboard.press('Space');
    assert.equal(await isOpen(page, 'crowd-250k'), 'true');
    await page.getByRole('button', { name: 'Collapse all' }).click();
    assert.equal(await page.locator(OPEN).count(), 0);
    await page.getByRole('button', { name: 'Expand all' }).click();
    assert.equal(await page.locator(FOLDED).count(), 0);
    await page.getByRole('button', { name: 'Hide panel' }).click();
    assert.ok(!(await page.locator('#claims-content').isVisible()));
    await page.getByRole('button', { name: 'Show panel' }).click();
    assert.ok(await page.locator('#claims-content').isVisible());
  });

  await withPage(env.browser, env.server.url, { touch: true, viewport: VIEWPORTS.tablet }, async ({ page }) => {
    const t = toggle(page, 'seize-power');
    await t.scrollIntoViewIfNeeded();
    await t.tap();
    assert.equal(await isOpen(page, 'seize-power'), 'true');
    await t.tap();
    assert.equal(await isOpen(page, 'seize-power'), 'false');
  });
});

test("a quote's link lands on its sentence and lights it up", async () => {
  await withPage(env.browser, env.server.url, { viewport: VIEWPORTS.desktop }, async ({ page }) => {
    const link = body(page, 'nato-troops')
      .locator('.claim__side--response')
      .filter({ hasText: 'Poland... has no such intention' })
      .locator('.sentence-link');
    await link.click();
    const sentence = page.locator('.sentence.is-highlighted');
    assert.equal(await sentence.count(), 1);
    assert.equal(await sentence.getAttribute('id'), 'p21-s1');
    const inView = async () => {
      const box = await sentence.boundingBox();
      return box.y >= 0 && box.y + box.height <= VIEWPORTS.desktop.height;
    };
    assert.ok(await eventually(inView), 'the sentence is in view (after smooth scrolling)');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'p21-s1');
    assert.equal(new URL(page.url()).hash, '', 'the link does not leave a sentence id in the address');
  });
});

test('claimants and responders open the same actor card as in the text', async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    await body(page, 'nato-troops').locator('.actor-chip', { hasText: 'Krzysztof Szczerski' }).first().click();
    await page.locator('#card .card__title', { hasText: 'Krzysztof Szczerski' }).waitFor();
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Krzysztof Szczerski');
  });
});

test('the fragment keeps which claims are open, and a shared link restores them', async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    await toggle(page, 'crowd-250k').click();
    await toggle(page, 'nato-troops').click();
    // The address follows just after the change is painted.
    await page.waitForFunction(() => location.hash === '#claims=crowd-250k', null, { timeout: 2000 });
  });

  await withPage(
    env.browser,
    `${env.server.url}#claims=crowd-250k,never-accept,not-a-claim&junk=1`,
    async ({ page }) => {
      assert.equal(await isOpen(page, 'crowd-250k'), 'true');
      assert.equal(await isOpen(page, 'never-accept'), 'true');
      assert.equal(await isOpen(page, 'nato-troops'), 'false');
    },
  );
});

test('axe-core finds no serious or critical violation, claims collapsed or expanded', async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    await page.getByRole('button', { name: 'Collapse all' }).click();
    assert.deepEqual(await seriousViolations(page), [], 'collapsed');
    await page.getByRole('button', { name: 'Expand all' }).click();
    assert.deepEqual(await seriousViolations(page), [], 'expanded');
  });
});
