// Makes map/region.json, the small extract of Natural Earth the locator map draws, from the npm package
// world-atlas@2 (tools/node_modules). Run: node scripts/extract-map.mjs
//
// It keeps Belarus, Poland, Lithuania and their neighbours Latvia, Ukraine and Russia, clipped to the region, in
// longitude/latitude rounded to 0.001° (about 100 m). The shared Belarus–Poland and Belarus–Lithuania borders are
// the TopoJSON arcs used by exactly those two countries (what topojson.mesh does with a pair filter). The 50m
// scale is used unsimplified, so neighbouring outlines still meet exactly. Projection happens in Rust (build.rs →
// explainer-core's geo module), the one place that knows the map's projection.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'tools/package.json'));
const topojson = require('topojson-client');
const atlasPkg = require('world-atlas/package.json');
const topology = require('world-atlas/countries-50m.json');

// The region drawn, with a margin around what the map shows (lon 20.1–30.6, lat 50.9–56.3).
const BOX = { west: 19.5, east: 32.0, south: 50.0, north: 57.3 };
// ISO numeric id, the id the content file uses for the country (so the map and the text link up), its name, and
// where its name is written (longitude, latitude): chosen by eye to sit clear of the cities and borders.
const COUNTRIES = [
  ['112', 'belarus-country', 'Belarus', [[28.9, 52.55]]],
  ['616', 'poland-country', 'Poland', [[22.1, 51.55]]],
  ['440', 'lithuania-country', 'Lithuania', [[23.9, 55.55]]],
  ['428', 'latvia', 'Latvia', [[26.4, 56.12]]],
  ['804', 'ukraine', 'Ukraine', [[27.2, 51.12]]],
  ['643', 'russia-country', 'Russia', [[21.3, 54.95], [30.05, 56.1]]],
];
// Each border's id in the content file, its name, the two countries, and where its name is written
// (longitude, latitude, text anchor): along a quiet stretch, away from Grodno's crowded corner.
const BORDERS = [
  ['border-poland', 'Belarus–Poland border', '112', '616', [23.82, 52.45, 'start']],
  ['border-lithuania', 'Belarus–Lithuania border', '112', '440', [26.75, 55.42, 'start']],
];

const round = ([lon, lat]) => [Math.round(lon * 1000) / 1000, Math.round(lat * 1000) / 1000];

// Sutherland–Hodgman against each edge of the box; rings that end up empty are dropped.
function clipRing(ring) {
  const edges = [
    (p) => p[0] >= BOX.west, (p) => p[0] <= BOX.east, (p) => p[1] >= BOX.south, (p) => p[1] <= BOX.north,
  ];
  const cut = [
    (a, b) => lerp(a, b, (BOX.west - a[0]) / (b[0] - a[0])), (a, b) => lerp(a, b, (BOX.east - a[0]) / (b[0] - a[0])),
    (a, b) => lerp(a, b, (BOX.south - a[1]) / (b[1] - a[1])), (a, b) => lerp(a, b, (BOX.north - a[1]) / (b[1] - a[1])),
  ];
  let out = ring;
  for (let e = 0; e < 4 && out.length; e++) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i];
      const prev = input[(i + input.length - 1) % input.length];
      if (edges[e](cur)) {
        if (!edges[e](prev)) out.push(cut[e](prev, cur));
        out.push(cur);
      } else if (edges[e](prev)) {
        out.push(cut[e](prev, cur));
      }
    }
  }
  return out;
}
const lerp = (a, b, t) => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];

function dedupe(points) {
  return points.map(round).filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
}

const geometries = topology.objects.countries.geometries;
const countries = COUNTRIES.map(([iso, id, name, labels]) => {
  const geometry = geometries.find((g) => g.id === iso);
  if (!geometry) throw new Error(`world-atlas has no country ${iso} (${name})`);
  const feature = topojson.feature(topology, geometry);
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  const rings = polygons
    .flatMap((poly) => poly.map((ring) => dedupe(clipRing(ring.slice(0, -1)))))
    .filter((ring) => ring.length >= 3);
  return { id, name, iso, labels, rings };
});

const borders = BORDERS.map(([id, name, a, b, label]) => {
  const mesh = topojson.mesh(topology, topology.objects.countries, (x, y) =>
    (x.id === a && y.id === b) || (x.id === b && y.id === a));
  const lines = mesh.coordinates.map(dedupe).filter((l) => l.length >= 2);
  if (!lines.length) throw new Error(`no shared border between ${a} and ${b}`);
  return { id, name, label, lines };
});

const out = {
  source: `Natural Earth 1:50m admin-0 countries, via npm world-atlas@${atlasPkg.version} (countries-50m.json)`,
  licence: 'Natural Earth: public domain. world-atlas: ISC licence.',
  box: BOX,
  countries,
  borders,
};
const file = path.join(root, 'map/region.json');
fs.writeFileSync(file, JSON.stringify(out) + '\n');
const points = countries.reduce((n, c) => n + c.rings.reduce((m, r) => m + r.length, 0), 0);
console.log(`wrote ${path.relative(root, file)}: ${countries.length} countries (${points} points), ${borders.length} borders`);
