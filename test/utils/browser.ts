import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { scratchDatabase } from './scratch-database';
import { repoRoot, type ServerProcess, startServerProcess, waitForExit, waitForHealth } from './server-process';

export const artifactsDir = path.join(repoRoot, 'test/artifacts');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Debian's Chromium (installed by .ci/run), driven by playwright-core. */
export function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    throw new Error(
      `no Chromium at ${executablePath}: apt-get install chromium fonts-noto-cjk (as .ci/run does), or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
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
 * plus a headless Chromium page at 1366×768. `stop()` leaves no process behind.
 */
export async function startBrowserStack(env: NodeJS.ProcessEnv = {}): Promise<BrowserStack> {
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
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
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
