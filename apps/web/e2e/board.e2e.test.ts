import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { signInTo, type SpawnedServer } from '../../api/test/spawn-server';
import { hasChromium, launchChromium, startDemoServer, stopJourney, signedInPage } from './browser-journey';

const THRIVE_HIGH_THREAT = {
  threat: { level: 'high' },
  ...Object.fromEntries(['harm', 'risk', 'investigation', 'vulnerability', 'engagement'].map((e) => [e, { level: 'low' }])),
};

type Officer = { staffId: string; collarNumber: string; firstName: string; lastName: string; rank: string; incidentReference: string | null };
type Resources = { recommended: { staffId: string } | null; items: Officer[] };

describe.skipIf(!hasChromium)('the control-room board in the browser', () => {
  let server: SpawnedServer | undefined;
  let browser: Browser;
  let base: string;
  let dataDir: string;
  let handler: string;
  let dispatcher: string;

  const api = async <T,>(cookie: string, method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: T }> => {
    const res = await fetch(`${base}${url}`, { method, headers: { cookie, ...headers, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : null });
    return { status: res.status, body: (await res.json()) as T };
  };

  /** A 999 call taken by the call handler through the API, with its incident (one Idempotency-Key, sent twice). */
  async function callIn(address: string, postcode: string, narrative: string): Promise<{ id: string; reference: string }> {
    const now = new Date().toISOString();
    const body = {
      contact: {
        channel: '999',
        receivedAt: now,
        answeredAt: now,
        caller: { givenNames: 'Ann', familyName: 'Jones', phone: '020 7000 1111' },
        location: { address, postcode },
        categoryCode: 'violence',
        narrative,
        thrive: THRIVE_HIGH_THREAT,
      },
    };
    const key = `board-e2e-${narrative}`;
    const first = await api<{ incident: { id: string; reference: string } }>(handler, 'POST', '/api/incidents/intake', body, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    const retried = await api<{ incident: { id: string } }>(handler, 'POST', '/api/incidents/intake', body, { 'idempotency-key': key });
    expect(retried.body.incident.id).toBe(first.body.incident.id);
    return first.body.incident;
  }

  async function recommendedFor(incidentId: string): Promise<Officer> {
    const resources = await api<Resources>(dispatcher, 'GET', `/api/incidents/${incidentId}/resources`);
    expect(resources.body.recommended).not.toBeNull();
    return resources.body.items.find((o) => o.staffId === resources.body.recommended!.staffId)!;
  }

  /** Marks the page so that a reload (which would clear the mark) is caught. */
  const markPage = (page: Page) => page.evaluate(() => ((window as unknown as { boardMark: number }).boardMark = 42));
  const stillMarked = (page: Page) => page.evaluate(() => (window as unknown as { boardMark?: number }).boardMark);

  const queueRow = (page: Page, reference: string) => page.getByRole('region', { name: 'Open incidents' }).getByRole('row').filter({ hasText: reference });

  beforeAll(async () => {
    ({ server, base, dataDir } = await startDemoServer('bluelamp-board-e2e-'));
    browser = await launchChromium();
    handler = await signInTo(base, 'demo.callhandler');
    dispatcher = await signInTo(base, 'demo.dispatcher');
  });

  afterAll(async () => {
    await stopJourney({ browser, server, dataDir });
  });

  it('should show a new incident live, open it, assign the recommended officer, and show the officer on the board without a reload', async () => {
    const page = await signedInPage(browser, base, 'demo.dispatcher');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Control room' }).click();
    await page.getByRole('heading', { level: 1, name: 'Control room' }).waitFor();
    await page.getByRole('img', { name: /Map of incidents and officers/ }).waitFor();
    await markPage(page);
    // A second dispatcher keeps the board open throughout.
    const watcher = await signedInPage(browser, base, 'demo.dispatcher');
    await watcher.goto(`${base}/board`);
    await watcher.getByRole('heading', { level: 1, name: 'Control room' }).waitFor();
    await markPage(watcher);

    // The call comes in after the board was opened: it appears from the live feed.
    const incident = await callIn('1 Poultry', 'EC2R 8EJ', 'Two men fighting outside the station, one has a bottle');
    const row = queueRow(page, incident.reference);
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Immediate');
    expect(text).toContain('Violence or assault');
    expect(text).toContain('1 Poultry, EC2R 8EJ');
    expect(text).toContain('Awaiting dispatch');
    // The clock counts down from 12:00 once a second.
    const clock = row.locator('[data-clock-state]');
    const before = await clock.textContent();
    expect(before).toMatch(/^(12:00|1[01]:[0-5]\d)$/);
    await page.waitForFunction(([ref, was]) => [...document.querySelectorAll('tr')].find((r) => r.textContent?.includes(ref!))?.querySelector('[data-clock-state]')?.textContent !== was, [incident.reference, before]);
    expect(await page.locator(`[data-incident-id="${incident.id}"].map-incident`).count()).toBe(1);

    // Open it: the call as taken, nothing re-typed, and the recommended officer.
    await row.click();
    await page.getByRole('heading', { level: 1, name: `Incident ${incident.reference}` }).waitFor();
    expect(await page.getByRole('region', { name: 'The call' }).textContent()).toContain('Two men fighting outside the station, one has a bottle');
    const officer = await recommendedFor(incident.id);
    const officerName = `${officer.firstName} ${officer.lastName}`;
    const resources = page.getByRole('list', { name: 'Officers who could go' });
    const recommended = resources.getByRole('listitem').filter({ hasText: 'Recommended' });
    expect(await recommended.textContent()).toContain(officerName);
    await recommended.getByRole('button', { name: /^Assign / }).click();
    await page.getByRole('list', { name: 'Assigned officers' }).getByText(officerName).waitFor();
    await page.getByRole('list', { name: 'Timeline' }).getByText(/assigned \(recommended\)/).waitFor();

    // Back on the board (no reload) the row shows the officer and the new status.
    await page.getByRole('link', { name: 'Back to the board' }).click();
    const updated = queueRow(page, incident.reference);
    await updated.filter({ hasText: officerName }).filter({ hasText: 'Dispatched' }).waitFor();
    expect(await stillMarked(page)).toBe(42);
    // The other dispatcher's board followed the change live, without a reload either.
    await queueRow(watcher, incident.reference).filter({ hasText: officerName }).filter({ hasText: 'Dispatched' }).waitFor();
    await watcher.getByRole('region', { name: 'Units' }).getByRole('row').filter({ hasText: officer.collarNumber }).filter({ hasText: incident.reference }).waitFor();
    expect(await stillMarked(watcher)).toBe(42);
    await watcher.context().close();
    await page.context().close();
  });

  it('should dispatch the recommended officer from the keyboard and list the board keys under ?', async () => {
    const page = await signedInPage(browser, base, 'demo.dispatcher');
    await page.keyboard.press('g');
    await page.keyboard.press('b');
    await page.getByRole('heading', { level: 1, name: 'Control room' }).waitFor();
    const incident = await callIn('182 Bishopsgate', 'EC2M 4NP', 'Shop worker threatened with a knife');
    await queueRow(page, incident.reference).waitFor();
    const officer = await recommendedFor(incident.id);

    // j/k walk the queue to the new incident (the page keeps the selection on the row).
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    for (let i = 0; i < 10 && !(await queueRow(page, incident.reference).getAttribute('class'))?.includes('board-row-selected'); i++) await page.keyboard.press('j');
    expect(await queueRow(page, incident.reference).getAttribute('class')).toContain('board-row-selected');
    await page.keyboard.press('d');
    const dialog = page.getByRole('dialog', { name: `Dispatch to ${incident.reference}` });
    const confirm = dialog.getByRole('button', { name: `Assign ${officer.firstName} ${officer.lastName}` });
    await confirm.waitFor();
    await expect.poll(() => confirm.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await queueRow(page, incident.reference).filter({ hasText: `${officer.firstName} ${officer.lastName}` }).filter({ hasText: 'Dispatched' }).waitFor();

    // Another dispatcher trying the same officer now is told plainly where they went.
    const second = await api<{ code: string }>(dispatcher, 'POST', `/api/incidents/${incident.id}/assignments`, { staffId: officer.staffId });
    expect([second.status, second.body.code]).toEqual([409, 'OFFICER_ALREADY_COMMITTED']);

    await page.keyboard.press('?');
    const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(await shortcuts.textContent()).toContain('dispatch the recommended officer to the selected incident');
    expect(await shortcuts.textContent()).toContain('Go to control room');
    await page.context().close();
  });

  it('should tell the dispatcher plainly when another dispatcher committed the officer first', async () => {
    const page = await signedInPage(browser, base, 'demo.dispatcher');
    // No live feed on this screen, so its list is still the old one when the dispatcher clicks.
    await page.route('**/api/events', (route) => route.abort());
    const first = await callIn('5 Snow Hill', 'EC1A 2DP', 'Man shouting threats at staff');
    const other = await callIn('37 Wood Street', 'EC2V 7AF', 'Assault in the car park');
    await page.goto(`${base}/incidents/${first.id}`);
    await page.getByRole('heading', { level: 1, name: `Incident ${first.reference}` }).waitFor();
    const officer = await recommendedFor(first.id);
    const item = page.getByRole('list', { name: 'Officers who could go' }).getByRole('listitem').filter({ hasText: `${officer.firstName} ${officer.lastName}` });
    await item.waitFor();
    // Meanwhile another dispatcher sends the same officer elsewhere.
    const elsewhere = await api(dispatcher, 'POST', `/api/incidents/${other.id}/assignments`, { staffId: officer.staffId });
    expect(elsewhere.status).toBe(201);
    await item.getByRole('button', { name: /^Assign / }).click();
    await page.getByRole('alert').filter({ hasText: `${officer.lastName} was just committed to ${other.reference} by another dispatcher` }).waitFor();
    const after = await api<{ assignments: { staffId: string }[] }>(dispatcher, 'GET', `/api/incidents/${first.id}`);
    expect(after.body.assignments.some((a) => a.staffId === officer.staffId)).toBe(false);
    await page.context().close();
  });

  it('should create the incident from the call as it is saved, with nothing typed again', async () => {
    const page = await signedInPage(browser, base, 'demo.callhandler');
    await page.goto(`${base}/contact/new`);
    await page.getByRole('heading', { level: 1, name: 'Take a call' }).waitFor();
    let intakes = 0;
    page.on('request', (r) => {
      if (r.url().endsWith('/api/incidents/intake') && r.headers()['idempotency-key']) intakes += 1;
    });
    await page.getByLabel('Phone number').fill('020 7946 0000');
    await page.getByLabel('First name(s)').fill('Priya');
    await page.getByLabel('Last name').fill('Shah');
    await page.getByLabel('Address', { exact: true }).fill('10 Gresham Street');
    await page.getByLabel('Postcode').fill('EC2V 7JE');
    await page.getByLabel('Incident category').selectOption('violence');
    await page.getByLabel('What the caller reports').fill('Caller says her colleague was punched in the lobby; the man is still there.');
    await page.getByLabel('Threat', { exact: true }).selectOption('high');
    await page.getByRole('button', { name: 'Save and create incident' }).click();

    await page.getByRole('heading', { level: 1, name: /^Incident INC-\d{4}-\d{6}$/ }).waitFor();
    const call = (await page.getByRole('region', { name: 'The call' }).textContent()) ?? '';
    expect(call).toContain('Priya Shah');
    expect(call).toContain('10 Gresham Street');
    expect(call).toContain('EC2V 7JE');
    expect(call).toContain('Caller says her colleague was punched in the lobby; the man is still there.');
    expect(call).toMatch(/CON-\d{4}-\d{6}/);
    expect(await page.locator('.page-header').textContent()).toContain('Immediate');
    expect(intakes).toBe(1);
    await page.context().close();
  });

  it('should keep its memory and listeners flat as a shift of changes streams in', async () => {
    const page = await signedInPage(browser, base, 'demo.dispatcher');
    const cdp = await page.context().newCDPSession(page);
    const incident = await callIn('1 Lothbury', 'EC2R 7HG', 'Shift soak: a long-running incident');
    await page.goto(`${base}/board`);
    await queueRow(page, incident.reference).waitFor();
    await page.getByRole('img', { name: /Map of incidents and officers/ }).waitFor();

    /** Window listeners (keyboard shortcuts, the board's keys) and the JS heap after a full collection. */
    const measure = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
      return { heap: usedSize, listeners: listeners.length };
    };
    /** Re-grades the incident back and forth: each change is a live event the board follows. */
    let version = (await api<{ version: number }>(dispatcher, 'GET', `/api/incidents/${incident.id}`)).body.version;
    const churn = async (changes: number) => {
      for (let i = 0; i < changes; i++) {
        const grade = i % 2 === 0 ? 'scheduled' : 'immediate';
        const res = await api<{ version: number }>(dispatcher, 'POST', `/api/incidents/${incident.id}/grade`, { version, grade, reason: 'Shift soak re-grade' });
        expect(res.status).toBe(200);
        version = res.body.version;
      }
      // The last change (back to Immediate) reaches the board.
      await queueRow(page, incident.reference).filter({ hasText: 'Immediate' }).waitFor();
      await page.waitForTimeout(600);
    };
    // Round trips to the incident page and back must not leave listeners behind.
    const roundTrip = async () => {
      await queueRow(page, incident.reference).click();
      await page.getByRole('heading', { level: 1, name: `Incident ${incident.reference}` }).waitFor();
      await page.getByRole('link', { name: 'Back to the board' }).click();
      await queueRow(page, incident.reference).waitFor();
    };

    await churn(20);
    await roundTrip();
    const warm = await measure();
    await churn(100);
    for (let i = 0; i < 3; i++) await roundTrip();
    await page.waitForTimeout(2000);
    const after = await measure();
    expect(after.listeners).toBe(warm.listeners);
    // A few hundred kilobytes of noise are normal; a leak of the events, rows or timers would show here.
    expect(after.heap - warm.heap).toBeLessThan(1.5 * 1024 * 1024);
    await page.context().close();
  });

  it('should record non-attendance for a supervisor to approve, then close it, and show the crime hand-over', async () => {
    const incident = await callIn('25 Old Broad Street', 'EC2N 1HQ', 'Caller reports a past assault; victim now safe at home');
    const page = await signedInPage(browser, base, 'demo.dispatcher');
    await page.goto(`${base}/incidents/${incident.id}`);
    await page.getByRole('heading', { level: 1, name: `Incident ${incident.reference}` }).waitFor();
    const attendance = page.getByRole('region', { name: 'Attendance' });
    await attendance.getByLabel('Not attended: reason').selectOption('victim-declined');
    await attendance.getByRole('button', { name: 'Record not attended' }).click();
    await attendance.getByText('Awaiting supervisor approval').waitFor();
    expect(await attendance.getByRole('button', { name: 'Approve non-attendance' }).count()).toBe(0);
    // Close is not offered until a supervisor approves.
    expect(await page.getByRole('region', { name: 'Close' }).getByRole('button').count()).toBe(0);

    const supervisor = await signedInPage(browser, base, 'demo.supervisor');
    await supervisor.goto(`${base}/incidents/${incident.id}`);
    await supervisor.getByRole('region', { name: 'Attendance' }).getByRole('button', { name: 'Approve non-attendance' }).click();
    await supervisor.getByRole('region', { name: 'Attendance' }).getByText(/^Approved/).waitFor();
    await supervisor.context().close();

    // The dispatcher's page follows the approval live; "Record a crime" shows what is handed over.
    const close = page.getByRole('region', { name: 'Close' });
    await close.getByLabel('Closing code').waitFor();
    const crime = page.getByRole('region', { name: 'Record a crime' });
    expect(await crime.textContent()).toContain('The crime module is not built yet');
    await crime.getByRole('button', { name: 'Record a crime' }).click();
    await crime.getByText('Caller reports a past assault; victim now safe at home').waitFor();
    expect(await crime.textContent()).toContain('Ann Jones');
    await close.getByLabel('Closing code').selectOption('advice-given');
    await close.getByRole('button', { name: 'Close the incident' }).click();
    await page.getByRole('region', { name: 'Actions' }).getByText(/^Closed /).waitFor();
    await page.getByRole('list', { name: 'Timeline' }).getByText('Closed: Advice given').waitFor();
    await page.context().close();
  });
});
