// Starts the app's behaviour. The page is already the whole explainer: every name links to its card, every claim
// opens by itself. So the wasm waits until the page has painted, and then adds behaviour to what is there.
// Trunk's own loader is an inline script, which a strict Content-Security-Policy blocks; this file is loaded from
// our own origin instead. The hashed file names come from the script tag's data attributes.
const tag = document.querySelector('script[data-wasm-js]');
// Until the app runs, a name is a plain link to its card's sheet (#card-<id>). Remember which name it was, so the
// app opens its card beside that name rather than the first one (Safari does not focus a tapped link).
const remember = (event) => {
  const name = event.target.closest?.('.mention, .actor-chip');
  if (name?.id) document.documentElement.dataset.sheetFrom = name.id;
};
document.addEventListener('click', remember);
// A sheet rises over the foot of the screen, and the name that opened it keeps focus: scroll the page until the name
// sits above the sheet, so that it is never hidden behind it (WCAG 2.2, 2.4.11 Focus Not Obscured), on a phone and
// at 200 % zoom alike.
const keepNameInSight = () => {
  const sheet = document.querySelector('.card--sheet:target');
  const name = document.getElementById(document.documentElement.dataset.sheetFrom ?? '');
  if (!sheet || !name) return;
  const covered = name.getBoundingClientRect().bottom + 8 - sheet.getBoundingClientRect().top;
  if (covered > 0) window.scrollBy(0, covered);
};
window.addEventListener('hashchange', keepNameInSight);
// What this copy is, for a reader who has been here before: the saved copy, offline, and from when (the service
// worker marks a page it serves from its cache with data-saved-at); or a new build since their last visit (each
// build's pages carry its id, data-build). The words are the page's (#edition-saved, #edition-updated); this only
// picks one, and a close button hides it. Storage may be refused (a private window): then nothing is said.
const showEdition = () => {
  const html = document.documentElement;
  const saved = document.getElementById('edition-saved');
  const updated = document.getElementById('edition-updated');
  if (!saved || !updated) return; // an embedded part has neither
  const show = (note) => {
    note.hidden = false;
    note.querySelector('button')?.addEventListener('click', () => {
      note.hidden = true;
    });
  };
  const savedAt = new Date(html.dataset.savedAt ?? '');
  if (!Number.isNaN(savedAt.getTime())) {
    // The reader's own day, in the attribute and the words alike (the ISO string's is UTC's, another day for a
    // reader near midnight), written as the page writes its other dates, in its language (the locale the prerender
    // wrote beside it): 5 December 2026, 5 décembre 2026.
    const time = document.createElement('time');
    const two = (n) => String(n).padStart(2, '0');
    time.dateTime = `${savedAt.getFullYear()}-${two(savedAt.getMonth() + 1)}-${two(savedAt.getDate())}`;
    const slot = saved.querySelector('[data-saved-date]');
    const locale = slot?.dataset.locale || html.lang;
    time.textContent = savedAt.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' });
    slot?.replaceChildren(time);
    show(saved);
    return;
  }
  const build = html.dataset.build;
  if (!build || build.startsWith('__')) return; // the live preview has no build id
  try {
    const key = `explainer-${html.dataset.article}-build`;
    const seen = localStorage.getItem(key);
    localStorage.setItem(key, build);
    if (seen && seen !== build) show(updated);
  } catch {
    // No storage: no memory of the last visit.
  }
};
showEdition();
// After the first frame is painted (a timeout after an animation frame), or after 200 ms where frames are held
// back (a hidden tab, an iframe out of view), whichever comes first.
const afterFirstPaint = () =>
  new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 200);
  });
try {
  await afterFirstPaint();
  const glue = await import(tag.dataset.wasmJs);
  await glue.default({ module_or_path: tag.dataset.wasmBin });
  // Leptos's islands mode: each island exports a function named in its element's data-component.
  for (const island of document.querySelectorAll('leptos-island')) {
    const start = glue[island.dataset.component];
    if (typeof start !== 'function') throw new Error(`the wasm has no island ${island.dataset.component}`);
    start(island);
  }
  document.removeEventListener('click', remember);
  window.removeEventListener('hashchange', keepNameInSight);
  document.documentElement.dataset.app = 'ready';
  performance.mark('app-ready'); // the benchmark reads it: from here on, names open cards beside themselves
  // Offline after one visit. Registration failing (a private window, an old browser) changes nothing else.
  // In a sandboxed frame (WordPress's embeds) merely asking for the service worker container throws.
  try {
    navigator.serviceWorker?.register('./sw.js').catch((error) => console.warn('No offline copy:', error));
  } catch (error) {
    console.warn('No offline copy:', error);
  }
} catch (error) {
  // The article is still there to read, and every card and claim still opens; only the richer behaviour is missing.
  document.documentElement.dataset.app = 'failed';
  console.warn('The interactive explainer could not start:', error);
}
