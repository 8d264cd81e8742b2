// The locator map's geometry, measured in the page and judged here, for the Chromium suite (any-article/map.test.mjs)
// and the cross-engine scenarios (engines/scenarios/map.mjs) alike. Each function takes a page with
// `evaluate(fn, arg)` (Playwright's page, or the engine interface of ./engines/): the page is measured in one call
// whose answer is plain data, and the judging is done in Node, so every engine is judged by the same code.
//
// The DOM read here: `#map-svg` inside `.map__stage` (the visible frame is where both boxes overlap);
// `.map__controls` and, when absolutely positioned, `.map-inset` lie over the map; a place's features carry
// `data-place`, a point place is `g.map-place#map-<id>` with `circle.map-place__dot`; names are `.map-label`;
// countries are `path.map-country[data-country]` and their names `g.map-country-name[data-country]`.
import { sleep } from './engines/index.mjs';

/// Map widths from the narrowest phone to a wide desktop, where label placement changes.
export const SWEEP = [320, 360, 375, 414, 480, 560, 600, 768, 820, 1024, 1280, 1440];
/// CSS px of rounding allowed between two boxes (text boxes differ by a fraction of a pixel between engines).
const SLACK = 1;
/// How far from its country's box a country's name may sit and still read as that country's (CSS px, box to box):
/// a small country's name may stand off a coastal place's finger-sized hit area (geo/label_layout.rs, AWAY_EM).
const BESIDE = 32;
/// How far a place's point may be from drawn land (CSS px): coasts are simplified at 1:50m and 1:110m.
const COAST = 2;

/// The content's places with coordinates, each with whether the content draws it in the inset instead.
export function placesWithPoints(content) {
  const inset = new Set(content.map?.inset?.places ?? []);
  return content.places
    .filter((p) => p.lat !== undefined && p.lon !== undefined)
    .map((p) => ({ id: p.id, name: p.name, inset: inset.has(p.id) }));
}

/// The ids of the content's places that the map draws as a feature of their own, which opens their card: every
/// place with coordinates (a marker on the map or in its inset, or the outline or line its country or border is
/// drawn by) and every place the map's `countries` and `borders` name.
export function placesOnTheMap(content) {
  return new Set(
    [
      ...content.places.filter((p) => p.lat !== undefined && p.lon !== undefined).map((p) => p.id),
      ...(content.map?.countries ?? []).map((c) => c.place),
      ...(content.map?.borders ?? []).map((b) => b.place),
    ].filter((id) => id !== undefined),
  );
}

/// Brings the map on screen and waits until its labels stop changing: the app hides overlapping names a frame or
/// two after it starts (src/behaviour/map/declutter.rs), and a page measured before that would judge the prerender.
export async function settleMap(page, { timeout = 8000 } = {}) {
  await page.evaluate(() =>
    document.querySelector('#map .map__frame').scrollIntoView({ block: 'center', behavior: 'instant' }),
  );
  const signature = () =>
    page.evaluate(() => {
      const svg = document.getElementById('map-svg');
      const labels = [...document.querySelectorAll('#map .map-label')].map((el) => {
        const r = el.getBoundingClientRect();
        return `${el.classList.contains('is-hidden') ? 'h' : 's'}${Math.round(r.left)},${Math.round(r.top)},${Math.round(r.width)}`;
      });
      return [svg.getAttribute('viewBox'), Math.round(svg.getBoundingClientRect().width), ...labels].join(' ');
    });
  const end = Date.now() + timeout;
  let [last, steady] = [await signature(), 0];
  // Five equal readings 100 ms apart: half a second without a change.
  while (steady < 5) {
    if (Date.now() > end) throw new Error(`the map's labels were still changing after ${timeout} ms`);
    await sleep(100);
    const now = await signature();
    steady = now === last ? steady + 1 : 0;
    last = now;
  }
}

/// Runs in the page (self-contained: it is sent as text): boxes in CSS px of the viewport, points in SVG units.
function measureInPage(places) {
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  };
  const visible = (el) => {
    const style = getComputedStyle(el);
    return style.visibility === 'visible' && style.display !== 'none' && el.getBoundingClientRect().width > 0;
  };
  const svg = document.getElementById('map-svg');
  const [stage, drawn] = [box(document.querySelector('#map .map__stage')), box(svg)];
  const frame = {
    left: Math.max(stage.left, drawn.left),
    top: Math.max(stage.top, drawn.top),
    right: Math.min(stage.right, drawn.right),
    bottom: Math.min(stage.bottom, drawn.bottom),
  };
  const controls = document.querySelector('#map .map__controls');
  const insetEl = document.querySelector('#map .map-inset');
  const inset = insetEl && { position: getComputedStyle(insetEl).position, ...box(insetEl) };
  // Screen ↔ an element's user units, by its CTM (a, b, c, d, e, f), done by hand: WebKit's SVGMatrix is no DOMMatrix.
  const apply = (m, x, y) => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f];
  const unapply = (m, x, y) => {
    const det = m.a * m.d - m.b * m.c;
    const [u, v] = [x - m.e, y - m.f];
    return [(m.d * u - m.c * v) / det, (m.a * v - m.b * u) / det];
  };
  const countries = [...svg.querySelectorAll('path.map-country')];
  const inFill = (path, sx, sy) => {
    const [x, y] = unapply(path.getScreenCTM(), sx, sy);
    return path.isPointInFill(new DOMPoint(x, y));
  };
  // The country under a point of the map (SVG units), or under a point COAST px from it in any of 8 directions.
  const landAt = ([x, y], coast) => {
    const [sx, sy] = apply(svg.getScreenCTM(), x, y);
    const offsets = [
      [0, 0],
      ...[0, 1, 2, 3, 4, 5, 6, 7].map((k) => [Math.cos((k * Math.PI) / 4), Math.sin((k * Math.PI) / 4)]),
    ];
    for (const [dx, dy] of offsets) {
      const hit = countries.find((path) => inFill(path, sx + dx * coast, sy + dy * coast));
      if (hit) return hit.dataset.country;
    }
    return null;
  };
  const outsideInset = (el) => !el.closest('.map-inset');
  const byPlace = {};
  for (const { id, coast } of places) {
    const sel = `[data-place="${CSS.escape(id)}"]`;
    const marker = document.getElementById(`map-${id}`);
    const point = marker && svg.contains(marker) && marker.matches('g.map-place') ? marker : null;
    const dot = point?.querySelector('circle.map-place__dot');
    const at = point && [Number(point.dataset.x), Number(point.dataset.y)];
    byPlace[id] = {
      features: [...svg.querySelectorAll(`${sel}[data-opens-card]`)]
        .filter(outsideInset)
        .map((f) => f.getAttribute('class')),
      labels: [...svg.querySelectorAll(`${sel} .map-label`)]
        .filter(outsideInset)
        .map((el) => ({ text: el.textContent, visible: visible(el), ...box(el) })),
      point: at,
      dot: dot ? { visible: visible(dot), ...box(dot) } : null,
      land: at && landAt(at, coast),
      inInset: document.querySelector(`#map .map-inset ${sel}[data-opens-card]`) !== null,
    };
  }
  const names = [...svg.querySelectorAll('g.map-country-name')].map((g) => {
    const text = g.querySelector('text.map-label--country');
    const country = g.dataset.country;
    if (!text || !visible(text)) return { country, visible: false };
    const path = countries.find((p) => p.dataset.country === country);
    const r = text.getBoundingClientRect();
    const [cx, cy] = [(r.left + r.right) / 2, (r.top + r.bottom) / 2];
    const b = path?.getBoundingClientRect();
    return {
      country,
      text: text.textContent,
      visible: true,
      hasPath: Boolean(path),
      inside: Boolean(path && inFill(path, cx, cy)),
      // The gap between the name's box and the outline's: a name beside a small island starts just off its coast.
      distance: b
        ? Math.hypot(Math.max(b.left - r.right, 0, r.left - b.right), Math.max(b.top - r.bottom, 0, r.top - b.bottom))
        : null,
    };
  });
  return {
    frame,
    inset,
    places: byPlace,
    names,
    controls: controls ? box(controls) : null,
    key: [...document.querySelectorAll('#map .map-inset__key li')].map((li) => li.textContent),
    countries: countries.map((p) => ({
      name: p.dataset.country,
      featured: p.classList.contains('is-featured'),
      home: p.classList.contains('is-home'),
    })),
  };
}

/// Everything the checks below judge, in one round trip: the frame, what lies over it, each place's features,
/// names, marker and the country under it, the country names, the drawn countries.
export const measureMap = (page, places) =>
  page.evaluate(
    measureInPage,
    places.map((p) => ({ id: p.id, coast: COAST })),
  );

const fmt = (r) => `${r.left.toFixed(1)},${r.top.toFixed(1)}–${r.right.toFixed(1)},${r.bottom.toFixed(1)}`;
const overlaps = (a, b) =>
  a.left < b.right - SLACK && b.left < a.right - SLACK && a.top < b.bottom - SLACK && b.top < a.bottom - SLACK;
const within = (a, b) =>
  a.left >= b.left - SLACK && a.right <= b.right + SLACK && a.top >= b.top - SLACK && a.bottom <= b.bottom + SLACK;

/// Every place with coordinates: an inset place in the inset and its key; any other on the main map with a feature,
/// a visible name, and (a point place) a visible marker, each wholly inside the frame and clear of the buttons and
/// of an inset drawn over the map. Returns the problems and how many names and markers were judged.
export function placeProblems(m, places) {
  const problems = [];
  const { frame } = m;
  if (!(frame.right - frame.left > 0 && frame.bottom - frame.top > 0))
    problems.push(`the map's frame is empty (${fmt(frame)})`);
  const covers = [];
  if (m.controls) covers.push(['the zoom buttons', m.controls]);
  if (m.inset?.position === 'absolute') covers.push(['the inset', m.inset]);
  else if (m.inset && overlaps(m.inset, frame))
    problems.push(`the inset (position ${m.inset.position}, ${fmt(m.inset)}) covers the map (${fmt(frame)})`);
  const judge = (what, r) => {
    if (!within(r, frame)) problems.push(`${what} (${fmt(r)}) is not wholly inside the map's frame (${fmt(frame)})`);
    for (const [name, c] of covers)
      if (overlaps(r, c)) problems.push(`${what} (${fmt(r)}) is under ${name} (${fmt(c)})`);
  };
  let [names, dots] = [0, 0];
  for (const p of places) {
    const got = m.places[p.id];
    if (p.inset) {
      if (!got.inInset) problems.push(`${p.id}: not in the inset`);
      if (!m.key.some((t) => t.includes(p.name)))
        problems.push(`${p.id}: "${p.name}" not in the inset's key (${JSON.stringify(m.key)})`);
      continue;
    }
    if (!got.features.length) problems.push(`${p.id}: no feature on the map that opens its card`);
    const shown = got.labels.filter((l) => l.visible);
    if (!shown.length) problems.push(`${p.id}: no visible name on the map (${got.labels.length} hidden)`);
    for (const l of shown) judge(`${p.id}'s name "${l.text}"`, l);
    names += shown.length;
    // A country or a border place is shown by its name or line; any other place by a marker.
    if (!got.point && !got.features.some((c) => /\bmap-(country-name|border)\b/.test(c)))
      problems.push(`${p.id}: no marker (g.map-place#map-${p.id})`);
    if (got.point && !got.dot?.visible) problems.push(`${p.id}: its marker has no visible dot`);
    else if (got.point) {
      judge(`${p.id}'s marker`, got.dot);
      dots += 1;
    }
  }
  return { problems, names, dots };
}

/// Every point place drawn on the main map lies on a drawn country (or within COAST px of one).
export function landProblems(m) {
  const points = Object.entries(m.places).filter(([, got]) => got.point);
  const problems = points
    .filter(([, got]) => !got.land)
    .map(([id, got]) => `${id} at (${got.point.join(', ')}) lies on no drawn country`);
  return { problems, checked: points.length };
}

/// Every visible country name is written inside its country (its middle on the land), or its box within BESIDE px of
/// its outline's box.
export function countryNameProblems(m) {
  const shown = m.names.filter((n) => n.visible);
  const problems = shown
    .filter((n) => !n.hasPath || (!n.inside && n.distance > BESIDE))
    .map((n) =>
      n.hasPath
        ? `"${n.text}" is ${n.distance.toFixed(0)} px from ${n.country}'s outline, and not inside it`
        : `"${n.text}" names ${n.country}, which the map does not draw`,
    );
  return { problems, checked: shown.length };
}
