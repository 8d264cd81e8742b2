// The live preview for authors (scripts/preview.mjs, with the prerender's watch mode): an author edits a copy of
// a content file, and the open tab shows the edit; breaks it, and the tab lists the problems, in the lines
// scripts/check-content prints; fixes it, and the article comes back. Drives the built app (target/app) and the
// release prerender that scripts/build leaves.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, withPage } from '../lib/browser.mjs';
import { ARTICLE, CONTENT_FILE, ROOT, content } from '../lib/article.mjs';
import { seriousViolations } from '../lib/axe.mjs';
import { startPreview } from '../../scripts/preview.mjs';

let browser, preview, work, copy;
const statuses = [];

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'explainer-preview-'));
  // The copy keeps the article's file name (its id) and sits beside its seed text.
  fs.mkdirSync(path.join(work, 'content'));
  copy = path.join(work, 'content', `${ARTICLE}.toml`);
  fs.copyFileSync(CONTENT_FILE, copy);
  const seed = content().article.seed;
  fs.copyFileSync(path.join(path.dirname(CONTENT_FILE), seed), path.join(work, 'content', seed));
  const dir = path.join(work, 'site', ARTICLE);
  fs.cpSync(path.join(ROOT, 'target/app'), dir, { recursive: true });
  preview = await startPreview({ contentFile: copy, dir, onStatus: (line) => statuses.push(line) });
  await waitFor(() => statuses.length > 0, 'the first render');
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await preview?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

async function waitFor(check, what, ms = 15000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/// Saves the copy with one exact string replaced (it must be there once).
function edit(from, to) {
  const text = fs.readFileSync(copy, 'utf8');
  assert.equal(text.split(from).length, 2, `the content file holds ${JSON.stringify(from)} once`);
  fs.writeFileSync(copy, text.replace(from, to));
}

/// The first actor with a context line: its id, and that line as the content file writes it.
function firstContextLine() {
  const actor = content().actors.find((a) => a.context?.length);
  assert.ok(actor, 'the article has an actor with a context line');
  return { id: actor.id, line: actor.context[0] };
}

test('an edit to a card line shows in the open tab; a broken file lists its problems; fixing it brings the article back', async () => {
  const { id, line } = firstContextLine();
  const sheet = `#card-${id}`;
  await withPage(browser, preview.url, async ({ page }) => {
    await page.locator(sheet).waitFor({ state: 'attached' });
    assert.ok((await page.locator(sheet).textContent()).includes(line.text), 'the card shows the line before the edit');

    // 1. Edit the card's line: the tab reloads with it.
    const edited = `${line.text} (Edited in the preview.)`;
    edit(line.text, edited);
    await page.waitForFunction(([s, t]) => document.querySelector(s)?.textContent.includes(t), [sheet, edited], {
      timeout: 15000,
    });

    // 2. Break the file (the line cites a source the file does not have): the tab lists the problems, each as
    //    scripts/check-content prints it.
    edit(`${edited}", source = "${line.source}"`, `${edited}", source = "no-such-source"`);
    const problems = page.locator('.preview-problems li');
    await problems.first().waitFor({ timeout: 15000 });
    const shown = (await problems.allTextContents()).map((t) => t.trim());
    let printed = '';
    try {
      execFileSync(path.join(ROOT, 'scripts/check-content'), [copy], { cwd: ROOT, encoding: 'utf8' });
    } catch (error) {
      printed = error.stdout;
    }
    const expected = printed.split('\n').filter((l) => l.trim());
    assert.ok(
      expected.length > 0 && expected.some((l) => l.includes('no-such-source')),
      `check-content names the problem:\n${printed}`,
    );
    assert.deepEqual(shown, expected);
    assert.deepEqual(await seriousViolations(page), [], 'the problems page is accessible');

    // 3. Fix it: the article is back, with the edit.
    edit('source = "no-such-source"', `source = "${line.source}"`);
    await page.waitForFunction(([s, t]) => document.querySelector(s)?.textContent.includes(t), [sheet, edited], {
      timeout: 15000,
    });
    assert.equal(await page.locator('.preview-problems').count(), 0, 'no problems listed');
    assert.equal(await page.locator('h1').first().textContent(), content().article.title);
  });
  assert.ok(
    statuses.some((s) => s.includes('has problems')),
    `the watcher reported the broken save: ${statuses.join('; ')}`,
  );
});
