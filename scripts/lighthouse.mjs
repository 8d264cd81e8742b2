// Lighthouse's performance and accessibility scores for a built article, with its mobile preset (a mid-range
// phone on slow 4G, the CPU 4x slower, simulated), in Debian's Chromium. Not a test: like scripts/bench.mjs it
// prints what it measured, and exits non-zero only if it crashes.
//
// Usage: node scripts/lighthouse.mjs [ARTICLE] [--json FILE]   (after scripts/build)
//   ARTICLE     a folder of dist/ (default: $DEFAULT_ARTICLE, the Minsk article)
//   --json FILE also writes Lighthouse's whole report (its JSON) to FILE.
//
// The pages are served gzipped, as any real host serves them: Lighthouse times each download from the bytes on
// the wire, so an uncompressed test server would be measured as a slow host, not as the explainer.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../e2e/lib/server.mjs';
import { lighthouseReport } from '../e2e/lib/lighthouse.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const JSON_FILE = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
const article =
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--json')
  ?? process.env.DEFAULT_ARTICLE
  ?? 'belarus-2020-08-23';

// The metrics behind the performance score, in the order Lighthouse lists them.
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

const server = await serve(path.join(root, 'dist', article), { compress: true });
try {
  const lhr = await lighthouseReport(server.url, ['performance', 'accessibility']);
  console.log(`\nLighthouse ${lhr.lighthouseVersion}, mobile preset, dist/${article} (served gzipped)\n`);
  console.log('| category | score |\n| --- | ---: |');
  for (const c of Object.values(lhr.categories)) console.log(`| ${c.title} | ${Math.round(c.score * 100)} |`);
  console.log('\n| metric | value | score |\n| --- | ---: | ---: |');
  for (const id of METRICS) {
    const a = lhr.audits[id];
    console.log(`| ${a.title} | ${a.displayValue} | ${a.score} |`);
  }
  // Every scored audit short of full marks: what stands between the page and 100.
  const short = Object.values(lhr.categories).flatMap((c) =>
    c.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a.score !== null && a.score < 1)
      .map((a) => `- ${c.title}: ${a.title} (${a.id}): score ${a.score}${a.displayValue ? `, ${a.displayValue}` : ''}`),
  );
  console.log(
    short.length ? `\nScored audits short of full marks:\n${short.join('\n')}` : '\nEvery scored audit has full marks.',
  );
  if (JSON_FILE) {
    fs.writeFileSync(JSON_FILE, JSON.stringify(lhr));
    console.log(`\nWrote ${JSON_FILE}.`);
  }
} finally {
  await server.close();
}
