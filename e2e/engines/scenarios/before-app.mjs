// Before the wasm arrives, a name already answers a click with its prerendered card (a sheet the name links to);
// once the app starts, it opens its own card beside that name.
import assert from 'node:assert/strict';
import { VIEWPORTS } from '../../lib/browser.mjs';
import { waitFor } from '../../lib/engines/index.mjs';
import { ACTOR, mention } from './content.mjs';
import { assertNoError, settledCard } from './checks.mjs';

export function beforeAppScenarios({ env, group, track }) {
  group(
    'before-app',
    'before the wasm arrives, a click on a name shows its card; when it arrives, the card moves beside the name',
    async () => {
      const { engine, server } = env;
      server.state.holdWasm = true;
      let page;
      try {
        page = track(await engine.open(server.url, VIEWPORTS.desktop));
        // The page has loaded and painted; the app is held back.
        assert.equal(
          await page.evaluate(() => document.documentElement.dataset.app ?? null),
          null,
          'the app has not started',
        );
        await page.click(mention(ACTOR.id));
        await waitFor(page, (id) => document.getElementById(`card-${id}`)?.checkVisibility(), ACTOR.id, {
          message: `${ACTOR.id}'s card as a sheet`,
        });
        assert.equal(
          await page.evaluate((id) => document.querySelector(`#card-${id} .card__title`).textContent, ACTOR.id),
          ACTOR.name,
        );
      } finally {
        server.state.releaseWasm();
      }
      await waitFor(page, () => document.documentElement.dataset.app === 'ready', null, {
        timeout: 30000,
        message: 'the app to start',
      });
      await settledCard(page);
      assert.equal(await page.evaluate(() => document.querySelector('#card .card__title')?.textContent), ACTOR.name);
      const first = await page.evaluate((sel) => document.querySelector(sel).id, mention(ACTOR.id));
      assert.equal(
        await page.evaluate((id) => document.getElementById(id).getAttribute('aria-expanded'), first),
        'true',
        'open at the name clicked',
      );
      assert.equal(
        await page.evaluate((id) => document.getElementById(`card-${id}`).checkVisibility(), ACTOR.id),
        false,
        'the sheet made way',
      );
      await assertNoError(page);
      await page.close();
    },
  );
}
