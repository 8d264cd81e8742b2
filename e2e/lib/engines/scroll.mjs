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
