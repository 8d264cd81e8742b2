// Which Natural Earth countries have land in an article's map box, counted here from world-atlas@2 itself, not
// from the extract's country list, so a build that drops a country (or the extract script that cut it) is caught.
// The box and the scale are the extract's request (map/<article>.json): `clip` = [west, east, south, north] in
// degrees, east past 180 for a box across the 180° meridian; `detail` = "50m" or "110m". Shared by the Chromium
// suite (any-article/map.test.mjs) and the cross-engine scenarios (engines/scenarios/map.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ARTICLE, ROOT } from './article.mjs';

// The build tools' packages (tools/package.json), where the extract script finds them too.
const require = createRequire(path.join(ROOT, 'tools/package.json'));
const topojson = require('topojson-client');

/// The article's map request: { clip, detail, … }.
export const mapRequest = () => JSON.parse(fs.readFileSync(path.join(ROOT, 'map', `${ARTICLE}.json`), 'utf8')).request;

/// Even-odd ray casting: is [lon, lat] inside the polygon (outer ring and holes)?
function inPolygon([x, y], rings) {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/// The names of the countries with land in the box: a vertex of one of their rings inside it (Natural Earth's
/// longitudes run from -180 to 180, so each is also tried a turn either way, for a box across 180°), or the
/// box's centre inside one of their polygons (a country larger than the box).
export function countriesWithLand({ clip: [west, east, south, north], detail }) {
  const topology = require(`world-atlas/countries-${detail}.json`);
  const inBox = ([lon, lat]) =>
    lat >= south && lat <= north && [lon - 360, lon, lon + 360].some((l) => l >= west && l <= east);
  const centreLon = (((west + east) / 2 + 540) % 360) - 180;
  const centre = [centreLon, (south + north) / 2];
  const names = new Set();
  for (const geometry of topology.objects.countries.geometries) {
    const name = geometry.properties?.name;
    const shape = name && topojson.feature(topology, geometry).geometry;
    if (!shape) continue;
    const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
    if (polygons.some((rings) => rings.some((ring) => ring.some(inBox)) || inPolygon(centre, rings))) names.add(name);
  }
  return names;
}

/// The drawn countries (`countries` of ./map-checks.mjs's measureMap) against Natural Earth's in the box, each
/// drawn once, the content's `[map] countries` featured and its home country alone marked home. Returns problems.
export function countryProblems(drawn, content) {
  const expected = countriesWithLand(mapRequest());
  const names = new Set(drawn.map((c) => c.name));
  const problems = [];
  const { missing, extra } = difference(expected, names);
  if (missing.length || extra.length || drawn.length !== expected.size) {
    problems.push(
      `${drawn.length} countries drawn, Natural Earth has ${expected.size} with land in the box: `
        + `missing ${JSON.stringify(missing)}, not in the box ${JSON.stringify(extra)}, drawn twice ${JSON.stringify(twice(drawn))}`,
    );
  }
  const own = (content.map.countries ?? []).map((c) => (typeof c === 'string' ? { name: c } : c));
  const featured = difference(
    new Set(own.map((c) => c.name)),
    new Set(drawn.filter((c) => c.featured).map((c) => c.name)),
  );
  if (featured.missing.length || featured.extra.length)
    problems.push(
      `featured countries: not marked ${JSON.stringify(featured.missing)}, marked but not the content's ${JSON.stringify(featured.extra)}`,
    );
  const home = content.map.home && own.find((c) => c.place === content.map.home || c.name === content.map.home)?.name;
  const homes = drawn.filter((c) => c.home).map((c) => c.name);
  if (JSON.stringify(homes) !== JSON.stringify(home ? [home] : []))
    problems.push(`home country: ${JSON.stringify(homes)} marked, ${JSON.stringify(home ?? null)} expected`);
  return problems;
}

const twice = (drawn) => drawn.map((c) => c.name).filter((n, i, all) => all.indexOf(n) !== i);

/// What differs between two sets of names: { missing: in `expected` only, extra: in `actual` only }.
function difference(expected, actual) {
  return {
    missing: [...expected].filter((n) => !actual.has(n)).sort(),
    extra: [...actual].filter((n) => !expected.has(n)).sort(),
  };
}
