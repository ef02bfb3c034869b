import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { type SpawnedServer } from '../../api/test/spawn-server';
import { hasChromium, launchChromium, startDemoServer, stopJourney, signedInPage } from './browser-journey';

describe.skipIf(!hasChromium)('staffing calculator in the browser', () => {
  let server: SpawnedServer | undefined;
  let browser: Browser;
  let base: string;
  let dataDir: string;

  beforeAll(async () => {
    ({ server, base, dataDir } = await startDemoServer('bluelamp-e2e-staffing-'));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await stopJourney({ browser, server, dataDir });
  });

  const signedIn = (username: string): Promise<Page> => signedInPage(browser, base, username);

  it('should show a supervisor the handlers needed for a pasted week, with the chart', async () => {
    const page = await signedIn('demo.supervisor');
    await page.goto(`${base}/rosters/staffing`);
    await page.getByRole('heading', { level: 1, name: 'Staffing calculator' }).waitFor();

    // A week pasted from a spreadsheet: 7 rows of 24, 200 calls an hour 08:00–20:00, 40 otherwise.
    const week = Array.from({ length: 7 }, () => Array.from({ length: 24 }, (_, h) => (h >= 8 && h < 20 ? 200 : 40)).join('\t')).join('\n');
    await page.getByRole('radio', { name: 'Paste 168 numbers' }).check();
    await page.getByLabel('Calls for each hour of the week').fill(week);
    await page.getByLabel('Average handle time (seconds)').fill('180');
    // Response officers against the seeded grade targets: 2 Immediate and 3 Scheduled an hour, 90 minutes each.
    await page.getByRole('checkbox', { name: /Also work out response officers/ }).check();
    await page.getByLabel('Immediate incidents an hour').fill('2');
    await page.getByLabel('Scheduled incidents an hour').fill('3');
    await page.getByLabel('Time committed per incident (minutes)').fill('90');
    await page.getByLabel('Travel to the scene (minutes)').fill('8');
    await page.getByRole('button', { name: 'Calculate' }).click();

    // 200 calls an hour at 180 s is the published worked example: 14 answering, 20 with 30% shrinkage.
    await page.getByRole('heading', { name: 'Recommended call handlers' }).waitFor();
    expect(await page.getByTestId('peak-hour').textContent()).toBe('Mon 08:00: 20 to roster, 14 answering');
    const chart = page.getByTestId('hour-of-week-chart').first();
    await chart.locator('svg').waitFor();
    // 168 bars and the answering line are drawn.
    expect(await chart.locator('svg path').count()).toBeGreaterThan(168);
    expect(await page.getByText('Call handlers needed in each hour of the week (Europe/London)').isVisible()).toBe(true);

    // 7.5 officers busy on average; Immediate (12 min, less 8 travel) binds: 12 available, 19 with 35% shrinkage.
    await page.getByRole('heading', { name: 'Recommended response officers' }).waitFor();
    expect(await page.getByTestId('officer-peak-hour').textContent()).toBe('Mon 00:00: 19 to roster, 12 available for incidents');
    expect(await page.getByTestId('hour-of-week-chart').count()).toBe(2);

    await page.getByText('Handlers to roster by hour', { exact: true }).click();
    const table = page.getByRole('region', { name: 'Handlers to roster by hour' });
    const monday = table.getByRole('row', { name: /^Mon/ });
    expect(await monday.getByRole('cell').nth(9).textContent()).toBe('20');
    await page.context().close();
  });

  it('should tell the supervisor what to fix, and recalculate from the grid', async () => {
    const page = await signedIn('demo.supervisor');
    await page.goto(`${base}/rosters/staffing`);
    await page.getByRole('heading', { level: 1, name: 'Staffing calculator' }).waitFor();
    await page.getByLabel('Calls in each hour').fill('20');
    await page.getByRole('button', { name: 'Calculate' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Check the figures' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Enter the average handle time in seconds, more than 0');
    expect(await page.getByLabel('Average handle time (seconds)').getAttribute('aria-invalid')).toBe('true');

    // The 20 an hour already typed is carried into the grid; Saturday 23:00 is then raised.
    await page.getByRole('radio', { name: 'Hour by hour (7 × 24 grid)' }).check();
    expect(await page.getByLabel('Monday 00:00 calls').inputValue()).toBe('20');
    await page.getByLabel('Saturday 23:00 calls').fill('400');
    await page.getByLabel('Average handle time (seconds)').fill('180');
    await page.getByLabel('Shrinkage (%)').fill('0');
    await page.getByRole('button', { name: 'Calculate' }).click();
    // Saturday 23:00: 20 erlangs need 24 handlers for 80% in 20 s (80.9%); every other hour 1 erlang needs 3.
    // (Waiting for the new figure: the first calculation's is still on screen until the answer comes.)
    await page.getByTestId('peak-hour').filter({ hasText: 'Sat 23:00: 24 to roster, 24 answering' }).waitFor();
    expect(await page.getByTestId('rostered-hours').textContent()).toBe(`${167 * 3 + 24} (with 0% shrinkage)`);
    await page.context().close();
  });

  it('should not offer the calculator to a dispatcher', async () => {
    const page = await signedIn('demo.dispatcher');
    await page.goto(`${base}/rosters/staffing`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await page.context().close();
  });
});
