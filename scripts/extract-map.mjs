// Cuts each article's map extract, map/<article-id>.json, from Natural Earth in the npm package world-atlas@2
// (tools/node_modules). Run: node scripts/extract-map.mjs [--check] [content/<article>.toml …]  (default: every
// content file). With --check it writes nothing and fails if a committed extract differs from what it would cut.
//
// What to cut comes from the content file's [map], through the core's `map-request` binary, so the content file
// alone decides the map: its region (given, or the box around its places) with a margin, the scale (1:50m for a
// country-sized region, 1:110m where the places span continents), every country with land in that box (the base
// map; the content's own countries are among them and stand out), and the borders the content names as the
// TopoJSON arcs shared by exactly two countries (what topojson.mesh does with a pair filter).
// Coordinates are rounded to 0.001° (about 100 m) and not simplified further, so neighbours still share their
// borders exactly. Projection happens in Rust, when the prerender loads the extract (explainer-core's geo module).
//
// A country Natural Earth does not have, or a border two countries do not share, is an error naming the content
// file and the item. The extract also lists every country name at its scale, so the build can tell a misspelt name
// from a stale extract.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'tools/package.json'));
const topojson = require('topojson-client');
const atlasPkg = require('world-atlas/package.json');

const args = process.argv.slice(2);
const check = args[0] === '--check';
if (check) args.shift();
const files = args.length
  ? args
  : fs
      .readdirSync(path.join(root, 'content'))
      .filter((f) => f.endsWith('.toml'))
      .map((f) => `content/${f}`);
const requests = execFileSync(
  'cargo',
  ['run', '--quiet', '--locked', '-p', 'explainer-core', '--bin', 'map-request', '--', ...files],
  { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
)
  .trim()
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line));

const round = ([lon, lat]) => [Math.round(lon * 1000) / 1000, Math.round(lat * 1000) / 1000];
const lerp = (a, b, t) => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];

// Natural Earth writes longitudes from -180 to 180, and cuts or wraps rings at 180°. The box may cross it (its
// east edge past 180°, e.g. [170, 195, …] for 170° E to 165° W). So each ring is first made continuous around the
// box's middle meridian (a step of more than 180° is a step across 180°), then clipped in that frame, once as it is
// and once a turn either way: a ring at -170° then lands at 190°, inside a box across the Pacific.
function unwrap(points, centre) {
  const out = [];
  for (const [lon, lat] of points) {
    if (!out.length) {
      out.push([centre - 180 + ((((lon - (centre - 180)) % 360) + 360) % 360), lat]);
      continue;
    }
    const [prevLon] = out.at(-1);
    let step = lon - (((((prevLon + 180) % 360) + 360) % 360) - 180);
    if (step > 180) step -= 360;
    if (step < -180) step += 360;
    out.push([prevLon + step, lat]);
  }
  return out;
}

// A ring round a pole (Antarctica's) does not close once unwrapped: it ends a turn from where it began. It is
// closed along the pole, so it fills the land between its coast and the pole.
function closeAroundPole(ring) {
  const [first, last] = [ring[0], ring.at(-1)];
  if (Math.abs(last[0] - first[0]) < 180) return ring;
  const pole = ring.reduce((s, p) => s + p[1], 0) < 0 ? -90 : 90;
  return [...ring, [last[0], pole], [first[0], pole]];
}

const shifted = (points, by) => points.map(([lon, lat]) => [lon + by, lat]);

// Sutherland–Hodgman against each edge of the box; rings that end up empty are dropped.
function clipRing(ring, [west, east, south, north]) {
  const inside = [(p) => p[0] >= west, (p) => p[0] <= east, (p) => p[1] >= south, (p) => p[1] <= north];
  const cut = [
    (a, b) => lerp(a, b, (west - a[0]) / (b[0] - a[0])),
    (a, b) => lerp(a, b, (east - a[0]) / (b[0] - a[0])),
    (a, b) => lerp(a, b, (south - a[1]) / (b[1] - a[1])),
    (a, b) => lerp(a, b, (north - a[1]) / (b[1] - a[1])),
  ];
  let out = ring;
  for (let e = 0; e < 4 && out.length; e++) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i];
      const prev = input[(i + input.length - 1) % input.length];
      if (inside[e](cur)) {
        if (!inside[e](prev)) out.push(cut[e](prev, cur));
        out.push(cur);
      } else if (inside[e](prev)) {
        out.push(cut[e](prev, cur));
      }
    }
  }
  return out;
}

// Where a ring is cut along the box's north or south edge, the cut is a parallel, which a conic projection draws as
// a curve: points every 2° along it keep the land from ending in a straight chord across the map.
function alongParallels(ring, [, , south, north]) {
  const onEdge = (p) => (p[1] === south || p[1] === north ? p[1] : null);
  return ring.flatMap((a, i) => {
    const b = ring[(i + 1) % ring.length];
    const edge = onEdge(a);
    if (edge === null || onEdge(b) !== edge) return [a];
    const steps = Math.ceil(Math.abs(b[0] - a[0]) / 2);
    return [a, ...Array.from({ length: Math.max(steps - 1, 0) }, (_, k) => lerp(a, b, (k + 1) / steps))];
  });
}

// A border line is kept only where it lies inside the box (its points outside are dropped, splitting the line).
function clipLine(line, [west, east, south, north]) {
  const parts = [[]];
  for (const p of line) {
    if (p[0] >= west && p[0] <= east && p[1] >= south && p[1] <= north) parts.at(-1).push(p);
    else if (parts.at(-1).length) parts.push([]);
  }
  return parts;
}

/// The parts of a ring (or line) inside the box, each continuous, in the box's longitudes.
function inBox(points, box, clip) {
  const centre = (box[0] + box[1]) / 2;
  const continuous = clip === clipRing ? closeAroundPole(unwrap(points, centre)) : unwrap(points, centre);
  return [-360, 0, 360].flatMap((by) => {
    const parts = clip(shifted(continuous, by), box);
    return clip === clipRing ? [alongParallels(parts, box)] : parts;
  });
}

function dedupe(points) {
  return points.map(round).filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
}

/// Every country with land inside the box, with its rings cut at the box: the base map a locator map needs.
function countriesInBox(topology, box) {
  return topology.objects.countries.geometries.flatMap((geometry) => {
    const name = geometry.properties?.name;
    const feature = topojson.feature(topology, geometry);
    if (!name || !feature.geometry) return [];
    const polygons =
      feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    const rings = polygons
      .flatMap((poly) => poly.flatMap((ring) => inBox(ring.slice(0, -1), box, clipRing)))
      .map(dedupe)
      .filter((ring) => ring.length >= 3);
    return rings.length ? [{ name, rings }] : [];
  });
}

let failed = false;
for (const { file, out, request } of requests) {
  const topology = require(`world-atlas/countries-${request.detail}.json`);
  const geometries = topology.objects.countries.geometries;
  const byName = (name) => geometries.find((g) => g.properties?.name === name);
  const problems = [];
  // Every country drawn: the content's own and the land around them. Its countries are all among them, or named.
  const countries = countriesInBox(topology, request.clip).sort((a, b) => a.name.localeCompare(b.name));
  for (const name of request.countries) {
    if (!byName(name))
      problems.push(`${file}: [map] country '${name}': Natural Earth (${request.detail}) has no country of that name`);
    else if (!countries.some((c) => c.name === name))
      problems.push(`${file}: [map] country '${name}': it has no land inside the map's region`);
  }
  const borders = request.borders.flatMap(([a, b]) => {
    const [ga, gb] = [byName(a), byName(b)];
    if (!ga || !gb) return [];
    const mesh = topojson.mesh(
      topology,
      topology.objects.countries,
      (x, y) => (x === ga && y === gb) || (x === gb && y === ga),
    );
    const lines = mesh.coordinates
      .flatMap((l) => inBox(l, request.clip, clipLine))
      .map(dedupe)
      .filter((l) => l.length >= 2);
    if (!lines.length)
      problems.push(`${file}: [map] border '${a}'–'${b}': the two countries share no border inside the map`);
    return [{ between: [a, b], lines }];
  });
  if (problems.length) {
    for (const p of problems) console.error(p);
    failed = true;
    continue;
  }
  const extract = {
    source: `Natural Earth 1:${request.detail} admin-0 countries, via npm world-atlas@${atlasPkg.version} (countries-${request.detail}.json)`,
    licence: 'Natural Earth: public domain. world-atlas: ISC licence.',
    request,
    names: [...new Set(geometries.map((g) => g.properties?.name).filter(Boolean))].sort(),
    countries,
    borders,
  };
  const text = `${JSON.stringify(extract)}\n`;
  if (check) {
    const current = fs.existsSync(path.join(root, out)) ? fs.readFileSync(path.join(root, out), 'utf8') : '';
    if (current !== text) {
      console.error(`${out} is not what ${file}'s [map] asks for: run node scripts/extract-map.mjs`);
      failed = true;
    } else {
      console.log(`${out}: current for ${file}`);
    }
    continue;
  }
  fs.writeFileSync(path.join(root, out), text);
  const points = countries.reduce((n, c) => n + c.rings.reduce((m, r) => m + r.length, 0), 0);
  console.log(
    `wrote ${out} for ${file}: ${countries.length} countries (${points} points), ${borders.length} borders, 1:${request.detail}`,
  );
}
process.exit(failed ? 1 : 0);
