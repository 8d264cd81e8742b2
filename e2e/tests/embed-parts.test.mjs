// Each part of the explainer embedded on its own (embed-<part>.html), as a news site places it beside its own
// text, with a real Pym.js parent and with our own parent script: the frame takes the part's height before the wasm
// arrives and keeps it as disclosures open; a name in the part opens its card inside the frame; the part reads with
// scripts off; links to what the part does not hold open the whole explainer in a new tab.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from '../lib/server.mjs';
import { VIEWPORTS, withPage } from '../lib/browser.mjs';
import { startAll, hostDir } from '../lib/fixtures.mjs';
import { seriousViolations } from '../lib/axe.mjs';

// Each part, a disclosure in it to toggle (none in the timeline), a name in it that opens a card, and what must be
// readable without scripts.
const PARTS = [
  { id: 'map', toggle: '.map__text summary', name: '#map-grodno', readable: '#map-svg' },
  {
    id: 'claims',
    toggle: '.claim__toggle >> nth=1',
    name: '.claim__details[open] .actor-chip >> nth=0',
    readable: '.claims__list',
  },
  { id: 'timeline', toggle: null, name: null, readable: '.timeline__list' },
  { id: 'classroom', toggle: '.classroom__part summary >> nth=0', name: null, readable: '.sources__list' },
];

let env;
let host;
before(async () => {
  env = await startAll();
  const dir = hostDir('parts-host-');
  for (const { id } of PARTS) {
    const src = `${env.server.url}embed-${id}.html`;
    const page = (body) => `<!doctype html><html><head><meta name="viewport" content="width=device-width">
      <link rel="icon" href="data:,"><title>Host</title></head><body style="margin:0 auto;max-width:720px;padding:0 12px">
      <h1>A news site's story</h1><p>The host page's own text.</p>${body}<p>After the embed.</p></body></html>`;
    fs.writeFileSync(
      path.join(dir, `pym-${id}.html`),
      page(`<div id="explainer"></div><script src="pym.v1.min.js"></script>
      <script>new pym.Parent('explainer', ${JSON.stringify(src)}, { title: 'Explainer: ${id}' });</script>`),
    );
    fs.writeFileSync(
      path.join(dir, `own-${id}.html`),
      page(`<iframe src=${JSON.stringify(src)} data-explainer-embed
      title="Explainer: ${id}" style="width:100%;border:0;height:150px"></iframe><script src="${env.server.url}embed-parent.js"></script>`),
    );
  }
  host = await serve(dir);
});
after(async () => {
  await host.close();
  await env.stop();
});

/// The frame's height on the host page and its content's height inside it.
async function heights(page) {
  const frameHeight = (await page.locator('iframe').boundingBox()).height;
  const frame = page.frames().find((f) => f.url().includes('embed-'));
  const content = await frame.evaluate(() => {
    const bottom = (el) => (el ? el.getBoundingClientRect().bottom + window.scrollY : 0);
    return Math.ceil(Math.max(bottom(document.getElementById('app')), bottom(document.getElementById('card')) + 8));
  });
  return { frameHeight, content };
}

/// Waits until the frame's height is within 3% of its content's.
async function fits(page) {
  for (let i = 0; i < 50; i++) {
    const { frameHeight, content } = await heights(page);
    if (Math.abs(frameHeight - content) <= content * 0.03) return true;
    await page.waitForTimeout(100);
  }
  return heights(page);
}

/// The part's card, opened from a name in the frame: the frame makes room for it, and it is whole and accessible.
async function assertCardInFrame(page, frame, part) {
  await frame.locator(part.name).click();
  await frame.locator('#card').waitFor();
  assert.equal(await fits(page), true, 'the frame makes room for the card');
  const card = await frame.evaluate(() => {
    const r = document.getElementById('card').getBoundingClientRect();
    return {
      top: r.top + window.scrollY,
      bottom: r.bottom + window.scrollY,
      left: r.left,
      right: r.right,
      width: innerWidth,
      height: innerHeight,
    };
  });
  assert.ok(
    card.top >= 0 && card.bottom <= card.height && card.left >= 0 && card.right <= card.width,
    `the card is entirely inside the frame: ${JSON.stringify(card)}`,
  );
  assert.equal(
    await frame.locator('#card .stepper').isVisible(),
    false,
    'no stepper through a text the part does not hold',
  );
  assert.deepEqual(await seriousViolations(frame), [], 'axe-core in the frame, card open');
}

for (const part of PARTS) {
  for (const parent of ['pym', 'own']) {
    test(`the ${part.id} part in a host page (${parent === 'pym' ? 'Pym.js' : 'our parent script'}): its height from the first paint, its disclosures, its cards`, async () => {
      // The wasm is held back (in the frame too) until the frame has been measured before the app runs.
      const options = {
        viewport: VIEWPORTS.tablet,
        touch: true,
        holdWasm: true,
        waitUntil: 'load',
        otherOrigins: [env.server.origin],
      };
      await withPage(env.browser, `${host.url}${parent}-${part.id}.html`, options, async ({ page, release }) => {
        await page.waitForSelector('iframe');
        const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
        await frame.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
        assert.equal(
          await frame.evaluate(() => document.documentElement.dataset.app ?? null),
          null,
          'the wasm is held back',
        );
        assert.equal(await fits(page), true, 'the frame fits the part before the wasm arrives');
        release();
        await frame.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 20000 });
        assert.equal(await fits(page), true, 'and once the app runs');
        if (part.toggle) {
          const before = (await heights(page)).content;
          await frame.locator(part.toggle).click();
          await frame.waitForFunction(
            (h) => Math.ceil(document.getElementById('app').getBoundingClientRect().bottom) !== h,
            before,
          );
          assert.equal(await fits(page), true, 'after a disclosure is toggled');
        }
        if (part.name) await assertCardInFrame(page, frame, part);
      });
    });
  }

  test(`the ${part.id} part reads with scripts off, credits the explainer and links elsewhere in a new tab`, async () => {
    await withPage(
      env.browser,
      `${env.server.url}embed-${part.id}.html`,
      { javaScriptEnabled: false, viewport: VIEWPORTS.phone },
      async ({ page }) => {
        assert.ok(await page.locator(part.readable).isVisible(), `${part.readable} is shown`);
        assert.equal(await page.locator('meta[name="robots"][content="noindex"]').count(), 1);
        assert.equal(await page.locator('.part-credit a[href="index.html"][target="_blank"]').count(), 1);
        assert.equal(await page.locator('#p1').count(), 0, 'the article itself is not in the part');
        // Every link to a sentence, and to a source the part does not list, opens the whole explainer there.
        const links = await page.evaluate(() =>
          [...document.querySelectorAll('a[href*="#"]')]
            .map((a) => ({ href: a.getAttribute('href'), target: a.getAttribute('target') }))
            .filter((a) => a.href.startsWith('#') && !document.getElementById(a.href.slice(1))),
        );
        assert.deepEqual(links, [], 'no link points to an anchor the part lacks');
        const away = await page.locator('a.sentence-link').count();
        if (away) {
          assert.equal(await page.locator('a.sentence-link[href^="index.html#"][target="_blank"]').count(), away);
        }
      },
    );
  });
}
