// Touch targets, measured in the page (engine-independent: the function is serialised into any engine's evaluate).
// Every control outside running text needs a hit area of at least 44 × 44 CSS px, and no two targets may overlap.
//
// Controls: links, buttons, summaries, form fields, anything with a button/link role or tabindex 0 (map labels,
// the inset's points). Left out: names and links inside running text (an inline element in a paragraph of text,
// which WCAG 2.5.8 exempts; the article's names are among them), elements that are not shown, and the skip link
// (off screen until it is focused).
//
// The hit area is the element's box when that is 44 × 44 or more. A smaller box passes if the 44 px square around
// its centre is still the element's under the pointer (elementFromPoint at its corners, edges and centre): a map
// label may have a larger invisible hit shape than its text. The box used for overlaps is then that square.
// Two targets overlap if a point is inside both hit areas (see the overlap loop below). A feature on the map is
// measured by where a fingertip touches it and nothing else, and is left out of the overlap check (see onSurface).

export const MIN = 44;

/// Runs in the page. `within`: a selector; only targets inside it are measured (e.g. '#card'). `scroll`: bring
/// each target to the middle of the viewport before probing it (off for a card, which must stay where it is).
/// `only`: a selector; measure just the targets it matches, where they are (after a test zoomed the map on one).
export function measureTouchTargets({ within = null, scroll = true, min = 44, only = null } = {}) {
  const SELECTOR =
    'a[href], button, summary, input, select, textarea, [role="button"], [role="link"], '
    + '[role="checkbox"], [role="switch"], [role="tab"], [tabindex="0"]';
  const describe = (el) => {
    const id = el.id ? `#${el.id}` : '';
    const cls =
      typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const text = (el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${el.localName}${id}${cls}> "${text}"`;
  };
  const shown = (el) => {
    if (!el.getClientRects().length) return false;
    const style = getComputedStyle(el);
    return style.visibility === 'visible' && Number(style.opacity) > 0;
  };
  // Names in the article's text, and inline links inside a block of text (WCAG 2.5.8's inline exception).
  const inRunningText = (el) => {
    if (el.matches('.article-text .mention')) return true;
    if (getComputedStyle(el).display !== 'inline') return false;
    const block = el.parentElement?.closest('p, li, blockquote, figcaption, dd, td, h1, h2, h3');
    return Boolean(block) && block.textContent.trim().length - el.textContent.trim().length >= 20;
  };
  // A box grown to the minimum square around its centre.
  const pad = (r) => {
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    return {
      left: Math.min(r.left, cx - min / 2),
      right: Math.max(r.right, cx + min / 2),
      top: Math.min(r.top, cy - min / 2),
      bottom: Math.max(r.bottom, cy + min / 2),
    };
  };
  // Firefox's scrollIntoView does not move the page for an SVG group: scroll by hand when it stays off screen.
  const bringIntoView = (el) => {
    if (!scroll) return;
    el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    const r = el.getBoundingClientRect();
    // Firefox does not scroll to an SVG group: one left at the screen's edge is scrolled to by hand.
    const whole = r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
    if (!whole) {
      scrollTo({
        left: scrollX + r.left + r.width / 2 - innerWidth / 2,
        top: scrollY + r.top + r.height / 2 - innerHeight / 2,
        behavior: 'instant',
      });
    }
  };
  const onScreen = (r) => r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  const root = within ? document.querySelector(within) : document;
  if (!root) return { error: `nothing matches ${within}` };
  const all = [...root.querySelectorAll(SELECTOR)].filter((el) => shown(el) && !inRunningText(el));
  const measured = only ? all.filter((el) => el.matches(only)) : all;
  // A target that holds others (the map's pan-and-zoom surface) is a surface, not a button: it is measured, but
  // the buttons on it do not overlap it.
  const surface = (el) => all.some((other) => other !== el && el.contains(other));

  // A feature drawn on a surface (a place, border or name on the map). Geography can put two of them closer than a
  // finger (a city 15 km from a border is 15 px away at the first zoom), so their hit shapes may share ground,
  // where the one drawn on top wins. Each must still have a place where a 44 px fingertip touches it alone.
  const half = min / 2 - 0.5;
  const onSurface = (el) => all.some((other) => other !== el && other.contains(el));
  // A fingertip: a disc 44 px across, probed at its centre and on two rings of 16 points.
  const FINGER = [[0, 0]];
  for (let k = 0; k < 16; k++) {
    const a = (k * Math.PI) / 8;
    FINGER.push([Math.cos(a) * half, Math.sin(a) * half], [(Math.cos(a) * half) / 2, (Math.sin(a) * half) / 2]);
  }
  const owns = (el, x, y) =>
    FINGER.every(([dx, dy]) => {
      const hit = document.elementFromPoint(x + dx, y + dy);
      return hit && (hit === el || el.contains(hit));
    });
  // Where to look for that place: the middle of each shape in the feature, and points along its lines.
  const candidates = (el) => {
    const points = [];
    for (const shape of [el, ...el.querySelectorAll('*')]) {
      const r = shape.getBoundingClientRect();
      // The middle, and along the middle line of a wide shape (a finger may rest on either end of a name).
      if (r.width || r.height) {
        for (const f of [0.5, 0.25, 0.75]) points.push([r.left + r.width * f, r.top + r.height / 2]);
      }
      if (shape instanceof SVGGeometryElement && shape.localName === 'path') {
        const length = shape.getTotalLength();
        const ctm = shape.getScreenCTM();
        for (let i = 1; i < 20 && ctm; i++) {
          const p = shape.getPointAtLength((length * i) / 20).matrixTransform(ctm);
          points.push([p.x, p.y]);
        }
      }
    }
    return points.filter(
      ([x, y]) => x - half >= 0 && y - half >= 0 && x + half <= innerWidth && y + half <= innerHeight,
    );
  };

  const small = [];
  const targets = [];
  // Map features that no fingertip touches alone at the map's current zoom (see onSurface): a test may zoom in on
  // each, as a reader would, and measure it again with `only`.
  const mapMisses = [];
  for (const el of measured) {
    if (!only) bringIntoView(el);
    const r = el.getBoundingClientRect();
    // Off screen even when scrolled to: shown only on focus (the skip link).
    if (scroll && !onScreen(r)) continue;
    if (onSurface(el)) {
      if (!candidates(el).some(([x, y]) => owns(el, x, y))) mapMisses.push({ id: el.id, text: describe(el) });
      continue;
    }
    const box = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    let padded = false;
    if (r.width < min - 0.5 || r.height < min - 0.5) {
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      const misses = [];
      for (const dx of [-half, 0, half]) {
        for (const dy of [-half, 0, half]) {
          const hit = document.elementFromPoint(cx + dx, cy + dy);
          if (!hit || !(hit === el || el.contains(hit))) misses.push(hit ? describe(hit) : 'nothing');
        }
      }
      if (misses.length) {
        small.push(
          `${describe(el)}: ${r.width.toFixed(0)}×${r.height.toFixed(0)} px, and the ${min} px square around it `
            + `reaches ${[...new Set(misses)].slice(0, 2).join(', ')}`,
        );
      } else {
        // Its hit shape covers the square: that is its box.
        padded = true;
        Object.assign(box, pad(r));
      }
    }
    if (surface(el)) continue;
    // In page coordinates, since the page scrolls between targets; fixed elements stay in viewport coordinates.
    let fixed = false;
    for (let n = el; n; n = n.parentElement) if (getComputedStyle(n).position === 'fixed') fixed = true;
    const [sx, sy] = fixed ? [0, 0] : [scrollX, scrollY];
    targets.push({
      el,
      fixed,
      padded,
      left: box.left + sx,
      right: box.right + sx,
      top: box.top + sy,
      bottom: box.bottom + sy,
    });
  }

  // Boxes that intersect are only candidates: an SVG group's box is larger than its shapes, and content laid out
  // lazily (content-visibility) can move between two measurements. A pair overlaps if some point in the
  // intersection, brought on screen, is inside both targets' hit areas (elementsFromPoint lists every layer).
  const overlaps = [];
  const under = (x, y, el) => document.elementsFromPoint(x, y).some((e) => e === el || el.contains(e));
  for (let i = 0; i < targets.length; i++) {
    for (let j = i + 1; j < targets.length; j++) {
      const [a, b] = [targets[i], targets[j]];
      if (a.fixed !== b.fixed || a.el.contains(b.el) || b.el.contains(a.el)) continue;
      if (Math.min(a.right, b.right) - Math.max(a.left, b.left) <= 0.5) continue;
      if (Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) <= 0.5) continue;
      if (scroll && !a.fixed) {
        const x = (Math.max(a.left, b.left) + Math.min(a.right, b.right)) / 2;
        const y = (Math.max(a.top, b.top) + Math.min(a.bottom, b.bottom)) / 2;
        scrollTo({ left: x - innerWidth / 2, top: y - innerHeight / 2, behavior: 'instant' });
      }
      const ra = a.padded ? pad(a.el.getBoundingClientRect()) : a.el.getBoundingClientRect();
      const rb = b.padded ? pad(b.el.getBoundingClientRect()) : b.el.getBoundingClientRect();
      const left = Math.max(ra.left, rb.left, 0);
      const right = Math.min(ra.right, rb.right, innerWidth);
      const top = Math.max(ra.top, rb.top, 0);
      const bottom = Math.min(ra.bottom, rb.bottom, innerHeight);
      if (right - left <= 0.5 || bottom - top <= 0.5) continue;
      const step = Math.max(2, Math.sqrt(((right - left) * (bottom - top)) / 1600));
      let shared = null;
      for (let x = left + step / 2; x < right && !shared; x += step) {
        for (let y = top + step / 2; y < bottom && !shared; y += step) {
          if (under(x, y, a.el) && under(x, y, b.el)) shared = [x, y];
        }
      }
      if (shared)
        overlaps.push(
          `${describe(a.el)} overlaps ${describe(b.el)} (both under the point ${shared.map((v) => v.toFixed(0)).join(', ')} of the viewport)`,
        );
    }
  }
  return { count: measured.length, small, overlaps, mapMisses };
}
