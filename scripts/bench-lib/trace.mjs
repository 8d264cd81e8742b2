// Chromium's own trace of a page, read as "where the main thread's milliseconds went", for scripts/trace.mjs.

// Timeline events, the network's, and the font lookups made while styling and laying out text.
const CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline,loading,blink.user_timing,fonts';

/// Records Chromium's trace while `action` runs and returns its events.
export async function traced(context, page, action) {
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  try {
    await action();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return events;
}

/// The kinds of work, by the names Chromium gives its trace events. A kind's time is its own: a layout forced by
/// a script counts as layout, not script, and a font lookup made during layout as a font lookup.
export const KINDS = {
  'parse HTML': ['ParseHTML'],
  'parse CSS': ['ParseAuthorStyleSheet'],
  style: ['UpdateLayoutTree'],
  layout: ['Layout'],
  'font lookups': [
    'FontCache::GetFontPlatformData',
    'FontDataManager::onMatchFamilyStyle',
    'WebSandboxSupportLinux::GetWebFontRenderStyleForStrike',
  ],
  paint: ['PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'Commit', 'PaintImage'],
  script: ['EvaluateScript', 'FunctionCall', 'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'v8.compileModule'],
};
const KIND_OF = new Map(Object.entries(KINDS).flatMap(([kind, names]) => names.map((n) => [n, kind])));

/// The renderer's main thread that parsed the page at `url`: { pid, tid }.
export function parserThread(events, url) {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  if (!parse) throw new Error(`the trace has no parse of ${url}`);
  return { pid: parse.pid, tid: parse.tid };
}

/// The renderer's main thread that dispatched a `click`: { pid, tid }.
export function clickThread(events) {
  const click = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
  if (!click) throw new Error('the trace has no click');
  return { pid: click.pid, tid: click.tid };
}

/// Milliseconds of each kind of work on `thread` within [from, to) (trace µs), each counted once: an event's own
/// time is its span less the counted events inside it, and only the part of it inside the window counts (a click
/// handler that began a moment before the window is not the window's).
export function workByKind(events, thread, from, to) {
  const counted = events
    .filter((e) => e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid && KIND_OF.has(e.name))
    .filter((e) => e.ts < to && e.ts + e.dur > from)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Each event's direct children among the counted ones (trace events on one thread nest).
  const children = new Map(counted.map((e) => [e, []]));
  const open = [];
  for (const e of counted) {
    while (open.length && open.at(-1).ts + open.at(-1).dur <= e.ts) open.pop();
    if (open.length) children.get(open.at(-1)).push(e);
    open.push(e);
  }
  const inWindow = (a, b) => Math.max(0, Math.min(b, to) - Math.max(a, from));
  const ms = Object.fromEntries(Object.keys(KINDS).map((k) => [k, 0]));
  for (const [e, inner] of children) {
    // The gaps between its children are the event's own time.
    let at = e.ts;
    let own = 0;
    for (const c of inner) {
      own += inWindow(at, c.ts);
      at = Math.max(at, c.ts + c.dur);
    }
    own += inWindow(at, e.ts + e.dur);
    ms[KIND_OF.get(e.name)] += own / 1000;
  }
  return ms;
}

/// A function from the page's clock (ms, as Event Timing gives) to the trace's (µs), from a `performance.mark`
/// named `name` that the page made while the trace was recorded.
export async function pageClockToTrace(page, events, name) {
  const mark = events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
  if (!mark) throw new Error(`the trace has no mark ${name}`);
  const pageMs = await page.evaluate((n) => performance.getEntriesByName(n)[0].startTime, name);
  return (ms) => mark.ts + (ms - pageMs) * 1000;
}
