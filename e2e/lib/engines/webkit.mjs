// WebKitGTK's MiniBrowser from Debian (webkit2gtk-driver), driven by selenium-webdriver through WebKitWebDriver,
// under an Xvfb display this module starts and stops itself (MiniBrowser has no headless mode). Implements the
// engine interface described in ./index.mjs.
//
// Two things this driver cannot do, and how the suite gets around them:
// - It gives no console access: the test server adds a listener script to every page it serves
//   (serve(dir, { probe: true }), ./probe.js), and the tests read what it records.
// - MiniBrowser's window cannot get narrower than about 447 px (its toolbar): a viewport narrower than 480 px is a
//   same-origin iframe of exactly that size in a host page the test server makes (/__frame.html); the driver
//   switches into the frame, so evaluate, click and keys all act on the page under test, whose innerWidth and
//   innerHeight are the frame's.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { Builder, By, Key, Origin } from 'selenium-webdriver';
import { scrollToCentre, scrollFramePointIntoView, centreOf } from './scroll.mjs';

const DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const NARROWEST_WINDOW = 480;
const KEYS = { Enter: Key.ENTER, Escape: Key.ESCAPE, Tab: Key.TAB, Space: Key.SPACE };

function startXvfb() {
  // -displayfd: Xvfb picks a free display number and writes it to fd 3 once it accepts connections.
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '2000x1600x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  xvfb.stderr.on('data', (d) => {
    stderr += d;
  });
  return new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({ process: xvfb, display: `:${out.trim()}` });
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr}`)));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForDriver(url, child) {
  const end = Date.now() + 15000;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not start');
}

/// WebKitWebDriver under its own Xvfb, with a MiniBrowser session; `kill` stops both processes.
async function startSession() {
  const xvfb = await startXvfb();
  const port = await freePort();
  const driverProcess = spawn(DRIVER, [`--port=${port}`], {
    env: { ...process.env, DISPLAY: xvfb.display },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const kill = () => {
    driverProcess.kill();
    xvfb.process.kill();
  };
  process.once('exit', kill);
  const serverUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForDriver(serverUrl, driverProcess);
    const driver = await new Builder()
      .usingServer(serverUrl)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      })
      .build();
    await driver.manage().setTimeouts({ script: 30000, pageLoad: 60000 });
    return { driver, kill };
  } catch (error) {
    kill();
    throw error;
  }
}

/// Sets the viewport, not the window: the window is larger by the toolbar and borders, measured once.
function viewportSetter(driver) {
  let chrome = null;
  return async function setViewport(width, height) {
    if (!chrome) {
      await driver.manage().window().setRect({ width: 1000, height: 800 });
      const inner = await driver.executeScript('return [innerWidth, innerHeight]');
      chrome = { width: 1000 - inner[0], height: 800 - inner[1] };
    }
    await driver
      .manage()
      .window()
      .setRect({ width: width + chrome.width, height: height + chrome.height });
  };
}

/// evaluate, run, click and hover in the document at a path of iframe selectors from the top document. The driver is
/// switched between frames only when the path changes; `reset()` after leaving the page.
function documents(driver) {
  let current = '';
  async function enter(path) {
    const key = path.join('\n');
    if (key === current) return;
    await driver.switchTo().defaultContent();
    for (const selector of path) await driver.switchTo().frame(await driver.findElement(By.css(selector)));
    current = key;
  }
  /// The first match in the document at `path`, scrolled to the middle of it.
  async function onScreen(path, selector) {
    await enter(path);
    let el = await driver.findElement(By.css(selector));
    // An off-screen element under content-visibility: auto is "not interactable" to this driver.
    await driver.executeScript(`(${scrollToCentre})(arguments[0])`, el);
    if (path.length) {
      // Inside a frame, scroll each parent document so the element is on screen there too.
      let point = await driver.executeScript(`return (${centreOf})(arguments[0]);`, el);
      for (let depth = path.length - 1; depth >= 0; depth--) {
        await enter(path.slice(0, depth));
        point = await driver.executeScript(`return (${scrollFramePointIntoView})(arguments[0]);`, [path[depth], point]);
      }
      await enter(path);
      el = await driver.findElement(By.css(selector));
    }
    return el;
  }
  async function click(path, selector) {
    const el = await onScreen(path, selector);
    try {
      await el.click();
    } catch (error) {
      // The driver refuses a click whose centre point shows another element, even one inside this one (a map
      // feature's dot drawn over its hit circle): then press the pointer there, as a reader would.
      if (error.name !== 'ElementClickInterceptedError') throw error;
      await driver.actions({ async: true }).move({ origin: el }).click().perform();
    }
  }
  /// A real pointer move, in one step (selenium's default takes 100 ms), onto the element's in-view centre (the
  /// driver's: the middle of its first box that is on screen).
  async function hover(path, selector) {
    const el = await onScreen(path, selector);
    await driver.actions({ async: true }).move({ origin: el, duration: 0 }).perform();
  }
  function scope(path) {
    return {
      async evaluate(fn, arg) {
        await enter(path);
        return driver.executeScript(`return (${fn}).call(null, arguments[0]);`, arg ?? null);
      },
      async run(source) {
        await enter(path);
        await driver.executeScript(source);
      },
      click: (selector) => click(path, selector),
      hover: (selector) => hover(path, selector),
      frame: (selector) => scope([...path, selector]),
    };
  }
  return {
    scope,
    reset: () => {
      current = '';
    },
  };
}

export async function launch() {
  const { driver, kill } = await startSession();
  const setViewport = viewportSetter(driver);
  const docs = documents(driver);
  return {
    name: 'webkit',
    async open(url, viewport) {
      // Leave the previous page first, so that a URL differing only in its fragment is a new load.
      await driver.switchTo().defaultContent();
      docs.reset();
      await driver.get('about:blank');
      const framed = viewport.width < NARROWEST_WINDOW;
      if (framed) {
        const target = new URL(url);
        const host = new URL('/__frame.html', target.origin);
        host.searchParams.set('src', target.pathname + target.search + target.hash);
        host.searchParams.set('width', viewport.width);
        host.searchParams.set('height', viewport.height);
        await setViewport(NARROWEST_WINDOW + 40, viewport.height + 40);
        await driver.get(host.href);
      } else {
        await setViewport(viewport.width, viewport.height);
        await driver.get(url);
      }
      return {
        engine: 'webkit',
        viewport,
        framed,
        ...docs.scope(framed ? ['#frame'] : []),
        /// The pointer to (x, y) of the page's viewport, in one step; in a framed page, that is the frame's.
        async mouseTo(x, y) {
          let [left, top] = [0, 0];
          if (framed) {
            await driver.switchTo().defaultContent();
            docs.reset();
            [left, top] = await driver.executeScript(
              "const r = document.querySelector('#frame').getBoundingClientRect(); return [r.left, r.top];",
            );
          }
          await driver
            .actions({ async: true })
            .move({ x: Math.round(left + x), y: Math.round(top + y), origin: Origin.VIEWPORT, duration: 0 })
            .perform();
        },
        async press(key) {
          await driver
            .actions({ async: true })
            .sendKeys(KEYS[key] ?? key)
            .perform();
        },
        async screenshot(file) {
          fs.writeFileSync(file, Buffer.from(await driver.takeScreenshot(), 'base64'));
        },
        nativeErrors: () => [],
        async close() {
          await driver.switchTo().defaultContent();
          docs.reset();
          await driver.get('about:blank');
        },
      };
    },
    async close() {
      try {
        await driver.quit();
      } finally {
        kill();
        process.removeListener('exit', kill);
      }
    },
  };
}
