import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { signInTo, type SpawnedServer } from '../../api/test/spawn-server';
import { PASSWORD, hasChromium, launchChromium, startDemoServer, stopJourney, signedInPage } from './browser-journey';

describe.skipIf(!hasChromium)('people and places in the browser', () => {
  let server: SpawnedServer | undefined;
  let browser: Browser;
  let base: string;
  let dataDir: string;
  let robertId: string;

  beforeAll(async () => {
    ({ server, base, dataDir } = await startDemoServer('bluelamp-identity-e2e-'));
    browser = await launchChromium();

    // The person on record, created through the API as another screen would.
    const cookie = await signInTo(base, 'demo.callhandler', PASSWORD);
    const created = await fetch(`${base}/api/identity/persons`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ names: [{ kind: 'birth', givenNames: 'Robert', familyName: 'Smith' }], dateOfBirth: '1980-12-03', gender: 'male' }),
    });
    expect(created.status).toBe(201);
    robertId = ((await created.json()) as { id: string }).id;
    // The matching index takes the new person in on commit (NOTIFY); wait until it answers.
    const deadline = Date.now() + 10_000;
    for (;;) {
      const res = await fetch(`${base}/api/identity/persons/matches?lastName=Smith&dateOfBirth=1980-12-03`, { headers: { cookie } });
      const body = (await res.json()) as { items: { personId: string }[] };
      if (body.items.some((i) => i.personId === robertId)) break;
      if (Date.now() > deadline) throw new Error('the new person never reached the matching index');
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  afterAll(async () => {
    await stopJourney({ browser, server, dataDir });
  });

  const signedIn = (username: string, viewport = { width: 1440, height: 900 }): Promise<Page> => signedInPage(browser, base, username, { viewport });

  it('should let a call handler find "Bob Smyth, 12/03/1980" as Robert Smith with reasons, open him by keyboard and add a warning', async () => {
    const page = await signedIn('demo.callhandler');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People and places' }).click();
    await page.getByRole('heading', { level: 1, name: 'People and places' }).waitFor();

    // Typed one key at a time: the search waits for pauses, so far fewer questions than keys.
    let asked = 0;
    page.on('request', (r) => {
      if (r.url().includes('/api/identity/persons/matches')) asked += 1;
    });
    // "/" jumps to the search's name box (focus is on the heading after navigating).
    await page.keyboard.press('/');
    const name = page.getByLabel('Name', { exact: true });
    expect(await name.evaluate((el) => el === document.activeElement)).toBe(true);
    await name.pressSequentially('Bob Smyth', { delay: 30 });
    await page.getByLabel('Date of birth').fill('12/03/1980');

    const candidates = page.getByRole('list', { name: 'Possible matches' });
    const robert = candidates.getByRole('link').filter({ hasText: 'Robert Smith' });
    await robert.waitFor();
    const text = (await robert.textContent()) ?? '';
    expect(text).toContain('Born 03/12/1980');
    expect(text).toContain('Bob is a form of Robert');
    expect(text).toMatch(/day and month swapped/);
    expect(text).toMatch(/\d+%/);
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThan('Bob Smyth'.length + 1);

    // Keyboard-first: Down from the form into the candidates, Enter opens the record.
    await page.getByLabel('Date of birth').press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Robert Smith');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Robert Smith' }).waitFor();
    expect(page.url()).toBe(`${base}/persons/${robertId}`);
    expect(await page.getByText('Born 03/12/1980').first().isVisible()).toBe(true);

    // A warning marker: kind, what about, a note.
    const flagForm = page.getByRole('form', { name: 'Set a flag' });
    await flagForm.getByLabel('Flag').selectOption('warning_marker');
    await flagForm.getByLabel('Warning about').selectOption('weapons');
    await flagForm.getByLabel('Note (optional)').fill('Carried a knife, 11/2026');
    await flagForm.getByRole('button', { name: 'Set flag' }).click();
    const banner = page.getByRole('alert').filter({ hasText: 'Flags on this person' });
    await banner.getByText('Warning marker: weapons').waitFor();
    const current = page.getByRole('list', { name: 'Current flags' });
    expect(await current.textContent()).toMatch(/Set \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} by demo\.callhandler/);

    // It is on the record, not only on screen.
    const cookie = await signInTo(base, 'demo.supervisor', PASSWORD);
    const person = (await (await fetch(`${base}/api/identity/persons/${robertId}`, { headers: { cookie } })).json()) as { flags: { kind: string; markerType: string; note: string; setBy: string }[] };
    expect(person.flags).toEqual([expect.objectContaining({ kind: 'warning_marker', markerType: 'weapons', note: 'Carried a knife, 11/2026', setBy: 'demo.callhandler' })]);
    await page.context().close();
  });

  /** Calls the API as a demo user, as another screen or another officer would. */
  async function apiAs(username: string) {
    const cookie = await signInTo(base, username, PASSWORD);
    return async <T = any>(method: string, url: string, body?: unknown): Promise<{ status: number; body: T }> => {
      const res = await fetch(`${base}${url}`, { method, headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: res.status, body: (await res.json()) as T };
    };
  }

  it('should show a call handler the people already known before creating a duplicate, then create on confirmation', async () => {
    const page = await signedIn('demo.callhandler');
    await page.goto(`${base}/persons/new?name=Bob+Smyth&dateOfBirth=12%2F03%2F1980`);
    await page.getByRole('heading', { level: 1, name: 'New person' }).waitFor();
    expect(await page.getByLabel('Given names').inputValue()).toBe('Bob');
    expect(await page.getByLabel('Family name').inputValue()).toBe('Smyth');
    const known = page.getByRole('list', { name: 'People already known who look like this one' });
    await known.getByRole('link').filter({ hasText: 'Robert Smith' }).waitFor();

    // A date that cannot be is refused here, before anything is sent.
    await page.getByLabel('Date of birth').fill('31/02/1980');
    await page.getByRole('button', { name: 'Save person' }).click();
    await page.getByText('That is not a real date; enter it as DD/MM/YYYY').waitFor();
    await page.getByLabel('Date of birth').fill('12/03/1980');

    await page.getByRole('button', { name: 'Save person' }).click();
    await page.getByText('Is it one of these people?').waitFor();
    expect(page.url()).toContain('/persons/new');
    await page.getByRole('button', { name: 'None of these: create a new person' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bob Smyth' }).waitFor();
    await page.getByText('Person recorded.').waitFor();
    expect(page.url()).toMatch(/\/persons\/[0-9a-f-]{36}\?created=1$/);
    await page.context().close();
  });

  it("should show someone else's change when a save meets a newer version (409), with nothing of the user's saved", async () => {
    const api = await apiAs('demo.dispatcher');
    const ann = await api<{ id: string; version: number }>('POST', '/api/identity/persons', { names: [{ kind: 'birth', givenNames: 'Ann', familyName: 'Okafor' }] });
    const page = await signedIn('demo.callhandler');
    await page.goto(`${base}/persons/${ann.body.id}`);
    await page.getByRole('heading', { level: 1, name: 'Ann Okafor' }).waitFor();

    // Meanwhile a dispatcher adds a phone number.
    expect((await api('POST', `/api/identity/persons/${ann.body.id}/phones`, { version: ann.body.version, number: '020 7601 2222' })).status).toBe(201);

    const flagForm = page.getByRole('form', { name: 'Set a flag' });
    await flagForm.getByLabel('Flag').selectOption('repeat_victim');
    await flagForm.getByRole('button', { name: 'Set flag' }).click();
    await page.getByText('This person was changed by someone else').waitFor();
    await page.getByRole('link', { name: '020 7601 2222' }).waitFor();
    expect(await page.getByRole('list', { name: 'Current flags' }).count()).toBe(0);

    // Made again on the current version, it is saved.
    await flagForm.getByLabel('Flag').selectOption('repeat_victim');
    await flagForm.getByRole('button', { name: 'Set flag' }).click();
    await page.getByRole('list', { name: 'Current flags' }).getByText('Repeat victim', { exact: true }).waitFor();
    await page.context().close();
  });

  it('should lead from a merged-away record to the survivor, and let a supervisor undo the merge', async () => {
    const api = await apiAs('demo.supervisor');
    const survivor = (await api<{ id: string; version: number }>('POST', '/api/identity/persons', { names: [{ kind: 'birth', givenNames: 'Priya', familyName: 'Natarajan' }], dateOfBirth: '1975-06-01' })).body;
    const merged = (await api<{ id: string; version: number }>('POST', '/api/identity/persons', { names: [{ kind: 'birth', givenNames: 'Pria', familyName: 'Natarajan' }], dateOfBirth: '1975-06-01' })).body;
    const merge = await api('POST', '/api/identity/persons/merges', { survivorId: survivor.id, mergedId: merged.id, survivorVersion: survivor.version, mergedVersion: merged.version, reason: 'Same person, typo in first name' });
    expect(merge.status).toBe(201);

    const page = await signedIn('demo.supervisor');
    await page.goto(`${base}/persons/${merged.id}`);
    await page.getByRole('heading', { level: 1, name: 'Priya Natarajan' }).waitFor();
    await page.getByText('The record you opened was merged into this one').waitFor();
    expect(page.url()).toBe(`${base}/persons/${survivor.id}?mergedFrom=${merged.id}`);

    await page.getByRole('button', { name: /^Undo merge/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Undo merge' });
    await dialog.getByLabel('Reason').fill('Different people after all');
    await dialog.getByRole('button', { name: 'Undo merge' }).click();
    await page.getByText('Undone', { exact: true }).waitFor();
    expect((await api('GET', `/api/identity/persons/${merged.id}`)).status).toBe(200);

    // Places work the same way.
    const kept = (await api<{ location: { id: string; version: number } }>('POST', '/api/identity/locations', { address: '1 London Wall, London', postcode: 'EC2Y 5AU' })).body.location;
    const gone = (await api<{ location: { id: string; version: number } }>('POST', '/api/identity/locations', { address: 'Unit 1, London Wall Place, London', postcode: 'EC2Y 5AU' })).body.location;
    const placeMerge = await api('POST', '/api/identity/locations/merges', { survivorId: kept.id, mergedId: gone.id, survivorVersion: kept.version, mergedVersion: gone.version, reason: 'Same building' });
    expect(placeMerge.status).toBe(201);
    await page.goto(`${base}/locations/${gone.id}`);
    await page.getByText('The place you opened was merged into this one.').waitFor();
    expect(page.url()).toBe(`${base}/locations/${kept.id}?mergedFrom=${gone.id}`);
    await page.getByRole('button', { name: /^Undo merge/ }).waitFor();

    // A call handler may not merge: no undo button for them.
    const handler = await signedIn('demo.callhandler');
    await handler.goto(`${base}/persons/${survivor.id}`);
    await handler.getByRole('heading', { level: 2, name: 'Merge history' }).waitFor();
    await handler.getByText('Undone', { exact: true }).waitFor();
    expect(await handler.getByRole('button', { name: /^Undo merge/ }).count()).toBe(0);
    await handler.context().close();
    await page.context().close();
  });

  it('should let an officer find a place by postcode, see who lives there, flag it, and record and find a vehicle', async () => {
    const api = await apiAs('demo.callhandler');
    const resident = await api('POST', '/api/identity/persons', {
      names: [{ kind: 'birth', givenNames: 'Tomasz', familyName: 'Nowak' }],
      addresses: [{ address: 'Flat 2, 40 Moorgate, London', postcode: 'EC2R 6EL' }],
      flags: [{ kind: 'warning_marker', markerType: 'dangerous_dog' }],
    });
    expect(resident.status).toBe(201);

    const page = await signedIn('demo.response');
    await page.goto(`${base}/locations`);
    await page.getByRole('heading', { level: 1, name: 'Places' }).waitFor();
    await page.getByLabel('Postcode').fill('ec2r6el');
    const place = page.getByRole('list', { name: 'Places' }).getByRole('link').filter({ hasText: '40 Moorgate' });
    await place.waitFor();
    await place.click();
    await page.getByRole('heading', { level: 2, name: 'People with an address in EC2R 6EL' }).waitFor();
    await page.getByRole('link', { name: 'Tomasz Nowak' }).waitFor();
    await page.getByText('Warning marker: dangerous dog').first().waitFor();

    const flagForm = page.getByRole('form', { name: 'Set a flag' });
    await flagForm.getByLabel('Flag').selectOption('warning_marker');
    await flagForm.getByRole('button', { name: 'Set flag' }).click();
    await flagForm.getByText('Choose what the warning is about').waitFor();
    await flagForm.getByLabel('Warning about').selectOption('firearms');
    await flagForm.getByRole('button', { name: 'Set flag' }).click();
    await page.getByRole('alert').filter({ hasText: 'Flags at this address' }).getByText('Warning marker: firearms').waitFor();

    await page.getByRole('link', { name: 'Search places' }).click();
    await page.getByRole('navigation', { name: 'People and places' }).getByRole('link', { name: 'Vehicles' }).click();
    await page.getByLabel('Registration').fill('ab12 cde');
    await page.getByText('No vehicle with this registration is known.').waitFor();
    const record = page.getByRole('form', { name: 'Record a vehicle' });
    await record.getByLabel('Make (optional)').fill('Ford');
    await record.getByLabel('Colour (optional)').fill('Blue');
    await record.getByRole('button', { name: 'Record vehicle' }).click();
    await page.getByRole('heading', { level: 1, name: 'AB12CDE' }).waitFor();
    await page.getByText('Vehicle recorded.').waitFor();

    await page.goto(`${base}/vehicles?vrm=AB12-CDE`);
    await page.getByRole('list', { name: 'Vehicles' }).getByRole('link').filter({ hasText: 'Blue Ford' }).waitFor();
    await page.context().close();
  });

  it('should fit the search and its candidates on a phone, warnings included', async () => {
    const page = await signedIn('demo.response', { width: 390, height: 844 });
    // Half a surname is too little for the matching engine: names beginning with it are listed instead.
    await page.goto(`${base}/persons?name=Smi`);
    await page.getByRole('list', { name: 'Names beginning with what you typed' }).getByRole('link').filter({ hasText: 'Robert Smith' }).waitFor();
    await page.goto(`${base}/persons?name=Robert+Smith&dateOfBirth=03%2F12%2F1980`);
    const robert = page.getByRole('list', { name: 'Possible matches' }).getByRole('link').filter({ hasText: 'Robert Smith' });
    await robert.waitFor();
    await robert.getByText('Warning marker: weapons').waitFor();
    const box = await robert.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(box!.height).toBeGreaterThanOrEqual(44);
    // Nothing wider than the screen: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await page.locator('nav.tabbar').isVisible()).toBe(true);

    await robert.click();
    await page.getByRole('heading', { level: 1, name: 'Robert Smith' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.context().close();
  });

  it('should ask for a reason before opening a person record while force policy requires one', async () => {
    const senior = await apiAs('demo.senior');
    const setting = (await senior<{ items: { key: string; version: number }[] }>('GET', '/api/policy')).body.items.find((i) => i.key === 'identity.reasonRequiredForPersonRead')!;
    const on = await senior<{ version: number }>('PATCH', '/api/policy/identity.reasonRequiredForPersonRead', { version: setting.version, value: true, reason: 'Browser journey: reasons' });
    expect(on.status).toBe(200);
    try {
      const page = await signedIn('demo.callhandler');
      await page.goto(`${base}/persons/${robertId}`);
      await page.getByRole('heading', { level: 1, name: 'Why are you opening this record?' }).waitFor();
      await page.getByRole('button', { name: 'Open record' }).click();
      await page.getByText('Give a reason of at least 3 characters').waitFor();
      await page.getByLabel('Reason').fill('Caller on 999 line, incident 0142');
      await page.getByRole('button', { name: 'Open record' }).click();
      await page.getByRole('heading', { level: 1, name: 'Robert Smith' }).waitFor();
      await page.context().close();
    } finally {
      await senior('PATCH', '/api/policy/identity.reasonRequiredForPersonRead', { version: on.body.version, value: false, reason: 'Browser journey finished' });
    }
  });
});
