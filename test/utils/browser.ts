import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-flags.mjs';
import { scratchDatabase } from './scratch-database';
import { repoRoot, type ServerProcess, startServerProcess, waitForExit, waitForHealth } from './server-process';

export const artifactsDir = path.join(repoRoot, 'test/artifacts');

/** Debian's Chromium (installed by .ci/run), driven by playwright-core. */
export function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!fs.existsSync(executablePath)) {
    throw new Error(
      `no Chromium at ${executablePath}: apt-get install chromium fonts-noto-cjk (as .ci/run does), or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
}

/** The two screens the product promises: a desk (workbench, dashboard, designer) and an applicant's phone. */
export type Device = 'desktop' | 'phone';

export const DEVICES: Record<Device, BrowserContextOptions> = {
  desktop: { viewport: { width: 1366, height: 768 } },
  // A 390×844 phone (iPhone 12–15 class): mobile meta-viewport handling and touch events on.
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
};

/** A fresh page (own context: no cookies, storage or cache shared) as the given device sees it. */
export function openPage(browser: Browser, device: Device = 'desktop'): Promise<Page> {
  return browser.newPage({ ...DEVICES[device], locale: 'zh-CN' });
}

export interface BrowserStackOptions {
  /** `'phone'` opens `stack.page` at 390×844 with touch; 1366×768 desktop otherwise. */
  device?: Device;
}

export interface BrowserStack {
  server: ServerProcess;
  browser: Browser;
  page: Page;
  baseUrl: string;
  screenshot(name: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The built app as `npm start` runs it (demo data, manual clock) on a fresh database of the test server,
 * plus a headless Chromium page at 1366×768 (or a 390×844 phone with `{ device: 'phone' }`; `openPage` gives
 * more pages of either kind). `stop()` leaves no process behind.
 */
export async function startBrowserStack(
  env: NodeJS.ProcessEnv = {},
  options: BrowserStackOptions = {},
): Promise<BrowserStack> {
  const database = await scratchDatabase('tongban_browser');
  const server = await startServerProcess({ DATABASE_URL: database.url, CLOCK: 'manual', ...env });
  let browser: Browser;
  try {
    await waitForHealth(server);
    browser = await launchBrowser();
  } catch (error) {
    // A server left running here would keep Jest waiting for ever.
    server.child.kill('SIGKILL');
    await waitForExit(server.child).catch(() => undefined);
    await database.drop();
    throw error;
  }
  const page = await openPage(browser, options.device);
  fs.mkdirSync(artifactsDir, { recursive: true });
  return {
    server,
    browser,
    page,
    baseUrl: server.baseUrl,
    screenshot: async (name) => {
      await page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });
    },
    stop: async () => {
      await browser.close().catch(() => undefined);
      server.child.kill('SIGTERM');
      await waitForExit(server.child).catch(() => server.child.kill('SIGKILL'));
      await database.drop();
    },
  };
}

/** Signs in through the API and stores the token the way the web app does. */
export async function signIn(stack: BrowserStack, username: string, password = username): Promise<string> {
  const response = await fetch(`${stack.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`login ${username}: ${response.status}`);
  const { token } = (await response.json()) as { token: string };
  await stack.page.goto(stack.baseUrl + '/');
  await stack.page.evaluate((value) => sessionStorage.setItem('tongban.token', value), token);
  return token;
}
