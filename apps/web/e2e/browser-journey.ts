/**
 * What every browser journey needs: a demo-force server on a fresh embedded database (a real process,
 * as a force would run it) and Debian's Chromium, never a downloaded browser.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { spawnServer, type SpawnedServer } from '../../api/test/spawn-server';

export const CHROMIUM = '/usr/bin/chromium';
/** The demo accounts' password (demo mode only). */
export const PASSWORD = 'bluelamp-demo';
const DIST_INDEX = path.resolve(import.meta.dirname, '../dist/index.html');

export const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) console.warn(`Browser journeys skipped: ${CHROMIUM} is missing (apt-get install -y chromium).`);

/** Starts the server with the demo force in a new data folder (the web app must be built: `npm run build:web`). */
export async function startDemoServer(prefix: string): Promise<{ server: SpawnedServer; base: string; dataDir: string }> {
  if (!fs.existsSync(DIST_INDEX)) throw new Error(`The web app is not built (${DIST_INDEX} is missing). Run \`npm run build:web\` first.`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const server = await spawnServer({ BLUELAMP_DEMO: '1', BLUELAMP_DATA_DIR: dataDir, DATABASE_URL: '' });
  return { server, base: server.baseUrl, dataDir };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Closes what was started; parts that never started are skipped. */
export async function stopJourney(parts: { browser?: Browser | undefined; server?: SpawnedServer | undefined; dataDir?: string | undefined }): Promise<void> {
  await parts.browser?.close();
  await parts.server?.stop();
  if (parts.dataDir) fs.rmSync(parts.dataDir, { recursive: true, force: true });
}

/** A new browser context (desktop size, en-GB, Europe/London unless `options` say otherwise), signed in and on the home page. */
export async function signedInPage(browser: Browser, base: string, username: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London', ...options });
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: /home$/ }).waitFor();
  return page;
}
