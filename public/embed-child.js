// Embed pages only (the prerender adds this file to them): tell the host page the frame's height at once, before
// the wasm arrives (its embed bridge keeps it up to date from then on), so the frame has its right height from the
// first paint. A Pym.js message where the URL names Pym's child, and ours for embed-parent.js. It sends; it reads no
// message from the host.
if (window.parent !== window) {
  const height = Math.ceil(document.getElementById('app').getBoundingClientRect().bottom + window.scrollY);
  const child = new URLSearchParams(location.search).get('childId');
  // Pym's child ids are letters, digits, - and _ (explainer_core::embed_protocol::valid_child_id).
  if (child && /^[\w-]{1,64}$/.test(child)) window.parent.postMessage(`pymxPYMx${child}xPYMxheightxPYMx${height}`, '*');
  window.parent.postMessage({ 'explainer-height': height }, '*');
}
