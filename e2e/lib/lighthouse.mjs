// Lighthouse in Debian's Chromium (no browser download), for scripts/lighthouse.mjs. Here rather than in scripts/
// because its packages are the test tools' (e2e/node_modules).
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

/// Lighthouse's report (its `lhr`) of the page at `url` for the given categories, with its default (mobile) preset.
export async function lighthouseReport(url, categories) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
    });
    return lhr;
  } finally {
    await chrome.kill();
  }
}
