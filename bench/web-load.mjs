// 7. Web first load, headless Chromium against the built server (apps/web/dist served by the API).
//
// 7  The portal's first screen: how long after navigation start (performance.now() in the page, whose origin is
//    navigation start) the catalog's first 在线办理 control is rendered, visible and enabled, on a 390×844 phone
//    with an empty cache (a fresh browser context per run). The app renders on the client only, so the control
//    exists only once React has mounted the catalog with the API's answer and its handlers are attached: that
//    is the moment an applicant can act. Median of 5 runs after one unmeasured warm-up run (the server's first
//    answers, not the browser's cache).
// 7b Transferred bytes of each face's first load (home, portal, and the sign-in page of the workbench,
//    supervision and designer): every response's encoded body plus headers as Chromium received them, until the
//    face is ready and the network has been idle for 500 ms; with the Content-Encoding the static files came with.
//    Chromium offers only gzip/deflate on plain http (br and zstd only over https), so a server with brotli
//    still answers this bench in gzip; the encoding column says what was on the wire.
/* global document, window, getComputedStyle, requestAnimationFrame -- page functions run in Chromium */
import { apiRequire, browserUnavailable, log, round, sleep } from './lib/env.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../test/utils/chromium-flags.mjs';

const CHROMIUM = chromiumPath();
const RUNS = 5;
export const TARGET_MS = 1500;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' };
const DESKTOP = { viewport: { width: 1366, height: 768 }, locale: 'zh-CN' };

/**
 * What "ready" means per face: a CSS selector and the text (or aria-label) its element starts with; the
 * element must have a box, be visible and not disabled.
 */
const FACES = [
  { face: 'home', path: '/', device: DESKTOP, ready: { selector: 'a[href="/portal"]' } },
  { face: 'portal', path: '/portal', device: PHONE, ready: { selector: 'a, button', text: '在线办理' } },
  { face: 'workbench', path: '/workbench', device: DESKTOP, ready: { selector: 'input[type=password]' } },
  { face: 'supervision', path: '/supervision', device: DESKTOP, ready: { selector: 'input[type=password]' } },
  { face: 'designer', path: '/designer', device: DESKTOP, ready: { selector: 'input[type=password]' } },
];

/** Installed before any page script: records performance.now() on the first frame the ready element is usable. */
function installReadyProbe({ selector, text }) {
  const usable = (el) => {
    const label = (el.getAttribute('aria-label') || el.textContent || '').replace(/\s+/g, '');
    if (text && !label.startsWith(text)) return false;
    if (el.disabled || el.getAttribute('aria-disabled') === 'true') return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const frame = () => {
    if (window.__readyAt !== undefined) return;
    if ([...document.querySelectorAll(selector)].some(usable)) window.__readyAt = performance.now();
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** Why this section cannot run here, or null. */
const unavailable = () => browserUnavailable(CHROMIUM);

/** One first load in a fresh context (empty cache): ready time and what crossed the wire. */
async function firstLoad(browser, baseUrl, { path: pagePath, device, ready }) {
  const context = await browser.newContext(device);
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const finished = [];
    page.on('requestfinished', (request) => finished.push(request));
    await page.addInitScript(installReadyProbe, ready);
    await page.goto(baseUrl + pagePath, { waitUntil: 'commit' });
    try {
      await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 30_000, polling: 50 });
    } catch (error) {
      throw new Error(
        `${pagePath} never showed ${ready.selector}${ready.text ? ` "${ready.text}"` : ''}: ${error.message.split('\n')[0]}${errors.length ? `; page error: ${errors[0]}` : ''}`,
        { cause: error },
      );
    }
    const readyMs = await page.evaluate(() => window.__readyAt);
    // Where the time went, from the page's own clocks (all relative to navigation start).
    const timeline = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const resources = performance.getEntriesByType('resource');
      const ends = (list) => (list.length ? Math.round(Math.max(...list.map((r) => r.responseEnd))) : null);
      const starts = (list) => (list.length ? Math.round(Math.min(...list.map((r) => r.startTime))) : null);
      const scripts = resources.filter((r) => /\.js$/.test(new URL(r.name).pathname));
      const api = resources.filter(
        (r) => new URL(r.name).pathname.startsWith('/api/') && r.startTime < window.__readyAt,
      );
      return {
        html: Math.round(nav.responseEnd),
        domContentLoaded: Math.round(nav.domContentLoadedEventEnd),
        lastScript: ends(scripts.filter((r) => r.startTime < window.__readyAt)),
        firstApiStart: starts(api),
        lastApiEnd: ends(api),
      };
    });
    await page.waitForLoadState('networkidle').catch(() => undefined);
    let bytes = 0;
    let staticBytes = 0;
    const encodings = new Set();
    for (const request of finished) {
      const sizes = await request.sizes();
      const wire = sizes.responseBodySize + sizes.responseHeadersSize;
      bytes += wire;
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/')) continue;
      staticBytes += wire;
      const response = await request.response();
      if (/\.(js|css)$/.test(url.pathname))
        encodings.add((await response?.headerValue('content-encoding')) ?? 'identity');
    }
    return {
      readyMs,
      timeline,
      bytes,
      staticBytes,
      requests: finished.length,
      encodings: [...encodings].sort(),
      errors,
    };
  } finally {
    await context.close();
  }
}

/** `baseUrl`: a running API that serves the built web app with the demo catalog. */
export async function measureWebLoad({ baseUrl }) {
  const why = unavailable();
  if (why) return { portalInteractiveMs: null, note: why };
  const { chromium } = apiRequire('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const portal = FACES.find((f) => f.face === 'portal');
    await firstLoad(browser, baseUrl, portal); // warm-up: the server's first answers, not measured
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(await firstLoad(browser, baseUrl, portal));
      await sleep(200);
    }
    const times = runs.map((r) => r.readyMs).sort((a, b) => a - b);
    const portalInteractiveMs = round(times[Math.floor(times.length / 2)], 0);
    log(`web: portal interactive ${times.map((t) => round(t, 0)).join(' / ')} ms (median ${portalInteractiveMs})`);
    const faces = [];
    for (const face of FACES) {
      let load;
      try {
        load = face.face === 'portal' ? runs[0] : await firstLoad(browser, baseUrl, face);
      } catch (error) {
        faces.push({ face: face.face, path: face.path, bytes: null, note: error.message });
        log(`web: ${face.face}: ${error.message}`);
        continue;
      }
      faces.push({
        face: face.face,
        path: face.path,
        device: face.device === PHONE ? 'phone 390×844' : 'desktop 1366×768',
        bytes: load.bytes,
        staticBytes: load.staticBytes,
        requests: load.requests,
        encodings: load.encodings,
        readyMs: round(load.readyMs, 0),
      });
      log(`web: ${face.face} first load ${load.bytes} B over ${load.requests} requests (${load.encodings.join('+')})`);
    }
    const pageErrors = runs.flatMap((r) => r.errors);
    return {
      portalInteractiveMs,
      portalInteractiveRunsMs: runs.map((r) => round(r.readyMs, 0)),
      // Per run: HTML received, DOMContentLoaded (entry chunks run), last script received, first and last API call.
      portalTimelines: runs.map((r) => ({ ...r.timeline, ready: round(r.readyMs, 0) })),
      runs: RUNS,
      faces,
      note: 'portal: navigation start → first 在线办理 control rendered, visible and enabled, 390×844 phone, empty cache, median of 5 after a warm-up; bytes: encoded bodies + headers of every response until ready and 500 ms network idle',
      ...(pageErrors.length ? { pageErrors: pageErrors.slice(0, 3) } : {}),
    };
  } finally {
    await browser.close();
  }
}
