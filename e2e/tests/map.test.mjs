// The locator map: borders and places drawn and named, linked both ways with the text, pan and zoom by buttons,
// pinch, keyboard and ctrl+wheel, without trapping one-finger scrolling, and labels that never overlap.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { withPage, VIEWPORTS } from '../lib/browser.mjs';
import { seriousViolations } from '../lib/axe.mjs';
import { startAll, eventually } from '../lib/fixtures.mjs';

let env;
before(async () => {
  env = await startAll();
});
after(async () => {
  await env.stop();
});

const viewBoxWidth = (page) =>
  page.evaluate(() => Number(document.querySelector('#map-svg').getAttribute('viewBox').split(' ')[2]));

async function visibleLabels(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('#map .map-label')]
      .filter((el) => !el.classList.contains('is-hidden'))
      .map((el) => ({ text: el.textContent, ...el.getBoundingClientRect().toJSON() })),
  );
}

test('the map draws both borders and names Minsk, Grodno, Vilnius and Warsaw', async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    await page.locator('#map').scrollIntoViewIfNeeded();
    assert.equal(await page.locator('#map .map-border[data-place="border-poland"] .map-border__line').count(), 1);
    assert.equal(await page.locator('#map .map-border[data-place="border-lithuania"] .map-border__line').count(), 1);
    const shown = (await visibleLabels(page)).map((l) => l.text);
    for (const name of [
      'Minsk',
      'Grodno (Hrodna)',
      'Vilnius',
      'Warsaw',
      'Belarus–Poland border',
      'Belarus–Lithuania border',
      'BELARUS',
      'POLAND',
      'LITHUANIA',
    ]) {
      assert.ok(shown.includes(name), `${name} is labelled`);
    }
    assert.match(await page.locator('.map__credit').textContent(), /Natural Earth/);
    // The fixed geometry comes from the prerender only (the wasm has no path data): it must survive the take-over,
    // and stay through a zoom.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const shapes = await page.evaluate(() =>
      [...document.querySelectorAll('#map-svg .map-country, #map-svg .map-border__line')].map(
        (p) => p.getAttribute('d')?.length ?? 0,
      ),
    );
    assert.ok(shapes.length >= 8, `country and border shapes drawn (${shapes.length})`);
    assert.ok(
      shapes.every((n) => n > 100),
      'every shape has its path data',
    );
    assert.ok((await page.locator('#map-svg .map-distance line').count()) >= 2, 'distance lines drawn');
  });
});

test('opening Grodno in the text lights it on the map', async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    assert.equal(await page.locator('#map-grodno.is-lit').count(), 0);
    await page.locator('.mention[data-target="grodno"]').first().click();
    assert.equal(await page.locator('#map-grodno.is-lit').count(), 1);
    await page.keyboard.press('Escape');
    await page.locator('.mention[data-target="minsk"]').first().click();
    assert.equal(await page.locator('#map-minsk.is-lit').count(), 1);
    assert.equal(await page.locator('#map-grodno.is-lit').count(), 0);
    // A country named in the text is an actor (a state); its card lights the country on the map.
    await page.keyboard.press('Escape');
    await page.locator('.mention[data-target="poland"]').first().click();
    assert.ok((await page.locator('.map-country-name.is-lit[data-place="poland-country"]').count()) >= 1);
    await page.keyboard.press('Escape');
    await page.locator('.mention[data-target="lukashenko"]').first().click();
    assert.equal(
      await page.locator('#map-grodno.is-lit').count(),
      1,
      "Lukashenko's card lights Grodno, where the article puts him",
    );
  });
});

test('opening Grodno on the map lights its sentences and shows its card, by click, key and tap', async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    await page.locator('#map-grodno').click();
    await page.locator('#card .card__title', { hasText: 'Grodno' }).waitFor();
    const lit = await page.locator('.sentence.is-highlighted').evaluateAll((els) => els.map((e) => e.id));
    assert.ok(lit.includes('p14-s1'), `lit: ${lit}`);
    // The card sits next to the marker, in view, and Esc gives focus back to the marker.
    const marker = await page.locator('#map-grodno .map-place__dot').boundingBox();
    const card = await page.locator('#card').boundingBox();
    const gap = Math.min(Math.abs(card.y - (marker.y + marker.height)), Math.abs(marker.y - (card.y + card.height)));
    assert.ok(gap < 24, `card next to the marker (gap ${gap})`);
    assert.ok(card.y >= 0 && card.y + card.height <= 900, 'card in view');
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'map-grodno');
    await page.locator('#map-border-poland').focus();
    await page.keyboard.press('Enter');
    await page.locator('#card .card__title', { hasText: 'Poland' }).waitFor();
  });

  await withPage(env.browser, env.server.url, { touch: true, viewport: VIEWPORTS.tablet }, async ({ page }) => {
    await page.locator('#map-vilnius').scrollIntoViewIfNeeded();
    await page.locator('#map-vilnius').tap();
    await page.locator('#card .card__title', { hasText: 'Vilnius' }).waitFor();
    await page.locator('#card .sentence-link').first().tap();
    assert.ok((await page.locator('.sentence.is-highlighted').count()) >= 1);
  });
});

test('an actor card offers "Show on map", which lights the place and brings the map into view', async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    await page.locator('.mention[data-target="biegun"]').first().click();
    await page.locator('#card').getByRole('button', { name: 'Show on map' }).first().click();
    assert.equal(await page.locator('#map-vilnius.is-lit').count(), 1);
    const inView = async () => {
      const box = await page.locator('#map-svg').boundingBox();
      return box.y < VIEWPORTS.desktop.height && box.y + box.height > 0;
    };
    assert.ok(await eventually(inView), 'map in view');
  });
});

test('zoom buttons and a pinch zoom the map under touch emulation', async () => {
  await withPage(
    env.browser,
    env.server.url,
    { touch: true, viewport: VIEWPORTS.tablet },
    async ({ page, context }) => {
      await page.locator('#map').scrollIntoViewIfNeeded();
      assert.equal(await viewBoxWidth(page), 1000);
      await page.getByRole('button', { name: 'Zoom in' }).tap();
      const zoomed = await viewBoxWidth(page);
      assert.ok(zoomed < 1000, `zoomed in: ${zoomed}`);
      await page.getByRole('button', { name: 'Zoom out' }).tap();
      assert.ok((await viewBoxWidth(page)) > zoomed);
      await page.getByRole('button', { name: 'Reset map' }).tap();
      assert.equal(await viewBoxWidth(page), 1000);

      // A two-finger pinch outwards over the map.
      const box = await page.locator('#map-svg').boundingBox();
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      const cdp = await context.newCDPSession(page);
      const touch = (type, d) =>
        cdp.send('Input.dispatchTouchEvent', {
          type,
          touchPoints:
            type === 'touchEnd'
              ? []
              : [
                  { x: cx - d, y: cy, id: 1 },
                  { x: cx + d, y: cy, id: 2 },
                ],
        });
      await touch('touchStart', 40);
      for (let d = 50; d <= 160; d += 10) await touch('touchMove', d);
      await touch('touchEnd', 0);
      const pinched = await viewBoxWidth(page);
      assert.ok(pinched < 500, `pinched to ${pinched}`);
    },
  );
});

test('one finger over the map scrolls the page, and so does the plain wheel; ctrl + wheel zooms', async () => {
  await withPage(env.browser, env.server.url, { touch: true, viewport: VIEWPORTS.phone }, async ({ page, context }) => {
    await page.locator('#map-svg').scrollIntoViewIfNeeded();
    const box = await page.locator('#map-svg').boundingBox();
    const x = box.x + box.width / 2;
    const y = box.y + box.height * 0.8;
    const before = await page.evaluate(() => window.scrollY);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y, id: 1 }] });
    for (let dy = 10; dy <= 150; dy += 10) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - dy, id: 1 }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForTimeout(300);
    const after = await page.evaluate(() => window.scrollY);
    assert.ok(after > before + 50, `page scrolled from ${before} to ${after}`);
    assert.equal(await viewBoxWidth(page), 1000, 'the map did not move');
  });

  await withPage(env.browser, env.server.url, async ({ page }) => {
    await page.locator('#map-svg').scrollIntoViewIfNeeded();
    const b = await page.locator('#map-svg').boundingBox();
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    const s0 = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(300);
    assert.ok((await page.evaluate(() => window.scrollY)) > s0, 'plain wheel scrolls the page');
    assert.equal(await viewBoxWidth(page), 1000);
    const b2 = await page.locator('#map-svg').boundingBox();
    await page.mouse.move(b2.x + b2.width / 2, Math.max(b2.y, 0) + 20);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    assert.ok((await viewBoxWidth(page)) < 1000, 'ctrl + wheel zooms');
  });
});

test('the keyboard pans and zooms the map', async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    await page.locator('#map-svg').focus();
    await page.keyboard.press('+');
    const w = await viewBoxWidth(page);
    assert.ok(w < 1000);
    const x0 = await page.evaluate(() =>
      Number(document.querySelector('#map-svg').getAttribute('viewBox').split(' ')[0]),
    );
    await page.keyboard.press('ArrowRight');
    const x1 = await page.evaluate(() =>
      Number(document.querySelector('#map-svg').getAttribute('viewBox').split(' ')[0]),
    );
    assert.ok(x1 > x0, 'panned east');
    await page.keyboard.press('0');
    assert.equal(await viewBoxWidth(page), 1000);
  });
});

test('map labels never overlap, from 320 to 1440 px wide', async () => {
  for (const width of [320, 375, 414, 600, 768, 820, 1024, 1280, 1440]) {
    await withPage(env.browser, env.server.url, { viewport: { width, height: 900 } }, async ({ page }) => {
      await page.locator('#map').scrollIntoViewIfNeeded();
      await page.waitForTimeout(150);
      const labels = await visibleLabels(page);
      assert.ok(
        labels.some((l) => l.text === 'Minsk'),
        `${width}: Minsk labelled`,
      );
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) {
          const [a, b] = [labels[i], labels[j]];
          const overlap =
            a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
          assert.ok(!overlap, `${width}px: "${a.text}" overlaps "${b.text}"`);
        }
      }
    });
  }
});

test('axe-core finds no serious or critical violation with the map and a place card open', async () => {
  await withPage(env.browser, env.server.url, async ({ page }) => {
    await page.locator('#map-grodno').click();
    await page.locator('#card').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
  });
});
