import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { signInTo, type SpawnedServer } from '../../api/test/spawn-server';
import { PASSWORD, hasChromium, launchChromium, startDemoServer, stopJourney, signedInPage } from './browser-journey';

const THRIVE_LOW = Object.fromEntries(['threat', 'harm', 'risk', 'investigation', 'vulnerability', 'engagement'].map((e) => [e, { level: 'low' }]));

describe.skipIf(!hasChromium)('taking a call in the browser', () => {
  let server: SpawnedServer | undefined;
  let browser: Browser;
  let base: string;
  let dataDir: string;
  let robertId: string;
  let earlierReference: string;

  /** Calls the API as a demo user, as another screen would. */
  async function apiAs(username: string) {
    const cookie = await signInTo(base, username, PASSWORD);
    return async <T = any>(method: string, url: string, body?: unknown): Promise<{ status: number; body: T }> => {
      const res = await fetch(`${base}${url}`, { method, headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: res.status, body: (await res.json()) as T };
    };
  }

  beforeAll(async () => {
    ({ server, base, dataDir } = await startDemoServer('bluelamp-contact-e2e-'));
    browser = await launchChromium();

    // Robert Smith is on record with a warning marker, and called three weeks ago from his landline.
    const api = await apiAs('demo.dispatcher');
    const robert = await api<{ id: string }>('POST', '/api/identity/persons', {
      names: [{ kind: 'birth', givenNames: 'Robert', familyName: 'Smith' }],
      dateOfBirth: '1980-12-03',
      phones: ['020 7601 2222'],
      flags: [{ kind: 'warning_marker', markerType: 'weapons', note: 'Carried a knife, 2025' }],
    });
    expect(robert.status).toBe(201);
    robertId = robert.body.id;
    const cookie = await signInTo(base, 'demo.dispatcher', PASSWORD);
    const deadline = Date.now() + 10_000;
    for (;;) {
      const res = await fetch(`${base}/api/identity/persons/matches?lastName=Smith&dateOfBirth=1980-12-03`, { headers: { cookie } });
      if (((await res.json()) as { items: { personId: string }[] }).items.some((i) => i.personId === robertId)) break;
      if (Date.now() > deadline) throw new Error('the new person never reached the matching index');
      await new Promise((r) => setTimeout(r, 100));
    }
    const received = new Date(Date.now() - 21 * 86_400_000).toISOString();
    const earlier = await api<{ reference: string }>('POST', '/api/contact/contacts', {
      channel: '101',
      receivedAt: received,
      answeredAt: received,
      caller: { givenNames: 'Robert', familyName: 'Smith', phone: '020 7601 2222' },
      location: { address: '182 Bishopsgate', postcode: 'EC2M 4NP' },
      categoryCode: 'public-order',
      narrative: 'Neighbours shouting in the street',
      thrive: THRIVE_LOW,
      callerPersonId: robertId,
    });
    expect(earlier.status).toBe(201);
    earlierReference = earlier.body.reference;
  });

  afterAll(async () => {
    await stopJourney({ browser, server, dataDir });
  });

  const signedIn = (username: string, viewport = { width: 1440, height: 900 }): Promise<Page> => signedInPage(browser, base, username, { viewport });

  it('should show the earlier caller under another spelling with the warning before the call is saved, then save it confirmed and graded', async () => {
    const page = await signedIn('demo.callhandler');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Take a call' }).click();
    await page.getByRole('heading', { level: 1, name: 'Take a call' }).waitFor();

    let asked = 0;
    page.on('request', (r) => {
      if (r.url().endsWith('/api/contact/lookup')) asked += 1;
    });
    const panel = page.getByRole('region', { name: 'Caller history and warnings' });
    // Phone first: the number has called before.
    await page.getByLabel('Phone number').pressSequentially('020 7601 2222', { delay: 20 });
    await panel.getByRole('region', { name: 'This number' }).getByText('1 in the last 90 days').waitFor();
    expect(await panel.getByRole('region', { name: 'This number' }).textContent()).toContain(earlierReference);

    // The name as this caller gives it, and the date of birth with day and month the wrong way round.
    await page.getByLabel('First name(s)').pressSequentially('Bob', { delay: 30 });
    await page.getByLabel('Last name').pressSequentially('Smyth', { delay: 30 });
    await page.getByLabel('Date of birth').fill('12/03/1980');
    const robert = panel.getByRole('region', { name: 'This person by name' }).locator('li.caller-candidate').filter({ hasText: 'Robert Smith' });
    await robert.getByText('Bob is a form of Robert').waitFor();
    const text = (await robert.textContent()) ?? '';
    expect(text).toContain('Born 03/12/1980');
    expect(text).toContain('surname sounds alike (Smyth is a recorded variant of Smith)');
    expect(text).toContain('date of birth day and month swapped');
    expect(text).toContain('Warning marker: weapons');
    expect(text).toContain('Contacts as caller: 1 in the last 90 days');
    expect(text).toMatch(/\d+%|>99%/);
    // Debounced: far fewer questions than keys typed.
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThan('020 7601 2222BobSmyth12/03/1980'.length);

    await robert.getByRole('button', { name: 'Confirm: this is the caller' }).click();
    await robert.getByText('Confirmed as the caller').waitFor();

    await page.getByLabel('Address', { exact: true }).fill('182 Bishopsgate');
    await page.getByLabel('Postcode').fill('EC2M 4NP');
    await page.getByLabel('Incident category').selectOption('violence');
    await page.getByLabel('What the caller reports').fill('Caller says a man is outside his flat shouting threats and waving a bottle.');
    await page.getByLabel('Threat', { exact: true }).selectOption('high');
    await page.getByText('THRIVE proposes Immediate').waitFor();
    await page.getByRole('button', { name: 'Save the call' }).click();

    await page.getByRole('heading', { level: 1, name: /^Contact CON-\d{4}-\d{6}$/ }).waitFor();
    await page.getByText('The call was saved').waitFor();
    expect(await page.getByRole('list', { name: 'Grade history' }).textContent()).toContain('Graded Immediate');
    const contactId = page.url().split('/contact/')[1]!.split('?')[0]!;
    // The saved contact's own panel shows Robert as the confirmed caller and his earlier call.
    const savedPanel = page.getByRole('region', { name: 'Caller history and warnings' });
    const confirmedRobert = savedPanel.locator('li.caller-candidate').filter({ hasText: 'Robert Smith' });
    await confirmedRobert.getByText('Confirmed as the caller').waitFor();
    expect(await confirmedRobert.textContent()).toContain('Contacts as caller: 1 in the last 90 days');
    const reference = (await page.getByRole('heading', { level: 1 }).textContent())!.replace('Contact ', '');
    await page.getByRole('link', { name: 'All contacts' }).click();
    await page.getByRole('row').filter({ hasText: reference }).filter({ hasText: 'Immediate' }).waitFor();

    // On the record: linked to Robert as the caller, and Robert now known as Bob Smyth too.
    const api = await apiAs('demo.supervisor');
    const saved = await api<{ grade: string; caller: { personId: string } }>('GET', `/api/contact/contacts/${contactId}`);
    expect(saved.body).toMatchObject({ grade: 'immediate', caller: { personId: robertId } });
    const person = await api<{ names: { givenNames: string; familyName: string }[] }>('GET', `/api/identity/persons/${robertId}`);
    expect(person.body.names.map((n) => `${n.givenNames} ${n.familyName}`)).toEqual(['Robert Smith', 'Bob Smyth']);
    await page.context().close();
  });

  it('should show the panel above the form on a phone, without sideways scrolling', async () => {
    const page = await signedIn('demo.response', { width: 390, height: 844 });
    await page.goto(`${base}/contact/new`);
    await page.getByRole('heading', { level: 1, name: 'Take a call' }).waitFor();
    await page.getByLabel('Last name').fill('Smith');
    await page.getByLabel('Date of birth').fill('03/12/1980');
    const panel = page.getByRole('region', { name: 'Caller history and warnings' });
    await panel.getByText('Warning marker: weapons').first().waitFor();
    const panelBox = await panel.boundingBox();
    const formBox = await page.getByRole('form', { name: 'Call details' }).boundingBox();
    expect(panelBox!.y).toBeLessThan(formBox!.y);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.context().close();
  });
});
