// Test-only listener, added by the test server (serve(dir, { probe: true })) as the first script of every HTML page
// it serves; never part of dist/. WebKit's driver has no console access, so every engine's tests read what this
// records instead: uncaught errors, failed resource loads, unhandled rejections, CSP violations and console.error.
(() => {
  const probe = { errors: [], warnings: [] };
  window.__testProbe = probe;
  const text = (value) => {
    if (value instanceof Error) return `${value.name}: ${value.message}`;
    if (typeof value === 'string') return value;
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  };
  window.addEventListener(
    'error',
    (event) => {
      const target = event.target;
      if (target && target !== window && target.nodeType === 1) {
        probe.errors.push(`failed to load <${target.localName}> ${target.src || target.href || ''}`);
      } else {
        probe.errors.push(`uncaught ${text(event.error ?? event.message)} (${event.filename}:${event.lineno})`);
      }
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) =>
    probe.errors.push(`unhandled rejection: ${text(event.reason)}`),
  );
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      probe.errors.push(
        `CSP violation: ${event.effectiveDirective || event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`,
      );
    },
    true,
  );
  for (const [level, list] of [
    ['error', probe.errors],
    ['warn', probe.warnings],
  ]) {
    const original = console[level];
    console[level] = function (...args) {
      list.push(`console.${level}: ${args.map(text).join(' ')}`);
      return original.apply(this, args);
    };
  }
})();
