// The article and its actor cards, as a reader uses them: mouse, keyboard and touch.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { withPage, VIEWPORTS } from '../lib/browser.mjs';
import { seriousViolations } from '../lib/axe.mjs';
import { startAll } from '../lib/fixtures.mjs';
import { content } from '../lib/article.mjs';

// The actors, read from the content file (not from the page), so the page is checked against it. The paragraphs'
// text is checked, for every article, in ../any-article/reading.test.mjs.
const ACTORS = content().actors;
let env;
before(async () => {
  env = await startAll();
});
after(async () => {
  await env.stop();
});

const cardTitle = (page) => page.locator('#card .card__title');
const firstMention = (page, id) => page.locator(`.mention[data-target="${id}"]`).first();

test("every actor's card opens when the mouse rests on a mention", async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    for (const actor of ACTORS) {
      const mention = firstMention(page, actor.id);
      await mention.hover();
      await assert.doesNotReject(cardTitle(page).filter({ hasText: actor.name }).waitFor({ timeout: 3000 }), actor.id);
      assert.equal(await mention.getAttribute('aria-expanded'), 'true', actor.id);
      await page.keyboard.press('Escape');
    }
    await firstMention(page, 'nato').hover();
    await page.locator('#card').waitFor();
    // Resting the mouse does not steal focus; the card is hoverable and stays while the pointer is on it.
    assert.notEqual(await page.evaluate(() => document.activeElement?.closest('#card')?.id), 'card');
    await page.locator('#card').hover();
    await page.waitForTimeout(400);
    assert.equal(await page.locator('#card').count(), 1);
  });
});

test("every actor's card opens from the keyboard; Esc closes it and focus returns to the name", async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    for (const [n, actor] of ACTORS.entries()) {
      const mention = firstMention(page, actor.id);
      await mention.focus();
      await page.keyboard.press(n % 2 === 0 ? 'Enter' : 'Space');
      await cardTitle(page).filter({ hasText: actor.name }).waitFor({ timeout: 3000 });
      await page.waitForFunction(() => document.activeElement?.closest('#card') !== null);
      await page.keyboard.press('Escape');
      await page.locator('#card').waitFor({ state: 'detached' });
      const focused = await page.evaluate(() => document.activeElement?.id);
      assert.equal(focused, await mention.getAttribute('id'), `${actor.id}: focus back on the name`);
    }
  });
});

test("every actor's card opens by tap on a tablet, and a tap outside closes it", async () => {
  await withPage(env.browser, env.server.url, { touch: true, viewport: VIEWPORTS.tablet }, async ({ page }) => {
    for (const actor of ACTORS) {
      const mention = firstMention(page, actor.id);
      await mention.scrollIntoViewIfNeeded();
      await mention.tap();
      await cardTitle(page).filter({ hasText: actor.name }).waitFor({ timeout: 3000 });
      const box = await page.locator('#card').boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= VIEWPORTS.tablet.width, `${actor.id}: card inside the viewport`);
      await page.touchscreen.tap(VIEWPORTS.tablet.width - 10, 10);
      await page.locator('#card').waitFor({ state: 'detached' });
    }
  });
});

test('previous and next move through the mentions, and all of them are lit', async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    const mentions = page.locator('.mention[data-target="lukashenko"]');
    const total = await mentions.count();
    assert.ok(total >= 5);
    await mentions.first().click();
    const status = page.locator('#card .stepper__status');
    assert.equal(await status.textContent(), `Mention 1 of ${total}`);
    assert.equal(await page.locator('.mention[data-target="lukashenko"].is-lit').count(), total);
    await page.getByRole('button', { name: 'Next mention' }).click();
    assert.equal(await status.textContent(), `Mention 2 of ${total}`);
    assert.equal(await mentions.nth(1).getAttribute('aria-expanded'), 'true');
    assert.equal(await mentions.nth(0).getAttribute('aria-expanded'), 'false');
    await page.getByRole('button', { name: 'Previous mention' }).click();
    await page.getByRole('button', { name: 'Previous mention' }).click();
    assert.equal(await status.textContent(), `Mention ${total} of ${total}`);
    // Esc returns focus to the mention the card is now at.
    await page.keyboard.press('Escape');
    assert.equal(
      await page.evaluate(() => document.activeElement?.id),
      await mentions.nth(total - 1).getAttribute('id'),
    );
    assert.equal(await page.locator('.mention.is-lit').count(), 0);
  });
});

test('a card stays inside a phone viewport, next to the name', async () => {
  await withPage(env.browser, env.server.url, { touch: true, viewport: VIEWPORTS.phone }, async ({ page }) => {
    const mentions = page.locator('.mention');
    const count = await mentions.count();
    for (const i of [0, Math.floor(count / 2), count - 1]) {
      const m = mentions.nth(i);
      await m.scrollIntoViewIfNeeded();
      await m.tap();
      await page.locator('#card').waitFor();
      await page.waitForTimeout(50);
      const card = await page.locator('#card').boundingBox();
      const name = await m.boundingBox();
      assert.ok(card.x >= 0 && card.x + card.width <= VIEWPORTS.phone.width + 0.5, 'inside horizontally');
      assert.ok(card.y >= -0.5 && card.y + card.height <= VIEWPORTS.phone.height + 0.5, 'inside vertically');
      const gap = Math.min(Math.abs(card.y - (name.y + name.height)), Math.abs(name.y - (card.y + card.height)));
      assert.ok(gap < 20, `card next to the name (gap ${gap})`);
      await page.keyboard.press('Escape');
    }
  });
});

test('the first frame painted after a tap already shows the card in place', async () => {
  await withPage(env.browser, env.server.url, { touch: true, viewport: VIEWPORTS.tablet }, async ({ page }) => {
    const m = page.locator('.mention[data-target="nato"]').first();
    await m.scrollIntoViewIfNeeded();
    // An animation frame requested as the click starts runs just before that frame is painted.
    await page.evaluate(() => {
      window.__firstFrame = 'pending';
      document.addEventListener(
        'click',
        () =>
          requestAnimationFrame(() => {
            window.__firstFrame = document.getElementById('card')?.getBoundingClientRect().toJSON() ?? 'no card';
          }),
        { capture: true, once: true },
      );
    });
    await m.tap();
    await page.waitForFunction(() => window.__firstFrame !== 'pending');
    const card = await page.evaluate(() => window.__firstFrame);
    assert.notEqual(card, 'no card', 'the card is in the first frame');
    const name = await m.boundingBox();
    const gap = Math.min(Math.abs(card.y - (name.y + name.height)), Math.abs(name.y - (card.y + card.height)));
    assert.ok(gap < 20, `the card is next to the name in that frame, not parked at the page's corner (gap ${gap})`);
  });
});

test('axe-core finds no serious or critical violation, card closed or open', async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    assert.deepEqual(await seriousViolations(page), [], 'card closed');
    await firstMention(page, 'nato').click();
    await page.locator('#card').waitFor();
    assert.deepEqual(await seriousViolations(page), [], 'card open');
  });
});
