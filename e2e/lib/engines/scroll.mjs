// Runs in the page: brings an element to the middle of the viewport, at once. Firefox's scrollIntoView does not
// move the page for an SVG group, so the window is scrolled by hand when the element is still off screen.
export function scrollToCentre(el) {
  el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
  const r = el.getBoundingClientRect();
  if (r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) {
    scrollTo({
      left: scrollX + r.left + r.width / 2 - innerWidth / 2,
      top: scrollY + r.top + r.height / 2 - innerHeight / 2,
      behavior: 'instant',
    });
  }
}

/// Runs in the page holding the iframe `selector`: scrolls so that the point (x, y) of the frame's viewport is on
/// screen, and returns that point in this page's viewport. A cross-origin frame's scrollIntoView does not scroll
/// its parent, so a click inside a frame scrolls each parent with this, from the innermost out.
export function scrollFramePointIntoView([selector, [x, y]]) {
  const frame = () => document.querySelector(selector).getBoundingClientRect();
  const [px, py] = [frame().left + x, frame().top + y];
  if (px < 0 || py < 0 || px > innerWidth || py > innerHeight) {
    scrollTo({ left: scrollX + px - innerWidth / 2, top: scrollY + py - innerHeight / 2, behavior: 'instant' });
  }
  return [frame().left + x, frame().top + y];
}

/// Runs in the page: the centre of an element in the viewport.
export function centreOf(el) {
  const r = el.getBoundingClientRect();
  return [r.left + r.width / 2, r.top + r.height / 2];
}
