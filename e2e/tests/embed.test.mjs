// Embedding: a real Pym.js parent and our own parent script, each on another localhost port, size the iframe to
// its content as claims open and close; hostile messages are ignored; the site works under a strict CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from '../lib/server.mjs';
import { withPage, DIST } from '../lib/browser.mjs';
import { startAll, hostDir } from '../lib/fixtures.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

let env;
let host;
before(async () => {
  env = await startAll();
  // The host "news site", on its own port (another origin).
  const dir = hostDir('host-');
  const embed = `${env.server.url}embed.html`;
  fs.writeFileSync(
    path.join(dir, 'pym.html'),
    `<!doctype html><html><head><link rel="icon" href="data:,"></head><body style="margin:0">
    <h1>A news site</h1><div id="explainer"></div>
    <script src="pym.v1.min.js"></script>
    <script>window.pymParent = new pym.Parent('explainer', ${JSON.stringify(embed)}, { title: 'Explainer' });</script>
    <p>After the embed.</p></body></html>`,
  );
  fs.writeFileSync(
    path.join(dir, 'own.html'),
    `<!doctype html><html><head><link rel="icon" href="data:,"></head><body style="margin:0">
    <h1>A news site</h1>
    <iframe src=${JSON.stringify(embed)} data-explainer-embed title="Explainer" style="width:100%;border:0;height:150px"></iframe>
    <script src="${env.server.url}embed-parent.js"></script>
    <p>After the embed.</p></body></html>`,
  );
  host = await serve(dir);
});
after(async () => {
  await host.close();
  await env.stop();
});

async function frameAndContentHeights(page) {
  const frameEl = page.locator('iframe');
  const frameHeight = (await frameEl.boundingBox()).height;
  const frame = page.frames().find((f) => f.url().includes('embed.html'));
  const content = await frame.evaluate(() =>
    Math.ceil(document.getElementById('app').getBoundingClientRect().bottom + window.scrollY),
  );
  return { frameHeight, content, frame };
}

async function settle(page, check) {
  for (let i = 0; i < 40; i++) {
    if (await check()) return true;
    await page.waitForTimeout(100);
  }
  return false;
}

for (const [name, file] of [
  ['a real Pym.js parent', 'pym.html'],
  ['our own parent script', 'own.html'],
]) {
  test(`${name} sizes the iframe to its content as a claim opens and closes`, async () => {
    const options = { viewport: { width: 820, height: 1000 }, waitForApp: false, otherOrigins: [env.server.origin] };
    await withPage(env.browser, `${host.url}${file}`, options, async ({ page }) => {
      await page.waitForSelector('iframe');
      const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
      await frame.waitForFunction(() => document.documentElement.dataset.app === 'ready');
      const close = async () => {
        const { frameHeight, content } = await frameAndContentHeights(page);
        return Math.abs(frameHeight - content) <= 4;
      };
      assert.ok(await settle(page, close), 'height matches at start');
      const start = (await frameAndContentHeights(page)).frameHeight;
      await frame.locator('#claim-crowd-250k-toggle').click();
      assert.ok(
        await settle(page, async () => (await close()) && (await frameAndContentHeights(page)).frameHeight > start),
        'grows when a claim opens',
      );
      const grown = (await frameAndContentHeights(page)).frameHeight;
      await frame.locator('#claim-crowd-250k-toggle').click();
      assert.ok(
        await settle(page, async () => (await close()) && (await frameAndContentHeights(page)).frameHeight < grown),
        'shrinks when it closes',
      );
    });
  });
}

test('messages from other windows are checked: hostile or malformed ones change nothing', async () => {
  await withPage(
    env.browser,
    `${host.url}own.html`,
    { waitForApp: false, otherOrigins: [env.server.origin] },
    async ({ page }) => {
      const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
      await frame.waitForFunction(() => document.documentElement.dataset.app === 'ready');
      const before = frame.url();
      await page.evaluate(() => {
        const w = document.querySelector('iframe').contentWindow;
        for (const m of [
          'pymxPYMxexplainerxPYMxnavigateToxPYMxjavascript:alert(1)',
          'pymxPYMxexplainerxPYMxwidthxPYMx<img src=x onerror=alert(1)>',
          'x'.repeat(100000),
          null,
          42,
          { 'explainer-height': 1e9 },
          ['pym'],
          { toString: 1 },
        ])
          w.postMessage(m, '*');
      });
      // And the host's own listener ignores a forged height from the wrong source.
      await page.evaluate(() => window.postMessage({ 'explainer-height': 5 }, '*'));
      await page.waitForTimeout(300);
      assert.equal(frame.url(), before);
      assert.equal(await frame.locator('img[src="x"]').count(), 0);
      assert.ok((await page.locator('iframe').boundingBox()).height > 100, 'a forged height was not applied');
    },
  );
});

test('the site works under a strict Content-Security-Policy, with no CSP error', async () => {
  const server = await serve(DIST, { headers: { 'content-security-policy': CSP } });
  try {
    await withPage(env.browser, server.url, async ({ page, problems }) => {
      await page.locator('.mention[data-target="lukashenko"]').first().click();
      await page.locator('#card').waitFor();
      const box = await page.locator('#card').boundingBox();
      assert.ok(box.y > 0, 'the card is positioned (through the CSSOM, which CSP allows)');
      await page.locator('#claim-crowd-250k-toggle').click();
      await page.locator('#map-grodno').click();
      assert.ok(
        problems.consoleErrors.every((e) => !/Content Security Policy/i.test(e)),
        problems.consoleErrors.join('\n'),
      );
    });
  } finally {
    await server.close();
  }
});

test('embed.html is marked noindex, has no skip link, and is transparent', async () => {
  await withPage(env.browser, `${env.server.url}embed.html`, async ({ page }) => {
    assert.equal(await page.locator('meta[name="robots"][content="noindex"]').count(), 1);
    assert.equal(await page.locator('.skip-link').count(), 0);
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgba(0, 0, 0, 0)');
  });
});
