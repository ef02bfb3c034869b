/**
 * Issue 5's done-when, played as a shift in three browsers: a call handler takes a call from
 * someone who called before under another spelling of their name and sees the repeat flag, grades
 * it Immediate and creates the incident; the dispatcher assigns the recommended officer on the
 * incident page; the officer, on the phone, goes en route and on scene; the board's clock stops
 * inside 12 minutes; and the response report counts it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { signInTo, type SpawnedServer } from '../../api/test/spawn-server';
import { formatIsoDate, todayInLondon } from '../src/modules/workforce/rosters/utils/week';
import { hasChromium, launchChromium, signedInPage, startDemoServer, stopJourney } from './browser-journey';

const THRIVE_LOW = Object.fromEntries(['threat', 'harm', 'risk', 'investigation', 'vulnerability', 'engagement'].map((e) => [e, { level: 'low' }]));
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
// Cheapside: no station there, so the officer who shares a position at the scene is the nearest.
const SCENE = { address: '100 Cheapside', postcode: 'EC2V 6DT' };

describe.skipIf(!hasChromium)('a shift: call, repeat caller, dispatch, attendance, the clock and the report', () => {
  let server: SpawnedServer | undefined;
  let browser: Browser;
  let base: string;
  let dataDir: string;
  const cookies: Record<string, string> = {};
  let robertId: string;
  let officer: { staffId: string; name: string };

  const api = async <T = any,>(username: string, method: string, url: string, body?: unknown): Promise<{ status: number; body: T }> => {
    const res = await fetch(`${base}${url}`, { method, headers: { cookie: cookies[username]!, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? null : JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as T };
  };

  beforeAll(async () => {
    ({ server, base, dataDir } = await startDemoServer('bluelamp-e2e-shift-'));
    for (const u of ['demo.dispatcher', 'demo.response', 'demo.supervisor']) cookies[u] = await signInTo(base, u);
    browser = await launchChromium();

    // Robert Smith is on record as a repeat victim and called three weeks ago from his landline.
    const robert = await api<{ id: string }>('demo.dispatcher', 'POST', '/api/identity/persons', {
      names: [{ kind: 'birth', givenNames: 'Robert', familyName: 'Smith' }],
      dateOfBirth: '1980-12-03',
      phones: ['020 7601 2222'],
      flags: [{ kind: 'repeat_victim', note: 'Harassed by a neighbour since 2025' }],
    });
    expect(robert.status).toBe(201);
    robertId = robert.body.id;
    const deadline = Date.now() + 10_000;
    for (;;) {
      const found = await api<{ items: { personId: string }[] }>('demo.dispatcher', 'GET', '/api/identity/persons/matches?lastName=Smith&dateOfBirth=1980-12-03');
      if (found.body.items.some((i) => i.personId === robertId)) break;
      if (Date.now() > deadline) throw new Error('the new person never reached the matching index');
      await new Promise((r) => setTimeout(r, 100));
    }
    const received = new Date(Date.now() - 21 * 86_400_000).toISOString();
    const earlier = await api('demo.dispatcher', 'POST', '/api/contact/contacts', {
      channel: '101',
      receivedAt: received,
      answeredAt: received,
      caller: { givenNames: 'Robert', familyName: 'Smith', phone: '020 7601 2222' },
      location: { address: '14 Milk Street', postcode: 'EC2V 8BP' },
      categoryCode: 'public-order',
      narrative: 'Neighbour shouting at him on the stairs',
      thrive: THRIVE_LOW,
      callerPersonId: robertId,
    });
    expect(earlier.status).toBe(201);

    // The officer on the phone is on duty (booked on if the roster does not have them on now),
    // available, and has shared a position at the scene, so dispatch recommends them.
    let me = await api<{ staffId: string; firstName: string; lastName: string; onDuty: boolean; status: string; version: number }>('demo.response', 'GET', '/api/workforce/availability/me');
    if (!me.body.onDuty) me = await api('demo.response', 'POST', '/api/workforce/availability/me/book-on', { version: me.body.version });
    if (me.body.status !== 'available') me = await api('demo.response', 'PUT', '/api/workforce/availability/me/status', { status: 'available', version: me.body.version });
    expect(me.body).toMatchObject({ onDuty: true, status: 'available' });
    const scene = await api<{ latitude: number; longitude: number }>('demo.dispatcher', 'GET', `/api/workforce/postcodes/${encodeURIComponent(SCENE.postcode)}`);
    expect(scene.status).toBe(200);
    const shared = await api('demo.response', 'PUT', '/api/workforce/availability/me/position', { latitude: scene.body.latitude, longitude: scene.body.longitude, recordedAt: new Date().toISOString() });
    expect(shared.status).toBe(200);
    officer = { staffId: me.body.staffId, name: `${me.body.firstName} ${me.body.lastName}` };
  });

  afterAll(async () => {
    await stopJourney({ browser, server, dataDir });
  });

  const queueRow = (page: Page, reference: string) => page.getByRole('region', { name: 'Open incidents' }).getByRole('row').filter({ hasText: reference });

  it('should take the call, flag the repeat caller, dispatch the recommended officer, see them on scene from the phone inside 12 minutes, and report it', async () => {
    // Three people, three screens: the dispatcher watches the board, the officer their phone.
    const dispatcher = await signedInPage(browser, base, 'demo.dispatcher');
    await dispatcher.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Control room' }).click();
    await dispatcher.getByRole('heading', { level: 1, name: 'Control room' }).waitFor();
    const phone = await signedInPage(browser, base, 'demo.response', PHONE);
    await phone.goto(`${base}/duty`);
    await phone.getByText('No incident assigned to you.').waitFor();
    const handler = await signedInPage(browser, base, 'demo.callhandler');

    // The call: Robert gives his name as Bob Smyth, with day and month of his birthday swapped.
    await handler.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Take a call' }).click();
    await handler.getByRole('heading', { level: 1, name: 'Take a call' }).waitFor();
    const panel = handler.getByRole('region', { name: 'Caller history and warnings' });
    await handler.getByLabel('Phone number').pressSequentially('020 7601 2222', { delay: 20 });
    await handler.getByLabel('First name(s)').pressSequentially('Bob', { delay: 30 });
    await handler.getByLabel('Last name').pressSequentially('Smyth', { delay: 30 });
    await handler.getByLabel('Date of birth').fill('12/03/1980');
    // The repeat flag, before the call is saved: the earlier caller by name, his flag and his earlier call.
    const robert = panel.getByRole('region', { name: 'This person by name' }).locator('li.caller-candidate').filter({ hasText: 'Robert Smith' });
    await robert.getByText('Bob is a form of Robert').waitFor();
    const flagged = (await robert.textContent()) ?? '';
    expect(flagged).toContain('Repeat victim');
    expect(flagged).toContain('Contacts as caller: 1 in the last 90 days');
    expect(flagged).toContain('Smyth is a recorded variant of Smith');
    await robert.getByRole('button', { name: 'Confirm: this is the caller' }).click();
    await robert.getByText('Confirmed as the caller').waitFor();

    // Graded Immediate (THRIVE proposes it), saved, and the incident created with nothing re-typed.
    await handler.getByLabel('Address', { exact: true }).fill(SCENE.address);
    await handler.getByLabel('Postcode').fill(SCENE.postcode);
    await handler.getByLabel('Incident category').selectOption('violence');
    await handler.getByLabel('What the caller reports').fill('The neighbour is at his door again, kicking it and threatening to stab him.');
    await handler.getByLabel('Threat', { exact: true }).selectOption('high');
    await handler.getByText('THRIVE proposes Immediate').waitFor();
    await handler.getByRole('button', { name: 'Save and create incident' }).click();
    await handler.getByRole('heading', { level: 1, name: /^Incident INC-\d{4}-\d{6}$/ }).waitFor();
    expect(await handler.locator('.page-header').textContent()).toContain('Immediate');
    const reference = (await handler.getByRole('heading', { level: 1 }).textContent())!.replace('Incident ', '');
    const incidentId = new URL(handler.url()).pathname.split('/').pop()!;

    // The dispatcher sees it arrive on the board, opens it and assigns the recommended officer.
    const row = queueRow(dispatcher, reference);
    await row.waitFor({ timeout: 10_000 });
    expect(await row.textContent()).toContain('Immediate');
    await row.click();
    await dispatcher.getByRole('heading', { level: 1, name: `Incident ${reference}` }).waitFor();
    const recommended = dispatcher.getByRole('list', { name: 'Officers who could go' }).getByRole('listitem').filter({ hasText: 'Recommended' });
    await recommended.waitFor();
    expect(await recommended.textContent()).toContain(officer.name);
    await recommended.getByRole('button', { name: /^Assign / }).click();
    await dispatcher.getByRole('list', { name: 'Assigned officers' }).getByText(officer.name).waitFor();

    // The officer's phone shows the assignment without a reload; they go en route, then on scene.
    const card = phone.getByTestId('my-incident').filter({ hasText: reference });
    await card.waitFor({ timeout: 10_000 });
    expect(await card.textContent()).toContain('The neighbour is at his door again');
    const progress = card.getByRole('group', { name: 'Your progress' });
    await progress.getByRole('button', { name: /^En route/ }).click();
    await card.getByText('Recorded: En route').waitFor();
    await progress.getByRole('button', { name: /^On scene/ }).click();
    await card.getByText('Recorded: On scene').waitFor();

    // The clock stops at the arrival, inside 12 minutes: on the incident page and on the board.
    const headerClock = dispatcher.locator('.incident-clock[data-clock-state="arrived"]');
    await headerClock.waitFor({ timeout: 10_000 });
    expect(await headerClock.textContent()).toMatch(/^On scene in (0\d|1[01]):\d\d$/);
    await dispatcher.getByRole('link', { name: 'Back to the board' }).click();
    const stopped = queueRow(dispatcher, reference).locator('[data-clock-state="arrived"]');
    await stopped.waitFor({ timeout: 10_000 });
    const stoppedAt = await stopped.textContent();
    expect(stoppedAt).toMatch(/^On scene in (0\d|1[01]):\d\d$/);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await stopped.textContent()).toBe(stoppedAt);

    // The record: the officer's arrival from the phone, the caller the confirmed Robert.
    const saved = await api<{ firstArrivedAt: string | null; contact: { id: string } }>('demo.dispatcher', 'GET', `/api/incidents/${incidentId}`);
    expect(saved.body.firstArrivedAt).not.toBeNull();
    const contact = await api<{ caller: { personId: string | null } }>('demo.dispatcher', 'GET', `/api/contact/contacts/${saved.body.contact.id}`);
    expect(contact.body.caller.personId).toBe(robertId);

    // The response report for today counts it: one Immediate incident, arrived within target.
    const today = todayInLondon();
    const supervisor = await signedInPage(browser, base, 'demo.supervisor');
    await supervisor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Response report' }).click();
    await supervisor.getByRole('heading', { level: 1, name: 'Response performance' }).waitFor();
    await supervisor.getByLabel('From').fill(formatIsoDate(today));
    await supervisor.getByLabel('To').fill(formatIsoDate(today));
    await supervisor.getByRole('button', { name: 'Show figures' }).click();
    await supervisor.waitForURL(new RegExp(`from=${today}&to=${today}`));
    const immediate = supervisor.getByRole('row', { name: /^Immediate/ });
    await immediate.filter({ hasText: '100.0%' }).waitFor();
    expect((await immediate.getByRole('cell').allTextContents()).slice(0, 5)).toEqual(['Immediate (12 minutes)', '1', '1', '1', '100.0%']);
    // One arrival: its time is the mean, median and 90th percentile alike, under 12 minutes.
    const times = (await immediate.getByRole('cell').allTextContents()).slice(5, 8);
    expect(new Set(times).size).toBe(1);
    expect(times[0]).toMatch(/^(\d|1[01]):\d\d$/);

    for (const page of [handler, dispatcher, phone, supervisor]) await page.context().close();
  });
});
