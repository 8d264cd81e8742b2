// Auto-height for the explainer's iframe, for pages that do not use Pym.js. Include once on the host page:
//   <iframe src="https://example.org/explainer/embed.html" data-explainer-embed title="…" style="width:100%;border:0"></iframe>
//   <script src="https://example.org/explainer/embed-parent.js" defer></script>
// It trusts a message only if it comes from one of those frames (event.source) and from the frame's own origin,
// and only if it is {"explainer-height": <number>}. It sets the frame's height and does nothing else. (The frame sends
// AMP's and Pym.js's messages too: an amp-iframe or a Pym parent needs no script of ours.)
(() => {
  const MAX_HEIGHT = 100000;
  const frames = () => [...document.querySelectorAll('iframe[data-explainer-embed]')];
  window.addEventListener('message', (event) => {
    const frame = frames().find((f) => f.contentWindow === event.source);
    if (!frame) return;
    let origin;
    try {
      origin = new URL(frame.src, document.baseURI).origin;
    } catch {
      return;
    }
    if (event.origin !== origin) return;
    const data = event.data;
    if (!data || typeof data !== 'object' || Array.isArray(data) || Object.keys(data).length !== 1) return;
    const height = data['explainer-height'];
    if (typeof height !== 'number' || !Number.isFinite(height) || height <= 0 || height > MAX_HEIGHT) return;
    // Important, so that a host stylesheet's own `iframe { height: 100% }` cannot undo it.
    frame.style.setProperty('height', `${Math.ceil(height)}px`, 'important');
  });
})();
