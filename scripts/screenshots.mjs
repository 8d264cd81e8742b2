// Screenshots of the release build of every article at 375, 820 and 1280 px: the top, a name's card, the map
// alone, and the map with a place's card open; and each article's embed page in a host page. For a person to look at.
// Usage: node scripts/screenshots.mjs [outdir]   (after scripts/build)
import { serve } from '../e2e/lib/server.mjs';
import { launch, openPage } from '../e2e/lib/browser.mjs';
import { ARTICLES, ROOT } from '../e2e/lib/article.mjs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const out = process.argv[2] ?? 'e2e/artifacts';
fs.mkdirSync(out, { recursive: true });
const browser = await launch();
for (const article of ARTICLES) {
  const server = await serve(path.join(ROOT, 'dist', article));
  for (const [name, width, touch] of [
    ['phone', 375, true],
    ['tablet', 820, true],
    ['desktop', 1280, false],
  ]) {
    const shot = (what) => `${out}/${article}-${name}-${what}.png`;
    const { page, context } = await openPage(browser, server.url, { viewport: { width, height: 900 }, touch });
    const press = (locator) => (touch ? locator.tap() : locator.click());
    await page.screenshot({ path: shot('top') });
    const mention = page.locator('.mention--actor').first();
    await mention.scrollIntoViewIfNeeded();
    await press(mention);
    await page.waitForSelector('#card');
    await page.waitForTimeout(300);
    await page.screenshot({ path: shot('card') });
    await page.keyboard.press('Escape');
    // Its dot, where a finger goes (the middle of a dot-and-name group may be a gap between them).
    const place = page.locator('#map .map-place .map-place__hit').first();
    await page.locator('#map').scrollIntoViewIfNeeded();
    // The map alone, once the app has sorted its names: the first view a reader judges it by.
    await page.waitForTimeout(500);
    await page.locator('#map .map__frame').screenshot({ path: shot('map') });
    await press(place);
    await page.waitForSelector('#card');
    await page.waitForTimeout(300);
    await page.screenshot({ path: shot('map-card') });
    await page.keyboard.press('Escape');
    await page.screenshot({ path: shot('full'), fullPage: true });
    await context.close();
  }

  // The embed page in a host page using embed-parent.js, at phone and tablet widths.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'host-'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html><head><meta name="viewport" content="width=device-width">
<link rel="icon" href="data:,"></head><body style="margin:0 auto;max-width:720px;padding:0 12px;font:18px Georgia,serif;background:#fff">
<h1 style="font-size:28px">A news site's story</h1><p>The host page's own text comes before the embed.</p>
<iframe src="${server.url}embed.html" data-explainer-embed title="Explainer" style="width:100%;border:0;height:300px"></iframe>
<p>The host page's text continues after the embed.</p><script src="${server.url}embed-parent.js"></script></body></html>`,
  );
  const host = await serve(dir);
  for (const [name, width] of [
    ['phone', 375],
    ['tablet', 820],
  ]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(host.url);
    const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
    await frame.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${out}/${article}-embed-${name}.png` });
    await frame.locator('.claim__toggle').first().scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/${article}-embed-${name}-claims.png` });
    await context.close();
  }
  await host.close();
  await server.close();
}
await browser.close();
console.log(`screenshots in ${out}/`);
