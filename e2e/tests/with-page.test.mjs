// The page helper every test opens its pages with (withPage, ../lib/browser.mjs) can fail a test: on an uncaught
// error, a console error or a request off the local server; it takes only the console errors a test declares, and
// only if they happen; and it closes the page when the test's body throws. Small pages of its own, no explainer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, withPage } from '../lib/browser.mjs';
import { serve } from '../lib/server.mjs';

// Port 1 on loopback refuses at once: another origin, reached without waiting for a timeout.
const OFFSITE = 'http://127.0.0.1:1/pixel.png';
const PAGES = {
  'clean.html': '',
  'console-error.html': "<script>console.error('logged on purpose')</script>",
  'throws.html': "<script>throw new Error('thrown on purpose')</script>",
  'offsite.html': `<img src="${OFFSITE}" alt="">`,
};

let browser;
let server;
let dir;
before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'with-page-'));
  for (const [name, body] of Object.entries(PAGES)) {
    fs.writeFileSync(
      path.join(dir, name),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>
      <link rel="icon" href="data:,"></head><body><p>A test page.</p>${body}</body></html>`,
    );
  }
  server = await serve(dir);
  browser = await launch();
});
after(async () => {
  await browser.close();
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const open = (name, options, body = async () => {}) =>
  withPage(browser, `${server.url}${name}`, { waitForApp: false, ...options }, body);
/// The problems a rejected withPage listed (its assertion's actual value).
const listed = (error) => error.actual;

test('a clean page passes, and the body runs on it', async () => {
  let title;
  await open('clean.html', {}, async ({ page }) => {
    title = await page.title();
  });
  assert.equal(title, 'clean.html');
});

test('an uncaught error, a console error and an off-site request each fail the test', async () => {
  await assert.rejects(open('throws.html'), (e) => listed(e).pageErrors.some((m) => m.includes('thrown on purpose')));
  await assert.rejects(open('console-error.html'), (e) =>
    listed(e).consoleErrors.some((m) => m.includes('logged on purpose')),
  );
  await assert.rejects(open('offsite.html'), (e) => listed(e).offsite.includes(OFFSITE));
});

test('a console error the test expects passes, and only if it happens', async () => {
  await open('console-error.html', { expectErrors: [/logged on purpose/] });
  await assert.rejects(open('clean.html', { expectErrors: [/logged on purpose/] }), (e) =>
    listed(e).expectedErrorsMissing.includes('/logged on purpose/'),
  );
  await assert.rejects(open('console-error.html', { expectErrors: [/something else/] }), (e) =>
    listed(e).consoleErrors.some((m) => m.includes('logged on purpose')),
  );
});

test('when the body throws, its error fails the test and the page is closed', async () => {
  let context;
  const failing = async ({ context: c }) => {
    context = c;
    throw new Error('the body failed');
  };
  await assert.rejects(open('clean.html', {}, failing), { message: 'the body failed' });
  assert.ok(context && !browser.contexts().includes(context), 'the context is closed');
  // With a problem on the page as well, both are reported.
  await assert.rejects(
    open('console-error.html', {}, failing),
    (e) =>
      e instanceof AggregateError
      && e.errors[0].message === 'the body failed'
      && listed(e.errors[1]).consoleErrors.length === 1,
  );
});
