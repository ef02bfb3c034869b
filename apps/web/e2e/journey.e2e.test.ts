import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { signInTo, type SpawnedServer } from '../../api/test/spawn-server';
import { PASSWORD, hasChromium, launchChromium, startDemoServer, stopJourney } from './browser-journey';

describe.skipIf(!hasChromium)('browser journeys', () => {
  let server: SpawnedServer | undefined;
  let browser: Browser;
  let base: string;
  let dataDir: string;

  beforeAll(async () => {
    ({ server, base, dataDir } = await startDemoServer('bluelamp-e2e-'));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await stopJourney({ browser, server, dataDir });
  });

  async function openPage(viewport = { width: 1440, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'en-GB', timezoneId: 'Europe/London' });
    return context.newPage();
  }

  async function signIn(page: Page, username: string, password = PASSWORD): Promise<void> {
    await page.goto(`${base}/`);
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  it('should show a call handler their home, and sign them out', async () => {
    const page = await openPage();
    await signIn(page, 'demo.callhandler');
    await page.getByRole('heading', { level: 1, name: 'Call handler home' }).waitFor();
    await page.getByRole('heading', { name: 'Response-grade targets' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.getByText('You have signed out').isVisible()).toBe(true);
    await page.context().close();
  });

  it('should let an administrator create a user and find it in the audit trail', async () => {
    const page = await openPage();
    await signIn(page, 'demo.admin');
    await page.getByRole('heading', { level: 1, name: 'Administrator home' }).waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await page.getByRole('link', { name: 'Create user' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create user' }).waitFor();
    await page.getByLabel('Username').fill('e2e.analyst');
    await page.getByLabel('Display name').fill('E2E Analyst');
    await page.getByLabel('First password').fill('correct horse battery staple');
    await page.getByRole('checkbox', { name: /^Analyst/ }).check();
    await page.getByRole('button', { name: 'Create user' }).click();
    await page.getByText('User e2e.analyst created.').waitFor();
    expect(page.url()).toMatch(/\/users\/[0-9a-f-]{36}\?created=1$/);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit trail' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
    await page.getByLabel('Action').fill('user.created');
    await page.getByRole('button', { name: 'Search' }).click();
    const row = page.getByRole('row').filter({ hasText: 'user.created' }).filter({ hasText: 'demo.admin' });
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    await page.context().close();
  });

  it('should give a response officer the phone layout with bottom navigation', async () => {
    const page = await openPage({ width: 390, height: 844 });
    await signIn(page, 'demo.response');
    await page.getByRole('heading', { level: 1, name: 'Response officer home' }).waitFor();
    const tabs = page.locator('nav.tabbar');
    await tabs.waitFor();
    const box = await tabs.boundingBox();
    expect(box).not.toBeNull();
    // Docked to the bottom of the screen, full width.
    expect(Math.round(box!.y + box!.height)).toBe(844);
    expect(Math.round(box!.width)).toBe(390);
    for (const name of ['Home', 'Staff', 'More']) expect(await tabs.getByRole('link', { name }).isVisible()).toBe(true);
    expect(await page.locator('nav.sidenav').count()).toBe(0);
    await page.context().close();
  });

  it("should show the API's own words for a wrong password", async () => {
    const page = await openPage();
    await page.goto(`${base}/`);
    await page.getByLabel('Username').fill('demo.dispatcher');
    await page.getByLabel('Password').fill('not-the-password');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/auth/sign-in')),
      page.getByRole('button', { name: 'Sign in' }).click(),
    ]);
    expect(response.status()).toBe(401);
    const body = (await response.json()) as { code: string; message: string };
    expect(body.code).toBe('INVALID_CREDENTIALS');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect((await alert.textContent())?.trim()).toBe(body.message);
    // Focus is back on the password, cleared, ready for another try.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('password');
    await page.context().close();
  });
  it("should show a dispatcher a policy change made elsewhere, live, without reloading", async () => {
    const page = await openPage();
    await signIn(page, 'demo.dispatcher');
    await page.getByRole('heading', { level: 1, name: 'Dispatcher home' }).waitFor();
    await page.getByText('Live', { exact: true }).first().waitFor();
    // The change comes from another session, over the API.
    const cookie = await signInTo(base, 'demo.admin', PASSWORD);
    const patch = await fetch(`${base}/api/policy/contact.repeatWindowDays`, {
      method: 'PATCH',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ version: 1, value: 30, reason: 'browser live-event journey' }),
    });
    expect(patch.status).toBe(200);
    await page.getByText('contact.repeatWindowDays is now 30').waitFor({ timeout: 10_000 });
    await page.context().close();
  });
});
