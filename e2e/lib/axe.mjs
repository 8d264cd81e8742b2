// Runs axe-core in the page and returns the violations that are serious or critical. `page` is a Playwright page
// or a cross-engine page (../lib/engines/index.mjs), which runs script text with page.run.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export async function seriousViolations(page) {
  if (typeof page.run === 'function') await page.run(AXE_SOURCE);
  else await page.evaluate(AXE_SOURCE);
  // Filtered in the page: the full result is large, and some drivers pass it back slowly.
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
  });
}
