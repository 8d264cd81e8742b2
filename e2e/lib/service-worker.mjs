// The service worker as the offline tests need it: its install (and precache) done and the page in its hands, so
// what the page loads from now on can come from its cache.

/// Resolves once a service worker is active for the page and controls it. A first visit's page is not controlled
/// until the worker claims it (`controllerchange`), a little after `ready`.
export async function serviceWorkerControls(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
}
