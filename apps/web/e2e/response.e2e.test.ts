import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { signInTo, type SpawnedServer } from '../../api/test/spawn-server';
import { durationInWords, formatClock } from '../src/modules/incidents/response/utils/durations';
import { formatIsoDate, todayInLondon } from '../src/modules/workforce/rosters/utils/week';
import { hasChromium, launchChromium, signedInPage, startDemoServer, stopJourney } from './browser-journey';

const THRIVE_HIGH = Object.fromEntries(['threat', 'harm', 'risk', 'investigation', 'vulnerability', 'engagement'].map((e) => [e, { level: e === 'threat' ? 'high' : 'low' }]));
// Cheapside, St Paul's end: not at a station, so the officer's shared position decides who is nearest.
const SCENE = { latitude: 51.5142, longitude: -0.0955 };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

type Figures = { count: number; withinTarget: number; compliance: number | null; meanSeconds: number | null; medianSeconds: number | null; p90Seconds: number | null; incidents: number };

describe.skipIf(!hasChromium)("the officer's assignment and the response report in the browser", () => {
  let server: SpawnedServer | undefined;
  let browser: Browser;
  let base: string;
  let dataDir: string;
  const cookies: Record<string, string> = {};

  const api = async <T = any,>(username: string, method: string, url: string, body?: unknown): Promise<{ status: number; body: T }> => {
    const res = await fetch(`${base}${url}`, { method, headers: { cookie: cookies[username]!, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? null : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: (text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as T };
  };

  /** An Immediate call just received, its incident created (as "Save and create incident" does). */
  async function newIncident(narrative: string): Promise<{ id: string; reference: string }> {
    const now = new Date().toISOString();
    const intake = await api<{ incident: { id: string; reference: string; grade: string } }>('demo.callhandler', 'POST', '/api/incidents/intake', {
      contact: {
        channel: '999',
        receivedAt: now,
        answeredAt: now,
        caller: { givenNames: 'Priya', familyName: 'Shah', phone: '07700 900123' },
        location: { address: '100 Cheapside, London', postcode: 'EC2V 6DT', latitude: SCENE.latitude, longitude: SCENE.longitude, directions: 'Blue door beside the pharmacy' },
        categoryCode: 'violence',
        narrative,
        thrive: THRIVE_HIGH,
      },
    });
    expect(intake.status).toBe(201);
    expect(intake.body.incident.grade).toBe('immediate');
    return intake.body.incident;
  }

  /** The officer on duty (booked on if the roster does not have them on now), available, at a position near the scene. */
  async function officerOnDutyNearScene(username: string): Promise<string> {
    let me = await api<{ staffId: string; onDuty: boolean; status: string; version: number }>(username, 'GET', '/api/workforce/availability/me');
    if (!me.body.onDuty) me = await api(username, 'POST', '/api/workforce/availability/me/book-on', { version: me.body.version });
    if (me.body.status !== 'available') me = await api(username, 'PUT', '/api/workforce/availability/me/status', { status: 'available', version: me.body.version });
    expect(me.body).toMatchObject({ onDuty: true, status: 'available' });
    const moved = await api(username, 'PUT', '/api/workforce/availability/me/position', { latitude: SCENE.latitude + 0.0005, longitude: SCENE.longitude, recordedAt: new Date().toISOString() });
    expect(moved.status).toBe(200);
    return me.body.staffId;
  }

  beforeAll(async () => {
    ({ server, base, dataDir } = await startDemoServer('bluelamp-e2e-response-'));
    for (const u of ['demo.response', 'demo.dispatcher', 'demo.callhandler', 'demo.supervisor']) cookies[u] = await signInTo(base, u);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await stopJourney({ browser, server, dataDir });
  });

  const signedIn = (username: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> => signedInPage(browser, base, username, options);

  it('should bring the assignment to the phone live and take it through en route, on scene and cleared, one step at a time, safely repeated after a lost connection', async () => {
    const officerId = await officerOnDutyNearScene('demo.response');
    const incident = await newIncident('Two men fighting outside the pharmacy; one has a bottle.');
    const phone = await signedIn('demo.response', PHONE);
    await phone.goto(`${base}/duty`);
    await phone.getByRole('heading', { level: 1, name: 'My duty' }).waitFor();
    await phone.getByText('No incident assigned to you.').waitFor();

    // The dispatcher assigns the officer, and a colleague: the phone shows it without a reload.
    const assigned = await api('demo.dispatcher', 'POST', `/api/incidents/${incident.id}/assignments`, { staffId: officerId });
    expect(assigned.status).toBe(201);
    const resources = await api<{ items: { staffId: string; firstName: string; lastName: string; available: boolean; rank: string }[] }>('demo.dispatcher', 'GET', `/api/incidents/${incident.id}/resources`);
    const colleague = resources.body.items.find((r) => r.available && r.staffId !== officerId && r.rank !== 'PCSO')!;
    expect((await api('demo.dispatcher', 'POST', `/api/incidents/${incident.id}/assignments`, { staffId: colleague.staffId })).status).toBe(201);

    const card = phone.getByTestId('my-incident').filter({ hasText: incident.reference });
    await card.waitFor({ timeout: 10_000 });
    await card.filter({ hasText: `${colleague.firstName} ${colleague.lastName}` }).waitFor({ timeout: 10_000 });
    const text = (await card.textContent()) ?? '';
    for (const shown of ['Immediate', 'Violence or assault', '100 Cheapside, London, EC2V 6DT', 'Blue door beside the pharmacy', 'Two men fighting outside the pharmacy', 'Assigned: not yet en route']) expect(text).toContain(shown);
    expect(await card.getByTestId('my-incident-target').textContent()).toMatch(/\d+:\d\d left$/);
    // Only the next step can be pressed.
    const step = (name: string) => card.getByRole('group', { name: 'Your progress' }).getByRole('button', { name: new RegExp(`^${name}`) });
    expect(await step('En route').isEnabled()).toBe(true);
    expect(await step('On scene').isEnabled()).toBe(false);
    expect(await step('Cleared').isEnabled()).toBe(false);

    // No signal: the update is not sent and the officer is told so; pressed again with a signal, it is recorded once.
    await phone.context().setOffline(true);
    await step('En route').click();
    await card.getByRole('alert').filter({ hasText: 'Not sent: no connection' }).waitFor();
    await phone.context().setOffline(false);
    await step('En route').click();
    await card.getByText('Recorded: En route').waitFor();
    await card.getByRole('button', { name: /^On scene/, disabled: false }).waitFor();
    expect(await step('En route').isEnabled()).toBe(false);
    expect(await step('Cleared').isEnabled()).toBe(false);

    await step('On scene').click();
    await card.getByText('Recorded: On scene').waitFor();
    // The clock stops at the arrival, well inside the 12 minutes.
    await card.getByTestId('my-incident-target').filter({ hasText: /Arrived with (1[01]|\d):\d\d to spare$/ }).waitFor();

    await step('Cleared').click();
    await phone.getByText(`Recorded: cleared from ${incident.reference}`).waitFor();
    await phone.getByText('No incident assigned to you.').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // On the record: each step once, in order, by the officer.
    const after = await api<{ timeline: { type: string; staffId: string | null; by: string | null }[] }>('demo.dispatcher', 'GET', `/api/incidents/${incident.id}`);
    const mine = after.body.timeline.filter((e) => e.staffId === officerId).map((e) => e.type);
    expect(mine).toEqual(['assigned', 'en_route', 'on_scene', 'cleared']);
    expect(after.body.timeline.filter((e) => e.staffId === officerId && e.type !== 'assigned').every((e) => e.by === 'demo.response')).toBe(true);
    await phone.context().close();
  });

  it('should take the card off the phone live when control releases the officer', async () => {
    const officerId = await officerOnDutyNearScene('demo.response');
    const incident = await newIncident('Shoplifter detained by security staff.');
    const phone = await signedIn('demo.response', PHONE);
    await phone.goto(`${base}/duty`);
    await phone.getByText('No incident assigned to you.').waitFor();
    expect((await api('demo.dispatcher', 'POST', `/api/incidents/${incident.id}/assignments`, { staffId: officerId })).status).toBe(201);
    const card = phone.getByTestId('my-incident').filter({ hasText: incident.reference });
    await card.waitFor({ timeout: 10_000 });
    const released = await api('demo.dispatcher', 'POST', `/api/incidents/${incident.id}/assignments/${officerId}/release`, { reason: 'Sent to a higher-priority call' });
    expect(released.status).toBe(200);
    await card.waitFor({ state: 'detached', timeout: 10_000 });
    await phone.getByText('No incident assigned to you.').waitFor();
    await phone.context().close();
  });

  it('should show the response figures per grade for a period as the API computes them, with the CSV behind them', async () => {
    const today = todayInLondon();
    const page = await signedIn('demo.supervisor');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Response report' }).click();
    await page.getByRole('heading', { level: 1, name: 'Response performance' }).waitFor();

    // A date that does not exist is refused in words, before anything is asked of the server.
    await page.getByLabel('From').fill('31/02/2026');
    await page.getByRole('button', { name: 'Show figures' }).click();
    await page.getByText('Enter a real date as DD/MM/YYYY, e.g. 29/03/2026').waitFor();

    await page.getByLabel('From').fill(formatIsoDate(today));
    await page.getByLabel('To').fill(formatIsoDate(today));
    await page.getByRole('button', { name: 'Show figures' }).click();
    await page.waitForURL(new RegExp(`from=${today}&to=${today}`));
    await page.getByTestId('response-period').filter({ hasText: `${formatIsoDate(today)} to ${formatIsoDate(today)}` }).waitFor();

    const report = await api<{ byGrade: Record<string, Figures> }>('demo.supervisor', 'GET', `/api/incidents/reports/response?from=${today}&to=${today}`);
    const immediate = report.body.byGrade.immediate!;
    // The first test's incident arrived; the second was never attended.
    expect(immediate).toMatchObject({ count: 1, withinTarget: 1, compliance: 1, incidents: 2 });
    const row = page.getByRole('row', { name: /^Immediate/ });
    await row.filter({ hasText: '100.0%' }).waitFor();
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells.slice(0, 8)).toEqual([
      'Immediate (12 minutes)',
      '2',
      '1',
      '1',
      '100.0%',
      formatClock(immediate.meanSeconds!),
      formatClock(immediate.medianSeconds!),
      formatClock(immediate.p90Seconds!),
    ]);
    expect(await row.getByRole('cell').nth(5).locator('abbr').getAttribute('title')).toBe(durationInWords(immediate.meanSeconds!));
    expect(await page.getByRole('row', { name: /^Scheduled/ }).getByRole('cell').nth(4).textContent()).toBe('—');

    // The CSV behind the figures: one row per incident received that day.
    const href = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    expect(href).toBe(`/api/incidents/reports/response.csv?from=${today}&to=${today}`);
    const csv = await api<string>('demo.supervisor', 'GET', href!);
    expect(csv.status).toBe(200);
    const lines = csv.body.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^reference,grade,target_seconds/);
    expect(lines).toHaveLength(3);
    await page.context().close();
  });
});
