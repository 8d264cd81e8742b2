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
