// Functions that run in the page (passed to page.evaluate) to find the names a reader would tap.

/// The names to tap, chosen from the page: the first name on the first screen, and one at least two screens
/// further down that opens another card. Indexes into document.querySelectorAll('.mention').
export const pickNames = () => {
  const names = [...document.querySelectorAll('.mention')];
  const shown = (el) =>
    el.getClientRects().length > 0 && el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  const top = (el) => el.getClientRects()[0].top + scrollY;
  const first = names.findIndex((el) => {
    if (!shown(el)) return false;
    const r = el.getClientRects()[0];
    return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
  });
  const app = document.documentElement.dataset.app ?? null;
  if (first < 0) return { first: null, later: null, count: names.length, app };
  const later = names.findIndex(
    (el) =>
      shown(el) && el.dataset.target !== names[first].dataset.target && top(el) >= top(names[first]) + 2 * innerHeight,
  );
  const describe = (i) => {
    if (i < 0) return null;
    const r = names[i].getClientRects()[0];
    const hash = names[i].href ? new URL(names[i].href).hash : '';
    const linked = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    return {
      index: i,
      target: names[i].dataset.target ?? null,
      text: names[i].textContent.trim(),
      // The fragment the name links to, as the browser resolves it ('' if none), and whether what it names is
      // on screen already (then a card "showing" after a tap would prove nothing).
      hash,
      linkedShown: linked ? linked.checkVisibility({ visibilityProperty: true }) : null,
      screens: (top(names[i]) - top(names[first])) / innerHeight,
      // Where a finger would touch it now: the middle of its first line box, in viewport pixels.
      x: r.left + r.width / 2,
      y: r.top + r.height / 2,
    };
  };
  return { first: describe(first), later: describe(later), count: names.length, app };
};

/// The middle of a name's first line box, in viewport pixels (a name can wrap onto two lines).
export const centreOf = (el) => {
  const r = el.getClientRects()[0];
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
};
