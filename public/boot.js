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
  document.documentElement.dataset.app = 'ready';
  performance.mark('app-ready'); // the benchmark reads it: from here on, names open cards beside themselves
  // Offline after one visit. Registration failing (a private window, an old browser) changes nothing else.
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('./sw.js').catch((error) => console.warn('No offline copy:', error));
  }
} catch (error) {
  // The article is still there to read, and every card and claim still opens; only the richer behaviour is missing.
  document.documentElement.dataset.app = 'failed';
  console.warn('The interactive explainer could not start:', error);
}
