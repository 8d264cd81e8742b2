// What a reader does, written once and run in each engine: Firefox and WebKit (firefox.test.mjs, webkit.test.mjs)
// and Chromium (chromium.test.mjs). Each test is one page load where it can be. This file sets up the engine, the
// test server and a host page, and defines the scenario groups of ./scenarios/, in this order.
//
// Errors come from the probe script the test server adds to every page it serves (WebKit's driver has no console
// access), and requests from the server's own log. Phone widths in WebKit are an iframe of that width (see
// ../lib/engines/webkit.mjs): MiniBrowser's window cannot get narrower than about 447 px.
import { test, before, after, afterEach } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from '../lib/server.mjs';
import { DIST } from '../lib/browser.mjs';
import { hostDir } from '../lib/fixtures.mjs';
import { launchEngine, openApp } from '../lib/engines/index.mjs';
import { beforeAppScenarios } from './scenarios/before-app.mjs';
import { loadScenarios } from './scenarios/load.mjs';
import { hoverScenarios } from './scenarios/hover.mjs';
import { claimsScenarios } from './scenarios/claims.mjs';
import { mapScenarios } from './scenarios/map.mjs';
import { deepLinkScenarios } from './scenarios/deep-links.mjs';
import { embedScenarios } from './scenarios/embed.mjs';
import { overflowScenarios } from './scenarios/overflow.mjs';
import { axeScenarios } from './scenarios/axe.mjs';
import { cspScenarios } from './scenarios/csp.mjs';
import { requestScenarios } from './scenarios/requests.mjs';
import { touchScenarios } from './scenarios/touch.mjs';

/// Defines the scenarios for one engine. `skip`: { group: reason } for scenario groups not to run in it.
export function scenarios(engineName, { skip = {} } = {}) {
  // The engine, the explainer's server and the host page's, once `before` has started them.
  const env = {};
  before(async () => {
    env.engine = await launchEngine(engineName);
    env.server = await serve(DIST, { probe: true });
    // A "news site" on another origin, embedding embed.html with a real Pym.js parent.
    const dir = hostDir('engine-host-');
    fs.writeFileSync(
      path.join(dir, 'pym.html'),
      `<!doctype html><html><head><meta charset="utf-8"><title>Host</title>
      <link rel="icon" href="data:,"></head><body><h1>A news site</h1><div id="explainer"></div>
      <script src="pym.v1.min.js"></script>
      <script>window.pymParent = new pym.Parent('explainer', ${JSON.stringify(`${env.server.url}embed.html`)}, { title: 'Explainer' });</script>
      <p>After the embed.</p></body></html>`,
    );
    env.host = await serve(dir, { probe: true });
  });
  after(async () => {
    await env.engine?.close();
    await env.server?.close();
    await env.host?.close();
  });

  // Pages still open when a test ends (it failed half-way) are closed after it.
  const pages = new Set();
  afterEach(async () => {
    for (const page of pages) await page.close().catch(() => {});
    pages.clear();
  });
  const track = (page) => {
    pages.add(page);
    const close = page.close;
    page.close = async () => {
      pages.delete(page);
      await close();
    };
    return page;
  };

  const group = (key, title, fn) => test(`${engineName}: ${title}`, { skip: skip[key] ?? false }, fn);

  /// Opens the app and returns the page and the server log entries it caused so far (a function, read it later).
  async function open(url, viewport, srv = env.server) {
    const from = srv.state.log.length;
    const page = track(await openApp(env.engine, url, viewport));
    return { page, requests: () => srv.state.log.slice(from) };
  }

  const kit = { engineName, env, group, open, track };
  for (const define of [
    beforeAppScenarios,
    loadScenarios,
    hoverScenarios,
    claimsScenarios,
    mapScenarios,
    deepLinkScenarios,
    embedScenarios,
    overflowScenarios,
    axeScenarios,
    cspScenarios,
    requestScenarios,
    touchScenarios,
  ])
    define(kit);
}
