// Embeds that fit the host page (issue 23), each host a news site's page on another origin:
// - the theme pin: `?theme=dark` on a dark host, with the reader's system light, shows the host's own background
//   through the frame (read from the screenshot's pixels, as only the pixels show what the reader sees where two
//   pages meet) and light text; the reverse for light; `auto`, none and unknown values follow the system;
// - the frame's height, whoever sizes it: an AMP-style host (`embed-size`), our parent script against a host
//   stylesheet `iframe { height: 100% }`, a part in a tab that was hidden while it loaded, WordPress's sandboxed
//   frame and its secret;
// - oEmbed: every page names its response in its head, the response is what WordPress keeps of an unknown site's
//   embed (its allow-list), and its iframe loads the explainer;
// - the README's snippets: `title` and `loading="lazy"` on every frame, and something to read where the host runs
//   no scripts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'smol-toml';
import { serve } from '../lib/server.mjs';
import { VIEWPORTS, withPage } from '../lib/browser.mjs';
import { startAll, hostDir, eventually } from '../lib/fixtures.mjs';
import { seriousViolations } from '../lib/axe.mjs';
import { ARTICLE, ROOT } from '../lib/article.mjs';
import { decodePng, luminance } from '../lib/png.mjs';

const PARTS = ['map', 'claims', 'timeline', 'classroom'];
// Every address a page gives of itself is absolute, under the site's (content/site/site.toml); the test server
// serves the article's folder at its root, so such an address is read from there.
const SITE_URL = parse(fs.readFileSync(path.join(ROOT, 'content/site/site.toml'), 'utf8')).site.url;
const ARTICLE_URL = new URL(`${ARTICLE}/`, SITE_URL).href;
// Two host pages with a colour scheme of their own, each background unlike the explainer's paper and unlike the
// browser's default canvas in either scheme, so a pixel of it can only be the host's.
const HOSTS = {
  dark: { background: '#24303c', rgb: { r: 0x24, g: 0x30, b: 0x3c }, ink: '#f2f2f2' },
  light: { background: '#f6ecd8', rgb: { r: 0xf6, g: 0xec, b: 0xd8 }, ink: '#202020' },
};
const OPPOSITE = { dark: 'light', light: 'dark' };
// WordPress gives each embed a secret of letters and digits (wp_generate_password(10, false)).
const SECRET = 'abc123XYZ0';

let env;
let host;
let dir;
before(async () => {
  env = await startAll();
  dir = hostDir('embed-hosts-');
  host = await serve(dir);
});
after(async () => {
  await host.close();
  await env.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/// Writes a host page into the host's folder and returns its address. `scheme` gives it a colour scheme and
/// background of its own (HOSTS); `head` and `body` are its own markup.
function hostPage(name, { scheme, head = '', body }) {
  const style = scheme
    ? `<meta name="color-scheme" content="${scheme}"><style>:root { color-scheme: ${scheme}; background: ${HOSTS[scheme].background}; color: ${HOSTS[scheme].ink}; }</style>`
    : '';
  fs.writeFileSync(
    path.join(dir, name),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
    <title>A news site</title><link rel="icon" href="data:,">${style}${head}
    <style>body { margin: 0; padding: 24px; }</style></head>
    <body><h1>A news site's story</h1>${body}</body></html>`,
  );
  return `${host.url}${name}`;
}

/// An embed page of the explainer under test, on its own origin.
const embedUrl = (file, query = '') => `${env.server.url}${file}${query}`;

/// Our parent script's snippet, as the README gives it.
const ownFrame = (src, style = 'width:100%;border:0;height:150px') =>
  `<iframe src="${src}" data-explainer-embed title="Explainer" style="${style}"></iframe>
  <script src="${env.server.url}embed-parent.js"></script>`;

const frameOf = async (page, selector = 'iframe') => (await page.locator(selector).elementHandle()).contentFrame();

// Polled rather than on animation frames: a frame hidden by its host paints no frames until it is shown.
const appReady = (frame) =>
  frame.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 20000, polling: 100 });

/// The frame's content height, measured inside it as the embed bridge measures it: the app, and an open card.
const contentHeight = (frame) =>
  frame.evaluate(() => {
    const bottom = (el) => (el ? el.getBoundingClientRect().bottom + window.scrollY : 0);
    return Math.ceil(Math.max(bottom(document.getElementById('app')), bottom(document.getElementById('card')) + 8));
  });

/// The frame's height on the host page (0 while it is hidden) and its content's inside it.
async function heights(page, frame, selector = 'iframe') {
  const box = await page.locator(selector).boundingBox();
  return { frameHeight: box?.height ?? 0, content: await contentHeight(frame) };
}

/// Waits until the frame ends where its content does (±2 px); fails with both heights if it never does.
async function assertFits(page, frame, message, selector = 'iframe') {
  let last;
  const fits = await eventually(async () => {
    last = await heights(page, frame, selector);
    return Math.abs(last.frameHeight - last.content) <= 2;
  }, 5000);
  assert.ok(fits, `${message}: the frame is ${last.frameHeight} px high, its content ${last.content} px`);
  return last;
}

/// The frame's content height, once it has changed from `before` (after a disclosure opens or closes).
async function changedContent(frame, before) {
  await frame.waitForFunction(
    (h) => Math.ceil(document.getElementById('app').getBoundingClientRect().bottom + window.scrollY) !== h,
    before,
    { polling: 100 },
  );
  return contentHeight(frame);
}

const rgbOf = (css) => {
  const [r, g, b] = css.match(/[\d.]+/g).map(Number);
  return { r, g, b };
};
const contrast = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

/// What the page pinned: its `data-theme`, its colour-scheme meta, and the colour of its body text: the article's
/// first paragraph, or in a part the first shown paragraph or list item outside the masthead (whose kicker is in
/// the accent colour).
const schemeOf = (frame) =>
  frame.evaluate(() => {
    const text =
      document.getElementById('p1')
      ?? [...document.querySelectorAll('#app p, #app li')].find(
        (el) => !el.closest('.masthead') && el.getClientRects().length > 0 && el.textContent.trim().length > 5,
      )
      ?? document.body;
    return {
      theme: document.documentElement.getAttribute('data-theme'),
      meta: document.querySelector('meta[name="color-scheme"]')?.content ?? null,
      text: getComputedStyle(text).color,
    };
  });

/// A point of the frame (its own coordinates) with nothing drawn on it but the page's background: 3 px in from its
/// edge, in the page's inline padding, where no element up to the root has a background of its own; the first such
/// point from the top, above `maxY`, or null.
const clearPoint = (frame, maxY) =>
  frame.evaluate((maxY) => {
    const bare = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.backgroundColor !== 'rgba(0, 0, 0, 0)' || s.backgroundImage !== 'none') return false;
      }
      return true;
    };
    for (let y = 8; y < Math.min(maxY, innerHeight); y += 8) {
      const at = document.elementFromPoint(3, y);
      if (at && bare(at)) return { x: 3, y };
    }
    return null;
  }, maxY);

/// The screenshot's pixels in a square of `size` CSS px around (x, y) on the page.
async function pixelsAround(page, x, y, size = 4) {
  const image = decodePng(await page.screenshot());
  const scale = image.width / page.viewportSize().width;
  const out = [];
  for (let dy = 0; dy < size; dy++) {
    for (let dx = 0; dx < size; dx++) out.push(image.pixel(Math.round((x + dx) * scale), Math.round((y + dy) * scale)));
  }
  return out;
}

const near = (a, b, tolerance = 3) =>
  Math.abs(a.r - b.r) <= tolerance && Math.abs(a.g - b.g) <= tolerance && Math.abs(a.b - b.b) <= tolerance;

// The theme pin: the host's scheme against the reader's, for the whole explainer and a part.
for (const file of ['embed.html', 'embed-claims.html']) {
  for (const theme of ['dark', 'light']) {
    const system = OPPOSITE[theme];
    test(`${file}?theme=${theme} on a ${theme} host, the system ${system}: the host's background shows through, the text is ${theme === 'dark' ? 'light' : 'dark'}, axe-core passes`, async () => {
      const url = hostPage(`theme-${theme}-${file}`, {
        scheme: theme,
        body: ownFrame(embedUrl(file, `?theme=${theme}`)),
      });
      // The wasm is held back: the pin is the page's own, in place before the app runs (embed-child.js, in the head).
      const options = {
        viewport: VIEWPORTS.desktop,
        colorScheme: system,
        holdWasm: true,
        waitUntil: 'load',
        otherOrigins: [env.server.origin],
      };
      await withPage(env.browser, url, options, async ({ page, release }) => {
        const frame = await frameOf(page);
        await frame.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, {
          polling: 100,
        });
        const early = await schemeOf(frame);
        assert.equal(early.theme, theme, 'data-theme is set before the app runs');
        assert.equal(early.meta, theme, 'and the colour-scheme meta');
        assert.equal(
          await frame.evaluate(() => {
            const s = document.querySelector('head script[src*="embed-child"]');
            return s && !s.type && !s.defer && !s.async;
          }),
          true,
          'by a classic script in the head, which runs before the first paint',
        );
        release();
        await appReady(frame);
        await assertFits(page, frame, 'the frame fits its content');
        assert.equal((await schemeOf(frame)).theme, theme, 'the app keeps the pin');

        // The pixels: beside a paragraph, inside the frame, the host's background, as on the host page itself.
        const box = await page.locator('iframe').boundingBox();
        const point = await clearPoint(frame, page.viewportSize().height - box.y - 8);
        assert.ok(point, 'a point of the frame with nothing drawn on it, in view');
        const hostPixel = (await pixelsAround(page, 4, 4, 1))[0];
        assert.ok(near(hostPixel, HOSTS[theme].rgb), `the host's background: ${JSON.stringify(hostPixel)}`);
        const inFrame = await pixelsAround(page, box.x + point.x - 1, box.y + point.y - 1);
        for (const pixel of inFrame) {
          assert.ok(
            near(pixel, hostPixel),
            `inside the frame at (${point.x}, ${point.y}): ${JSON.stringify(pixel)}, the host's ${JSON.stringify(hostPixel)} (an opaque frame paints its own ${system} canvas)`,
          );
        }
        const dark = luminance(inFrame[0]) < 0.2;
        assert.equal(dark, theme === 'dark', `the frame looks ${theme}: luminance ${luminance(inFrame[0]).toFixed(3)}`);

        // The text follows the pinned scheme, readable on the host's background.
        const text = rgbOf((await schemeOf(frame)).text);
        assert.equal(luminance(text) > 0.4, theme === 'dark', `the text colour ${JSON.stringify(text)}`);
        assert.ok(contrast(text, hostPixel) >= 4.5, `text on the host's background: ${contrast(text, hostPixel)}:1`);

        // axe-core runs in the frame, which cannot see the host's page behind it and would take white for what shows
        // through. What shows through is the host's background, just sampled from the screen: it is given to the
        // frame's root for the check, so axe-core judges the text against what a reader sees.
        await frame.evaluate(({ r, g, b }) => {
          document.documentElement.style.backgroundColor = `rgb(${r}, ${g}, ${b})`;
        }, hostPixel);
        assert.deepEqual(await seriousViolations(frame), [], `axe-core in the frame, pinned ${theme}`);
      });
    });
  }
}

for (const file of ['embed.html', 'embed-claims.html']) {
  for (const query of ['', '?theme=auto', '?theme=bogus', '?theme=']) {
    test(`${file}${query || ' (no theme)'} follows the system's scheme, pinning nothing`, async () => {
      const url = hostPage(`auto-${file}-${query.replace(/\W/g, '_')}.html`, {
        body: ownFrame(embedUrl(file, query)),
      });
      for (const system of ['light', 'dark']) {
        const options = { colorScheme: system, waitForApp: false, otherOrigins: [env.server.origin] };
        await withPage(env.browser, url, options, async ({ page }) => {
          const frame = await frameOf(page);
          await frame.waitForLoadState('load');
          const seen = await schemeOf(frame);
          assert.equal(seen.theme, null, 'no data-theme');
          assert.equal(seen.meta, 'light dark', 'the colour-scheme meta offers both');
          assert.equal(luminance(rgbOf(seen.text)) > 0.4, system === 'dark', `${system} system: text ${seen.text}`);
        });
      }
    });
  }
}

test('parameters the embed page does not know are ignored: ?utm_source=…&theme=dark&x=1 pins dark', async () => {
  const url = hostPage('theme-extra-params.html', {
    scheme: 'dark',
    body: ownFrame(embedUrl('embed.html', '?utm_source=newsletter&theme=dark&x=%3Cb%3E')),
  });
  const options = { colorScheme: 'light', otherOrigins: [env.server.origin], waitForApp: false };
  await withPage(env.browser, url, options, async ({ page }) => {
    const frame = await frameOf(page);
    await appReady(frame);
    assert.equal((await schemeOf(frame)).theme, 'dark');
    assert.equal(await frame.locator('b').count(), 0, 'no markup from the URL');
  });
});

test('an AMP-style host (amp-iframe resizable): embed-size messages carry the content height, at the start and after a change', async () => {
  // What amp-iframe does with `resizable`: it listens to its own frame only, for {sentinel: 'amp', type:
  // 'embed-size', height}, and resizes the frame to that height. Every message is kept, to see what the frame sent.
  const url = hostPage('amp.html', {
    head: `<script>
      window.ampHeights = [];
      window.allMessages = [];
      addEventListener('message', (event) => {
        const frame = document.querySelector('iframe');
        if (event.source !== frame.contentWindow) return;
        window.allMessages.push(event.data);
        const data = event.data;
        if (!data || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
        window.ampHeights.push(data.height);
        frame.style.height = parseInt(data.height, 10) + 'px';
      });
    </script>`,
    body: `<iframe src="${embedUrl('embed.html')}" title="Explainer" sandbox="allow-scripts allow-same-origin"
      style="width:100%;border:0;height:300px"></iframe>`,
  });
  await withPage(env.browser, url, { waitForApp: false, otherOrigins: [env.server.origin] }, async ({ page }) => {
    const frame = await frameOf(page);
    await appReady(frame);
    const start = await assertFits(page, frame, 'AMP sized the frame from embed-size');
    const lastHeight = () => page.evaluate(() => window.ampHeights.at(-1));
    assert.equal(typeof (await lastHeight()), 'number', 'the height is a number');
    assert.ok(Math.abs((await lastHeight()) - start.content) <= 2, 'the last embed-size is the content height');

    const count = await page.evaluate(() => window.ampHeights.length);
    const toggle = frame.locator('.claim__toggle').last();
    await toggle.click();
    const changed = await changedContent(frame, start.content);
    assert.ok(
      await eventually(async () => Math.abs((await lastHeight()) - changed) <= 2, 5000),
      `a new embed-size after a claim was toggled: ${await lastHeight()}, the content ${changed}`,
    );
    assert.ok((await page.evaluate(() => window.ampHeights.length)) > count, 'sent as a new message');
    await assertFits(page, frame, 'after the change');
    // Without WordPress's secret in the URL, no WordPress message is sent.
    assert.equal(
      await page.evaluate(() => window.allMessages.filter((m) => m && typeof m === 'object' && 'secret' in m).length),
      0,
    );
  });
});

// A host stylesheet that sizes every iframe: our parent script's height must win, in a box of fixed or auto height.
for (const [rule, box] of [
  ['height: 100%', 'height: 400px'],
  ['height: 100%', ''],
  ['height: 100% !important', 'height: 400px'],
]) {
  test(`a host stylesheet iframe { ${rule} } in a box${box ? ` of ${box}` : ' of auto height'}: our parent script still sizes the frame to its content`, async () => {
    const url = hostPage(`host-css-${rule.replace(/\W/g, '_')}-${box.replace(/\W/g, '_')}.html`, {
      head: `<style>iframe { ${rule}; } .embed-box { ${box} }</style>`,
      body: `<div class="embed-box">${ownFrame(embedUrl('embed.html'), 'width:100%;border:0')}</div>`,
    });
    await withPage(env.browser, url, { waitForApp: false, otherOrigins: [env.server.origin] }, async ({ page }) => {
      const frame = await frameOf(page);
      await appReady(frame);
      const start = await assertFits(page, frame, 'at the start');
      await frame.locator('.claim__toggle').last().click();
      await changedContent(frame, start.content);
      await assertFits(page, frame, 'after a claim was toggled');
    });
  });
}

for (const part of ['map', 'claims']) {
  test(`the ${part} part in a tab that was hidden while it loaded takes its content's height when the tab is shown`, async () => {
    const url = hostPage(`tabs-${part}.html`, {
      head: '<style>.tab-panel.is-hidden { display: none; }</style>',
      body: `<div role="tablist">
        <button type="button" role="tab" id="tab-story" aria-selected="true">Story</button>
        <button type="button" role="tab" id="tab-part" aria-selected="false">The ${part}</button></div>
      <section class="tab-panel" id="panel-story"><p>The host page's own text.</p></section>
      <section class="tab-panel is-hidden" id="panel-part">${ownFrame(embedUrl(`embed-${part}.html`))}</section>
      <script>
        document.getElementById('tab-part').addEventListener('click', () => {
          document.getElementById('panel-story').classList.add('is-hidden');
          document.getElementById('panel-part').classList.remove('is-hidden');
        });
      </script>`,
    });
    await withPage(env.browser, url, { waitForApp: false, otherOrigins: [env.server.origin] }, async ({ page }) => {
      const frame = await frameOf(page);
      await appReady(frame);
      assert.equal(await page.locator('iframe').boundingBox(), null, 'the frame is hidden while it starts');
      await page.waitForTimeout(300); // whatever the hidden frame reports, it reports it now
      await page.locator('#tab-part').click();
      await assertFits(page, frame, 'once the tab is shown');
    });
  });
}

/// The attributes of a tag's text (after its name), by lower-case name, with entities decoded.
function attributesOf(text) {
  const named = { quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' };
  const decode = (s) =>
    s.replace(/&(?:#x([\da-f]+)|#(\d+)|(quot|apos|lt|gt|amp));/gi, (_, hex, dec, name) =>
      name ? named[name.toLowerCase()] : String.fromCodePoint(hex ? Number.parseInt(hex, 16) : Number(dec)),
    );
  const out = {};
  for (const m of text.matchAll(/([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    out[m[1].toLowerCase()] = decode(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

/// Every `<name …>` tag in `html`, as its attributes.
const tagsOf = (html, name) =>
  [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'gi'))].map((m) => attributesOf(m[1]));

/// An address the site gives (under SITE_URL), on the test server.
function local(url) {
  assert.ok(url.startsWith(ARTICLE_URL), `${url} is under the article's address ${ARTICLE_URL}`);
  return env.server.url + url.slice(ARTICLE_URL.length);
}

/// What WordPress keeps of an iframe from a site it does not know (wp_filter_oembed_result, wp-includes/embed.php):
/// wp_kses with this allow-list drops every other attribute (and every other element but `a` and `blockquote`).
const WORDPRESS_IFRAME_ATTRIBUTES = [
  'src',
  'width',
  'height',
  'frameborder',
  'marginwidth',
  'marginheight',
  'scrolling',
  'title',
];

/// The markup WordPress puts on its page for an oEmbed response's html, once wp_kses has kept it whole
/// (wp_filter_oembed_result, as of WordPress 6): the first iframe (after an optional blockquote), its src given the
/// secret in its fragment and a data-secret beside it, and the frame sandboxed. Null where WordPress drops the embed.
function wordpressMarkup(html, secret) {
  const content = html.match(/(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s);
  if (!content?.[2]) return null;
  let out = (content[1] ?? '') + content[2];
  const src = out.match(/ src=(['"])(.*?)\1/);
  if (src) {
    const [whole, q, url] = src;
    out = out.replace(whole, () => ` src=${q}${url}#?secret=${secret}${q} data-secret=${q}${secret}${q}`);
  }
  return out.replace(/<iframe/gi, '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"');
}

/// The oEmbed response a page names in its head, checked, with the embed page its iframe shows.
async function oembedOf(file) {
  const page = await (await fetch(`${env.server.url}${file}`)).text();
  const head = page.slice(0, page.search(/<\/head>/i));
  const links = tagsOf(head, 'link').filter(
    (l) => l.rel?.split(/\s+/).includes('alternate') && l.type === 'application/json+oembed',
  );
  assert.equal(links.length, 1, `${file}: one oEmbed discovery link in the head`);
  const [link] = links;
  assert.ok(link.title?.trim(), `${file}: the discovery link has a title`);
  const part = file.match(/^embed-(\w+)\.html$/)?.[1];
  const name = part ? `oembed-${part}.json` : 'oembed.json';
  assert.equal(link.href, `${ARTICLE_URL}${name}`, `${file}: names ${name}, by its absolute address`);
  const response = await fetch(local(link.href));
  assert.equal(response.status, 200, `${name} is served`);
  const json = await response.json();
  return { json, name, embed: part ? `embed-${part}.html` : 'embed.html' };
}

for (const file of ['index.html', 'embed.html', ...PARTS.map((p) => `embed-${p}.html`)]) {
  test(`oEmbed for ${file}: discovered from its head, a rich response whose bare iframe WordPress keeps whole, and which loads`, async () => {
    const { json, name, embed } = await oembedOf(file);
    assert.equal(json.version, '1.0', `${name}: version`);
    assert.equal(json.type, 'rich', `${name}: type`);
    for (const key of ['width', 'height']) {
      assert.ok(Number.isInteger(json[key]) && json[key] > 0, `${name}: ${key} is a whole number of pixels`);
    }
    assert.ok(typeof json.title === 'string' && json.title.trim(), `${name}: a title`);
    assert.ok(typeof json.provider_name === 'string' && json.provider_name.trim(), `${name}: provider_name`);
    assert.match(json.provider_url ?? '', /^https?:\/\//, `${name}: provider_url is absolute`);

    // The html: exactly one iframe element, nothing around it or in it.
    assert.match(json.html, /^<iframe\b[^<>]*><\/iframe>$/, `${name}: html is one bare iframe: ${json.html}`);
    const [frame] = tagsOf(json.html, 'iframe');
    assert.equal(frame.src, `${ARTICLE_URL}${embed}`, `${name}: the iframe shows ${embed}, by its absolute address`);
    assert.equal(frame.width, String(json.width), `${name}: the iframe's width is the response's`);
    assert.equal(frame.height, String(json.height), `${name}: the iframe's height is the response's`);
    assert.ok(frame.title?.trim(), `${name}: the iframe has a title`);

    // WordPress's allow-list for an unknown site keeps every attribute, so the frame it shows is the one we send.
    const dropped = Object.keys(frame).filter((a) => !WORDPRESS_IFRAME_ATTRIBUTES.includes(a));
    assert.deepEqual(dropped, [], `${name}: attributes WordPress would drop`);
    assert.match(frame.src, /^https?:/, `${name}: a src protocol wp_kses allows`);
    const markup = wordpressMarkup(json.html, SECRET);
    assert.ok(markup, `${name}: WordPress finds the iframe`);
    const kept = tagsOf(markup, 'iframe')[0];
    assert.equal(kept.title, frame.title, 'WordPress keeps the title');
    assert.equal(kept.src, `${frame.src}#?secret=${SECRET}`, "and the src, with the embed's secret");

    // The response's html on a host page loads the explainer (its address moved to the test server).
    const url = hostPage(`oembed-${file}`, { body: json.html.replaceAll(ARTICLE_URL, env.server.url) });
    await withPage(env.browser, url, { waitForApp: false, otherOrigins: [env.server.origin] }, async ({ page }) => {
      const loaded = await frameOf(page);
      await appReady(loaded);
      assert.ok(loaded.url().endsWith(`/${embed}`), `the frame shows ${embed}: ${loaded.url()}`);
      assert.ok((await loaded.locator('#app').textContent()).trim().length > 100, 'with the explainer in it');
    });
  });
}

/// A host page as WordPress writes it for a pasted address: the oEmbed response's html through wp_filter_oembed_result,
/// and wp-embed.js's listener (receiveEmbedMessage, as of WordPress 6), which trusts a message only from the frame
/// holding its secret, and clamps the height to 200–1000 px. `late`: the listener starts only after the frame has
/// loaded, and then says `ready` to it, as wp-embed.js does when it loads after its frames.
function wordpressHost(name, markup, { late = false } = {}) {
  const listen = `
    window.wpMessages = [];
    window.addEventListener('message', (e) => {
      const data = e.data;
      if (!data || !(data.secret || data.message || data.value) || /[^a-zA-Z0-9]/.test(data.secret)) return;
      for (const source of document.querySelectorAll('iframe[data-secret="' + data.secret + '"]')) {
        if (e.source !== source.contentWindow) continue;
        window.wpMessages.push(data);
        source.removeAttribute('style');
        if (data.message === 'height') {
          let height = Number.parseInt(data.value, 10);
          if (height > 1000) height = 1000;
          else if (Math.trunc(height) < 200) height = 200;
          source.height = height;
        }
      }
    });
    for (const frame of document.querySelectorAll('iframe.wp-embedded-content')) {
      frame.contentWindow.postMessage({ message: 'ready', secret: frame.getAttribute('data-secret') }, '*');
    }`;
  const script = late
    ? `<script>document.querySelector('iframe').addEventListener('load', () => setTimeout(() => { ${listen} }, 500));</script>`
    : `<script>${listen}</script>`;
  return hostPage(name, {
    head: '<style>.wp-embedded-content { max-width: 100%; }</style>',
    body: `<div class="entry-content" style="max-width:640px">${markup}</div>${script}`,
  });
}

// WordPress's sandbox (allow-scripts, without allow-same-origin) gives the frame an opaque origin, whose requests for
// the app's module scripts are cross-origin: without Access-Control-Allow-Origin on them (the test server sends
// none, as a plain static host would), Chromium blocks them and says so in the console, and the app stays the
// prerendered page. That is allowed here; what must hold is what the reader sees: the explainer, styled, at its
// height, which the classic embed-child.js reports without the app.
const SANDBOX_BLOCKS_MODULES = [/from origin 'null' has been blocked by CORS policy/, /net::ERR_FAILED/];

for (const file of ['embed-map.html', 'embed.html']) {
  test(`WordPress's sandboxed frame of ${file} (#?secret=…) gets the height message, with its secret, and only its own`, async () => {
    const { json } = await oembedOf(file);
    const markup = wordpressMarkup(json.html, SECRET).replaceAll(ARTICLE_URL, env.server.url);
    const url = wordpressHost(`wordpress-${file}`, markup);
    const options = { waitForApp: false, otherOrigins: [env.server.origin], allowErrors: SANDBOX_BLOCKS_MODULES };
    await withPage(env.browser, url, options, async ({ page }) => {
      const frame = await frameOf(page);
      await frame.waitForLoadState('load');
      assert.ok((await frame.locator('#app').textContent()).trim().length > 100, 'the explainer is in the frame');
      const last = () => page.evaluate(() => window.wpMessages.filter((m) => m.message === 'height').at(-1));
      let content;
      assert.ok(
        await eventually(async () => {
          content = await contentHeight(frame);
          return Math.abs(((await last())?.value ?? 0) - content) <= 2;
        }, 5000),
        `a height message with the content's height (${content} px): ${JSON.stringify(await last())}`,
      );
      assert.equal((await last()).secret, SECRET, 'carrying the secret from the URL');
      const clamped = Math.min(1000, Math.max(200, content));
      assert.ok(
        Math.abs((await heights(page, frame)).frameHeight - clamped) <= 2,
        `the frame is as high as WordPress allows (${clamped} px)`,
      );
      // Its stylesheet must load in the sandbox too: a stylesheet with an `integrity` attribute is fetched from the
      // opaque origin without CORS, and Chromium blocks it, as it cannot check its hash.
      assert.notEqual(
        await frame.evaluate(() => getComputedStyle(document.querySelector('.page')).maxWidth),
        'none',
        'styled: its stylesheet loads in the sandbox',
      );
    });
  });
}

test('WordPress loaded after the frame: its `ready` gets the height message again', async () => {
  const { json } = await oembedOf('embed-map.html');
  const markup = wordpressMarkup(json.html, SECRET).replaceAll(ARTICLE_URL, env.server.url);
  const url = wordpressHost('wordpress-late.html', markup, { late: true });
  const options = { waitForApp: false, otherOrigins: [env.server.origin], allowErrors: SANDBOX_BLOCKS_MODULES };
  await withPage(env.browser, url, options, async ({ page }) => {
    const frame = await frameOf(page);
    await frame.waitForLoadState('load');
    await page.waitForFunction(() => window.wpMessages, null, { polling: 100 });
    const { content } = await heights(page, frame);
    assert.ok(
      await eventually(
        () =>
          page.evaluate(
            (h) => window.wpMessages.some((m) => m.message === 'height' && Math.abs(m.value - h) <= 2),
            content,
          ),
        5000,
      ),
      `a height message after ready: ${JSON.stringify(await page.evaluate(() => window.wpMessages))}`,
    );
  });
});

test('a frame without the secret, or with a malformed one, sends WordPress nothing', async () => {
  const bad = `${env.server.url}embed-map.html#?secret=${encodeURIComponent('<b>x</b>')}`;
  const url = hostPage('wordpress-bad-secret.html', {
    head: `<script>
      window.seen = [];
      addEventListener('message', (e) => { if (e.data && typeof e.data === 'object' && 'secret' in e.data) window.seen.push(e.data); });
    </script>`,
    body: `<iframe src="${bad}" title="Explainer" width="600" height="400"></iframe>`,
  });
  await withPage(env.browser, url, { waitForApp: false, otherOrigins: [env.server.origin] }, async ({ page }) => {
    await appReady(await frameOf(page));
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(() => window.seen), []);
  });
});

// The README's snippets, as a news site would paste them.
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/// The html code blocks of the README's "Embedding" section (its subsections included).
function readmeSnippets() {
  const start = README.indexOf('\n## Embedding');
  assert.ok(start >= 0, 'the README has an "Embedding" section');
  const end = README.indexOf('\n## ', start + 1);
  const section = README.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]);
}

/// A README snippet on a host page served here: the explainer's address and Pym.js's moved to the test servers.
const hosted = (snippet) =>
  snippet
    .replace(/https:\/\/YOUR-HOST\/explainers\/[^/"']+\//g, env.server.url)
    .replace('https://pym.nprapps.org/pym.v1.min.js', `${host.url}pym.v1.min.js`);

const isAmp = (snippet) => /<amp-iframe\b/.test(snippet);
const isPym = (snippet) => /new pym\.Parent\(/.test(snippet);

test("the README's embed snippets: every frame has a title and loads lazily; AMP's has what amp-iframe requires", () => {
  const snippets = readmeSnippets();
  assert.ok(snippets.some(isPym), 'a Pym.js snippet');
  assert.ok(
    snippets.some((s) => /<iframe\b/.test(s)),
    'a snippet with our parent script',
  );
  assert.ok(snippets.some(isAmp), 'an AMP snippet');
  for (const snippet of snippets) {
    for (const frame of tagsOf(snippet, 'iframe')) {
      assert.ok(frame.title?.trim(), `a title: ${snippet}`);
      assert.equal(frame.loading, 'lazy', `loading="lazy": ${snippet}`);
    }
    // Pym.js makes the frame itself, with the title its options give.
    if (isPym(snippet)) assert.match(snippet, /\{[^}]*\btitle:\s*'[^']+'/, `Pym.js is given a title: ${snippet}`);
    if (isAmp(snippet)) {
      const [amp] = tagsOf(snippet, 'amp-iframe');
      assert.ok(amp.title?.trim(), 'amp-iframe: a title');
      assert.ok('resizable' in amp, 'amp-iframe: resizable');
      assert.equal(amp.layout, 'fixed-height', 'amp-iframe: layout="fixed-height"');
      assert.match(amp.height ?? '', /^\d+$/, 'amp-iframe: a height');
      const sandbox = (amp.sandbox ?? '').split(/\s+/);
      assert.ok(sandbox.includes('allow-scripts') && sandbox.includes('allow-same-origin'), 'amp-iframe: sandbox');
      const overflow = tagsOf(snippet, '\\w+').find((t) => 'overflow' in t);
      assert.ok(overflow, 'amp-iframe: an overflow element, required with resizable');
      assert.equal(overflow.tabindex, '0', 'the overflow element: focusable');
      assert.equal(overflow.role, 'button', 'the overflow element: a button');
      assert.ok(overflow['aria-label']?.trim(), 'the overflow element: named');
      assert.ok(
        tagsOf(snippet, '[\\w-]+').some((t) => 'placeholder' in t),
        'amp-iframe: a placeholder, so it may stand near the top of the page',
      );
    }
  }
});

// Where the host runs no scripts (scripts off, or a CMS that strips them), what a snippet shows depends on who makes
// the frame. Our parent script's snippet has the iframe in its markup: the frame loads without any script on the
// host, and the embed page is prerendered and readable without scripts of its own, so the frame itself is the
// fallback (only its height needs the script). Pym.js makes the frame with a script: without scripts its container
// is all there is, so it must hold the fallback, the share image with its alt text, linked to the explainer.
test("the README's snippets on a host without scripts: the explainer in the frame, or the share image linked to it", async () => {
  const snippets = readmeSnippets().filter((s) => !isAmp(s)); // AMP needs its runtime, from AMP's own servers
  for (const [i, snippet] of snippets.entries()) {
    const url = hostPage(`readme-${i}.html`, { body: hosted(snippet) });
    const options = { javaScriptEnabled: false, otherOrigins: [env.server.origin] };
    await withPage(env.browser, url, options, async ({ page }) => {
      if (/<iframe\b/.test(snippet)) {
        const frame = await frameOf(page);
        await frame.waitForLoadState('load');
        assert.ok(
          (await frame.locator('#app').textContent()).trim().length > 100,
          `the frame shows the explainer: ${snippet}`,
        );
        return;
      }
      const img = page.locator('a img[src$="share.png"]');
      assert.equal(await img.count(), 1, `the share image, in a link: ${snippet}`);
      assert.ok(await img.isVisible(), 'it is shown');
      await page.waitForFunction(() => document.querySelector('img').complete, null, { polling: 100 });
      assert.ok(await img.evaluate((el) => el.naturalWidth > 0), 'it has loaded');
      assert.ok((await img.getAttribute('alt'))?.trim(), 'with its alt text');
      const href = await img.evaluate((el) => el.closest('a').href);
      assert.equal(href, env.server.url, 'the link goes to the explainer');
      const explainer = await fetch(href);
      assert.equal(explainer.status, 200);
      assert.match(await explainer.text(), /<html[^>]*data-article=/, 'which is the explainer');
    });
  }
});

test("the README's Pym.js snippets with scripts: Pym.js replaces the fallback with the frame", async () => {
  const snippets = readmeSnippets().filter(isPym);
  for (const [i, snippet] of snippets.entries()) {
    const url = hostPage(`readme-pym-${i}.html`, { body: hosted(snippet) });
    await withPage(env.browser, url, { waitForApp: false, otherOrigins: [env.server.origin] }, async ({ page }) => {
      await page.waitForSelector('iframe');
      assert.equal(await page.locator('img[src$="share.png"]').count(), 0, 'the fallback is gone');
      assert.ok((await page.locator('iframe').getAttribute('title'))?.trim(), 'the frame has a title');
      const frame = await frameOf(page);
      await appReady(frame);
      await assertFits(page, frame, 'and Pym.js sizes it');
    });
  }
});
