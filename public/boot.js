// Starts the app. Trunk's own loader is an inline script, which a strict Content-Security-Policy blocks; this
// file is loaded from our own origin instead. The hashed file names come from the script tag's data attributes.
const tag = document.querySelector('script[data-wasm-js]');
// Until the app runs, a name is a plain link to its card's sheet (#card-<id>). Remember which name it was, so the
// app opens its card beside that name rather than the first one (Safari does not focus a tapped link).
const remember = (event) => {
  const name = event.target.closest?.('.mention');
  if (name?.id) document.documentElement.dataset.sheetFrom = name.id;
};
document.addEventListener('click', remember);
try {
  const { default: init } = await import(tag.dataset.wasmJs);
  await init({ module_or_path: tag.dataset.wasmBin });
  document.removeEventListener('click', remember);
  document.documentElement.dataset.app = 'ready';
  performance.mark('app-ready'); // the benchmark reads it: from here on, names open cards
  // Offline after one visit. Registration failing (a private window, an old browser) changes nothing else.
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('./sw.js').catch((error) => console.warn('No offline copy:', error));
  }
} catch (error) {
  // The article is still there to read; only the interactive parts are missing.
  document.documentElement.dataset.app = 'failed';
  console.warn('The interactive explainer could not start:', error);
}
