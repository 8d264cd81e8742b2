// Screenshots of the release build at 375, 820 and 1280 px, with a card open, for a person to look at.
// Usage: node scripts/screenshots.mjs [outdir]   (after the release build exists in dist/)
import { serve } from '../e2e/lib/server.mjs';
import { launch, openPage, DIST } from '../e2e/lib/browser.mjs';
import fs from 'node:fs';

const out = process.argv[2] ?? 'e2e/artifacts';
fs.mkdirSync(out, { recursive: true });
const server = await serve(DIST);
const browser = await launch();
for (const [name, width, touch] of [['phone', 375, true], ['tablet', 820, true], ['desktop', 1280, false]]) {
  const { page, context } = await openPage(browser, server.url, { viewport: { width, height: 900 }, touch });
  await page.screenshot({ path: `${out}/${name}-top.png` });
  const mention = page.locator('.mention--actor', { hasText: 'The former collective farm director' });
  await mention.scrollIntoViewIfNeeded();
  await (touch ? mention.tap() : mention.click());
  await page.waitForSelector('#card');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/${name}-card.png` });
  await page.screenshot({ path: `${out}/${name}-full.png`, fullPage: true });
  await context.close();
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}/`);

// The embedded page, in a host page using embed-parent.js, at phone and tablet widths.
{
  const os = await import('node:os');
  const path = await import('node:path');
  const app = await serve(DIST);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'host-'));
  fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html><head><meta name="viewport" content="width=device-width">
<link rel="icon" href="data:,"></head><body style="margin:0 auto;max-width:720px;padding:0 12px;font:18px Georgia,serif;background:#fff">
<h1 style="font-size:28px">A news site's story about Belarus</h1><p>The host page's own text comes before the embed.</p>
<iframe src="${app.url}embed.html" data-explainer-embed title="Explainer" style="width:100%;border:0;height:300px"></iframe>
<p>The host page's text continues after the embed.</p><script src="${app.url}embed-parent.js"></script></body></html>`);
  const host = await serve(dir);
  const browser2 = await launch();
  for (const [name, width] of [['phone', 375], ['tablet', 820]]) {
    const context = await browser2.newContext({ viewport: { width, height: 900 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(host.url);
    const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
    await frame.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${out}/embed-${name}.png` });
    await frame.locator('#claim-nato-troops-toggle').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/embed-${name}-claims.png` });
    await context.close();
  }
  await browser2.close();
  await host.close();
  await app.close();
  console.log(`embed screenshots in ${out}/`);
}
