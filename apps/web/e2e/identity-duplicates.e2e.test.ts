import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { signInTo, type SpawnedServer } from '../../api/test/spawn-server';
import { PASSWORD, hasChromium, launchChromium, startDemoServer, stopJourney, signedInPage } from './browser-journey';

describe.skipIf(!hasChromium)('reviewing proposed duplicates in the browser', () => {
  let server: SpawnedServer | undefined;
  let browser: Browser;
  let base: string;
  let dataDir: string;
  const ids: { robert: string; bob: string } = { robert: '', bob: '' };

  const api = async (method: string, url: string, cookie: string, body?: unknown) => {
    const res = await fetch(`${base}${url}`, { method, headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
    return { status: res.status, body: (await res.json()) as any };
  };

  beforeAll(async () => {
    ({ server, base, dataDir } = await startDemoServer('bluelamp-e2e-duplicates-'));
    // A call handler records the same man twice, under his nickname the second time.
    const handler = await signInTo(base, 'demo.callhandler', PASSWORD);
    for (const [key, givenNames] of [['robert', 'Robert'], ['bob', 'Bob']] as const) {
      const created = await api('POST', '/api/identity/persons', handler, { names: [{ kind: 'birth', givenNames, familyName: 'Ashworth' }], dateOfBirth: '1964-09-17', phones: ['020 7601 2222'] });
      expect(created.status).toBe(201);
      ids[key] = created.body.id;
    }
    // The proposal follows the change events: wait for it before opening the browser.
    const supervisor = await signInTo(base, 'demo.supervisor', PASSWORD);
    const deadline = Date.now() + 15_000;
    while ((await api('GET', `/api/identity/duplicates/persons?recordId=${ids.robert}`, supervisor)).body.items.length === 0) {
      if (Date.now() > deadline) throw new Error('the pair was never proposed');
      await new Promise((r) => setTimeout(r, 100));
    }
    browser = await launchChromium();
  });

  afterAll(async () => {
    await stopJourney({ browser, server, dataDir });
  });

  const signIn = (username: string): Promise<Page> => signedInPage(browser, base, username);

  it('should let a supervisor open the queue, compare the proposed pair and merge it', async () => {
    const page = await signIn('demo.supervisor');
    await page.getByRole('heading', { level: 1, name: 'Supervisor home' }).waitFor();
    await page.goto(`${base}/duplicates`);
    await page.getByRole('heading', { level: 1, name: 'Possible duplicates' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Robert Ashworth' }).filter({ hasText: 'Bob Ashworth' });
    await row.waitFor();
    // Worded from the pair's first record, whichever that is.
    const nickname = /^(Bob is a form of Robert|Robert is a form of Bob)$/;
    expect(await row.getByText(nickname).isVisible()).toBe(true);
    expect(await row.getByText('born 17/09/1964').count()).toBe(2);

    await row.getByRole('link', { name: /^Compare/ }).click();
    await page.getByRole('heading', { level: 1, name: /Ashworth and .* Ashworth/ }).waitFor();
    expect(page.url()).toMatch(/\/duplicates\/persons\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Why they look alike' }).waitFor();
    expect(await page.getByRole('list', { name: 'Why they look alike' }).getByText(nickname).isVisible()).toBe(true);
    const sideBySide = page.getByRole('region', { name: 'The two person records side by side' });
    expect(await sideBySide.getByRole('row', { name: /Date of birth/ }).getByText('17/09/1964').count()).toBe(2);
    expect(await sideBySide.getByRole('link', { name: 'Robert Ashworth' }).getAttribute('href')).toBe(`/persons/${ids.robert}`);

    await page.getByRole('radio', { name: /Keep record \d: Robert Ashworth/ }).check();
    await page.getByLabel('Reason for merging').fill('Same man: Bob is his nickname, same date of birth and phone');
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByRole('heading', { name: 'Merged' }).waitFor();
    await page.getByRole('button', { name: 'Undo the merge' }).waitFor();

    // The nickname record now points at Robert's.
    const handler = await signInTo(base, 'demo.callhandler', PASSWORD);
    const bob = await api('GET', `/api/identity/persons/${ids.bob}`, handler);
    expect(bob.status).toBe(404);
    expect(bob.body.details.mergedInto).toBe(ids.robert);
    // And the queue no longer offers the pair.
    await page.goto(`${base}/duplicates`);
    await page.getByText('No possible duplicate people are awaiting review').waitFor();
    await page.context().close();
  });
});
