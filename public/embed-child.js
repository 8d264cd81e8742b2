// Embed pages only: the prerender puts this classic script in their head, so it runs before the first paint.
//
// 1. The theme pin: `?theme=light` or `?theme=dark` sets the page's scheme (style/base.css reads data-theme) and its
//    color-scheme meta, because a frame otherwise follows the viewer's system, not the host page around it. `auto`,
//    no parameter, or anything else keeps following the system.
// 2. The frame's height, told to the host page once the page is parsed and again whenever it changes (a claim opens,
//    the frame is shown after sitting in a hidden tab, a card opens below the text): Pym.js's message where the URL
//    names Pym's child, AMP's embed-size for an amp-iframe, WordPress's where its embed gave a secret, and ours for
//    embed-parent.js. This is a script, not the wasm, so that it works where the wasm cannot run: a WordPress
//    embed is sandboxed, and its opaque origin cannot load the app's module.
// The messages it reads are the parent's requests for the height (Pym.js's and WordPress's), from the parent window
// only, checked whole; nothing received can navigate the page or insert markup.
(() => {
  const params = new URLSearchParams(location.search);
  const theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') {
    document.documentElement.dataset.theme = theme;
    document.querySelector('meta[name="color-scheme"]')?.setAttribute('content', theme);
  }
  const parent = window.parent;
  if (parent === window) return;

  // Pym's child ids are letters, digits, - and _; WordPress's secrets letters and digits (#?secret=…).
  const child = /^[\w-]{1,64}$/.test(params.get('childId') ?? '') ? params.get('childId') : null;
  const found = new URLSearchParams(location.hash.replace(/^#\??/, '')).get('secret') ?? '';
  const secret = /^[A-Za-z0-9]{1,64}$/.test(found) ? found : null;

  // The app's bottom, or the open card's where it hangs lower (it is positioned outside the flow), in page pixels.
  const contentHeight = () => {
    const bottom = (id) => (document.getElementById(id)?.getBoundingClientRect().bottom ?? 0) + window.scrollY;
    return Math.ceil(Math.max(bottom('app'), document.getElementById('card') ? bottom('card') + 8 : 0));
  };
  let last = 0;
  const report = (always) => {
    const height = contentHeight();
    // Zero in a frame that is not displayed (a hidden tab): nothing to say until it is shown.
    if (height <= window.scrollY || (!always && height === last)) return;
    last = height;
    const send = (message) => parent.postMessage(message, '*');
    if (child) send(`pymxPYMx${child}xPYMxheightxPYMx${height}`);
    send({ sentinel: 'amp', type: 'embed-size', height });
    if (secret) send({ message: 'height', value: height, secret });
    send({ 'explainer-height': height });
  };

  document.addEventListener('DOMContentLoaded', () => {
    const app = document.getElementById('app');
    if (!app) return;
    const sizes = new ResizeObserver(() => report(false));
    sizes.observe(app);
    // The island adds the card to the app when it opens and removes it when it closes.
    new MutationObserver(() => {
      const card = document.getElementById('card');
      if (card) sizes.observe(card);
      report(false);
    }).observe(app, { childList: true });
    report(true);
  });
  // The parent may ask for the height: a Pym parent with `pymxPYMx<child>xPYMxwidthxPYMx<px>`, and WordPress's
  // wp-embed.js, when it loads after the frame, with `{message: 'ready', secret}`. Both get it; nothing else is read.
  window.addEventListener('message', (event) => {
    if (event.source !== parent) return;
    const data = event.data;
    if (child && typeof data === 'string' && data.length <= 256) {
      const [tag, id, kind, width, ...rest] = data.split('xPYMx');
      if (tag === 'pym' && id === child && kind === 'width' && /^\d{1,5}$/.test(width ?? '') && !rest.length)
        report(true);
    } else if (secret && data && typeof data === 'object' && data.message === 'ready' && data.secret === secret) {
      report(true);
    }
  });
})();
