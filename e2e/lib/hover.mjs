// Page-side helpers for the hover tests (tests/cards-wcag.test.mjs in Chromium, engines/scenarios/hover.mjs in
// every engine): each is passed to a driver's evaluate, so it runs in the page and uses nothing from here.

/// Runs in the page: records, by the page's clock, when the pointer crosses into or out of a name or the card, and
/// when the card appears or goes (`window.__cardLog`).
export function watchCard() {
  const log = [];
  window.__cardLog = log;
  const at = () => performance.now();
  const edge = (type) => (ev) => {
    const el = ev.target.closest?.('.mention, #card');
    // Crossing its edge only: the events bubble from the element's children too.
    if (el && !el.contains(ev.relatedTarget)) log.push({ type, id: el.id, t: at() });
  };
  addEventListener('pointerover', edge('over'), true);
  addEventListener('pointerout', edge('out'), true);
  let open = Boolean(document.getElementById('card'));
  new MutationObserver(() => {
    const now = Boolean(document.getElementById('card'));
    if (now !== open) log.push({ type: now ? 'open' : 'closed', t: at() });
    open = now;
  }).observe(document.documentElement, { childList: true, subtree: true });
}

/// Runs in the page: a point of the viewport over nothing that reacts to a pointer (no name, card, link, control or
/// map), at least 40 px from the name and the open card, or null.
export function blankPoint(nameSelector) {
  const away = [document.querySelector(nameSelector), document.getElementById('card')]
    .filter(Boolean)
    .map((el) => el.getBoundingClientRect());
  const near = (x, y) => away.some((r) => x > r.left - 40 && x < r.right + 40 && y > r.top - 40 && y < r.bottom + 40);
  for (const fy of [0.5, 0.15, 0.85, 0.3, 0.7])
    for (const fx of [0.02, 0.98, 0.5, 0.25, 0.75]) {
      const [x, y] = [Math.round(fx * innerWidth), Math.round(fy * innerHeight)];
      const el = document.elementFromPoint(x, y);
      const reacts = el?.closest(
        'a, button, summary, input, select, textarea, [tabindex], [role="button"], svg, .mention, .actor-chip, #card',
      );
      if (el && !reacts && !near(x, y)) return [x, y];
    }
  return null;
}
