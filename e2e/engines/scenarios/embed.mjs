// embed.html in a real Pym.js parent on another origin: the frame follows its content's height.
import assert from 'node:assert/strict';
import { waitFor, errors, sleep } from '../../lib/engines/index.mjs';
import { CLAIM_A } from './content.mjs';

/// Resolves with the frame's and its content's heights once they agree (within 4 px) and `check` holds; fails
/// with `message` after 5 s.
async function heightsUntil(page, frame, check, message) {
  const heights = async () => ({
    frame: await page.evaluate(() => document.querySelector('#explainer iframe').getBoundingClientRect().height),
    content: await frame.evaluate(() =>
      Math.ceil(document.getElementById('app').getBoundingClientRect().bottom + scrollY),
    ),
  });
  const end = Date.now() + 5000;
  let h;
  while (Date.now() < end) {
    h = await heights();
    if (Math.abs(h.frame - h.content) <= 4 && check(h)) return h;
    await sleep(100);
  }
  assert.fail(`${message}: frame ${h.frame} px, content ${h.content} px`);
}

export function embedScenarios({ env, group, track }) {
  group(
    'embed',
    'embed.html in a Pym.js parent on another origin follows its height as a claim opens and closes',
    async () => {
      const page = track(await env.engine.open(`${env.host.url}pym.html`, { width: 820, height: 1000 }));
      await waitFor(page, () => document.querySelector('#explainer iframe') !== null, null, {
        message: 'the Pym.js iframe',
      });
      const frame = page.frame('#explainer iframe');
      await waitFor(frame, () => document.documentElement.dataset.app === 'ready', null, {
        timeout: 30000,
        message: 'the embed to start',
      });
      const until = (check, message) => heightsUntil(page, frame, check, message);
      const start = await until(() => true, 'the frame fits its content at start');
      await frame.click(`#claim-${CLAIM_A.id}-toggle`);
      const grown = await until((h) => h.frame > start.frame, 'the frame grows when a claim opens');
      await frame.click(`#claim-${CLAIM_A.id}-toggle`);
      await until((h) => h.frame < grown.frame, 'the frame shrinks when it closes');
      assert.deepEqual(
        await frame.evaluate(() => window.__testProbe?.errors ?? ['no probe']),
        [],
        'no error in embed.html',
      );
      assert.deepEqual(await errors(page), [], 'no error in the host page');
      await page.close();
    },
  );
}
