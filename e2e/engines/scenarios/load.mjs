// A first load with no error and no failed request, then an actor's card by click and by Enter, Esc back to the
// name, and previous/next through the actor's mentions.
import assert from 'node:assert/strict';
import { VIEWPORTS } from '../../lib/browser.mjs';
import { waitFor } from '../../lib/engines/index.mjs';
import { buttonNamed, fill, words } from '../../lib/article.mjs';

/// The stepper's words in the article's language.
const W = words().stepper;
import { ACTOR, ACTORS, mention } from './content.mjs';
import { assertNoError, assertNoFailedRequest, cardGone, focusedId } from './checks.mjs';

/// Enter on a name other than the first actor's opens its card, and Esc gives focus back to that name.
async function assertCardByEnter(page) {
  const other = ACTORS[1];
  const otherId = await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    el.scrollIntoView({ block: 'center', behavior: 'instant' });
    el.focus();
    return el.id;
  }, mention(other.id));
  await page.press('Enter');
  await waitFor(page, (t) => document.querySelector('#card .card__title')?.textContent === t, other.name, {
    message: `${other.id}'s card by Enter`,
  });
  await waitFor(page, () => Boolean(document.activeElement?.closest('#card')), null, { message: 'focus in the card' });
  await page.press('Escape');
  await cardGone(page);
  assert.equal(await focusedId(page), otherId, 'Esc gives focus back to the name');
}

/// Previous and next move through the mentions, and previous from the first wraps to the last.
async function assertStepper(page) {
  const total = await page.evaluate((sel) => document.querySelectorAll(sel).length, mention(ACTOR.id));
  assert.ok(total >= 2, `${ACTOR.id} has several mentions`);
  await page.click(mention(ACTOR.id));
  const status = () => page.evaluate(() => document.querySelector('#card .stepper__status')?.textContent);
  await waitFor(
    page,
    (t) => document.querySelector('#card .stepper__status')?.textContent === t,
    fill(W.at, { n: 1, total }),
  );
  await page.click(`#card ${buttonNamed(W.next)}`);
  await waitFor(
    page,
    (t) => document.querySelector('#card .stepper__status')?.textContent === t,
    fill(W.at, { n: 2, total }),
  );
  assert.equal(
    await page.evaluate((sel) => document.querySelectorAll(sel)[1].getAttribute('aria-expanded'), mention(ACTOR.id)),
    'true',
  );
  await page.click(`#card ${buttonNamed(W.previous)}`);
  await page.click(`#card ${buttonNamed(W.previous)}`);
  assert.equal(await status(), fill(W.at, { n: total, total }), 'previous from the first wraps to the last');
}

export function loadScenarios({ env, group, open }) {
  group(
    'load',
    'the page loads with no error and no failed request; a card opens by click and by Enter, Esc closes it and focus returns; previous/next',
    async () => {
      const { page, requests } = await open(env.server.url, VIEWPORTS.desktop);
      await assertNoError(page);
      assertNoFailedRequest(requests);

      // Click on a name: the card opens and takes focus (it was opened on purpose).
      await page.click(mention(ACTOR.id));
      await waitFor(page, (t) => document.querySelector('#card .card__title')?.textContent === t, ACTOR.name, {
        message: `${ACTOR.id}'s card`,
      });
      const first = await page.evaluate((sel) => document.querySelector(sel).id, mention(ACTOR.id));
      assert.equal(
        await page.evaluate((id) => document.getElementById(id).getAttribute('aria-expanded'), first),
        'true',
      );
      await waitFor(page, () => Boolean(document.activeElement?.closest('#card')), null, {
        message: 'focus in the card',
      });
      await page.press('Escape');
      await cardGone(page);
      assert.equal(await focusedId(page), first, 'Esc gives focus back to the name');

      await assertCardByEnter(page);
      await assertStepper(page);
      await assertNoError(page);
      assertNoFailedRequest(requests);
      await page.close();
    },
  );
}
