import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { personMatchingFor } from '../identity';
import { callBody } from './contact.test-support';

describe('POST /api/contact/lookup', () => {
  let t: TestApp;
  let handler: string;
  let robertId: string;
  const DAY = 86_400_000;
  const eventually = async (check: () => Promise<void>) => {
    const deadline = Date.now() + 5_000;
    for (;;) {
      try {
        return await check();
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  };
  const lookup = (body: unknown, cookie = handler) => t.request('POST', '/api/contact/lookup', { cookie, body });
  const contactAt = (daysAgo: number, overrides: Record<string, unknown>) => {
    const received = new Date(Date.now() - daysAgo * DAY);
    return t.request('POST', '/api/contact/contacts', { cookie: handler, body: callBody({ receivedAt: received.toISOString(), answeredAt: received.toISOString(), ...overrides }) });
  };

  beforeAll(async () => {
    t = await startTestApp();
    handler = await t.signIn('demo.callhandler');
    const robert = await t.request('POST', '/api/identity/persons', {
      cookie: handler,
      body: { names: [{ kind: 'birth', givenNames: 'Robert', familyName: 'Smith' }], dateOfBirth: '1980-12-03', flags: [{ kind: 'warning_marker', markerType: 'violence', note: 'Assaulted an officer in 2023' }] },
    });
    robertId = robert.body.id;
    for (const [given, family, dob] of [['Margaret', 'Jones', '1955-01-20'], ['Aisha', 'Khan', '1991-07-14'], ['Robert', 'Taylor', '1962-05-30']] as const) {
      await t.request('POST', '/api/identity/persons', { cookie: handler, body: { names: [{ kind: 'birth', givenNames: given, familyName: family }], dateOfBirth: dob } });
    }
    const deadline = Date.now() + 5_000;
    while (personMatchingFor(t.deps).size < 4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await personMatchingFor(t.deps).settled();
  });
  afterAll(async () => t?.stop());

  it('should fail with 401 without a session, 403 for an analyst, and 400 when nothing is given', async () => {
    expect((await t.request('POST', '/api/contact/lookup', { body: { phone: '07700 900001' } })).status).toBe(401);
    expect((await lookup({ phone: '07700 900001' }, await t.signIn('demo.analyst'))).status).toBe(403);
    const empty = await lookup({ phone: '  ' });
    expect(empty.status).toBe(400);
    expect(empty.body.message).toBe('Give at least a phone number, a name, a date of birth, an address, a postcode or a location');
  });

  it('should count earlier contacts from this number and at this address over the policy window', async () => {
    const phone = '020 7601 4444';
    const place = { address: '3 Bevis Marks', postcode: 'EC3A 7JB' };
    const within = await contactAt(10, { caller: { phone }, location: place });
    await contactAt(40, { caller: { phone: '+44 20 7601 4444' }, location: { address: '3 BEVIS MARKS', postcode: 'ec3a7jb' } });
    const old = await contactAt(200, { caller: { phone }, location: { postcode: 'EC3A 7JB' } });
    expect([within.status, old.status]).toEqual([201, 201]);

    const res = await lookup({ phone: '02076014444', address: '3 Bevis Marks', postcode: 'EC3A 7JB' });
    expect(res.status).toBe(200);
    expect(res.body.windowDays).toBe(90);
    expect(res.body.byPhone).toMatchObject({ phone: '+442076014444', contacts: { total: 3, inWindow: 2 } });
    expect(res.body.byPhone.contacts.recent[0]).toMatchObject({ id: within.body.id, categoryName: 'Theft', grade: 'routine' });
    expect(res.body.byAddress).toMatchObject({ locationId: within.body.location.locationId, address: '3 Bevis Marks, EC3A 7JB', matchedOn: 'location', contacts: { total: 2, inWindow: 2 }, flags: [] });

    // An officer who may not open other people's contacts gets the counts, not the contacts.
    const officer = await lookup({ phone, address: '3 Bevis Marks', postcode: 'EC3A 7JB' }, await t.signIn('demo.response'));
    expect(officer.body.byPhone.contacts).toEqual({ total: 3, inWindow: 2, recent: [] });
    expect(officer.body.byAddress.contacts).toEqual({ total: 2, inWindow: 2, recent: [] });

    // The window is force policy: shorten it and the counts follow.
    const admin = await t.signIn('demo.admin');
    expect((await t.request('PATCH', '/api/policy/contact.repeatWindowDays', { cookie: admin, body: { version: 1, value: 30, reason: 'Force review of repeat window' } })).status).toBe(200);
    const shorter = await lookup({ phone });
    expect(shorter.body).toMatchObject({ windowDays: 30, byPhone: { contacts: { total: 3, inWindow: 1 } } });
    await t.request('PATCH', '/api/policy/contact.repeatWindowDays', { cookie: admin, body: { version: 2, value: 90, reason: 'Back to the usual window' } });

    // A postcode alone counts contacts in that postcode; the contact being taken is left out.
    const byPostcode = await lookup({ postcode: 'ec3a 7jb', contactId: within.body.id });
    expect(byPostcode.body.byAddress).toMatchObject({ locationId: null, matchedOn: 'postcode', contacts: { total: 2 } });
  });

  it('should show the warning markers of the place', async () => {
    const place = await t.request('POST', '/api/identity/locations', { cookie: handler, body: { address: '7 Artillery Lane', postcode: 'E1 7LP' } });
    const location = place.body.location;
    const flagged = await t.request('POST', `/api/identity/locations/${location.id}/flags`, { cookie: handler, body: { version: location.version, kind: 'warning_marker', markerType: 'weapons', note: 'Firearm seen 2024' } });
    expect(flagged.status).toBe(201);
    const res = await lookup({ locationId: location.id });
    expect(res.body.byAddress).toMatchObject({ locationId: location.id, flags: [{ kind: 'warning_marker', markerType: 'weapons', note: 'Firearm seen 2024' }] });
  });

  // Issue 3's acceptance: the contact module's repeat-caller panel uses identity's engine.
  it('should find "Robert Smith, 03/12/1980" with a warning marker from "Bob Smyth, 12/03/1980", with reasons; confirming raises the next look-up', async () => {
    const typed = { firstName: 'Bob', lastName: 'Smyth', dateOfBirth: '12/03/1980', phone: '07700 900555' };
    const first = await lookup(typed);
    expect(first.status).toBe(200);
    const candidate = first.body.persons[0];
    expect(candidate).toMatchObject({ personId: robertId, displayName: 'Robert Smith', dateOfBirth: '1980-12-03', flags: [{ kind: 'warning_marker', markerType: 'violence' }], earlierContacts: { total: 0, inWindow: 0 } });
    expect(candidate.reasons).toEqual(['Bob is a form of Robert', 'surname sounds alike (Smyth is a recorded variant of Smith)', 'date of birth day and month swapped']);
    const audit = await t.deps.db.selectFrom('audit_event').select(['details']).where('action', '=', 'contact.lookup').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ fields: ['firstName', 'lastName', 'dateOfBirth', 'phone'], persons: expect.arrayContaining([robertId]) });

    // The handler confirms while taking the call; the contact is saved with Robert as the caller.
    const saved = await t.request('POST', '/api/contact/contacts', {
      cookie: handler,
      body: callBody({ caller: { givenNames: 'Bob', familyName: 'Smyth', phone: '07700 900555', dateOfBirth: '1980-03-12' }, callerPersonId: robertId }),
    });
    expect(saved.status).toBe(201);
    expect(saved.body.caller.personId).toBe(robertId);
    const person = await t.request('GET', `/api/identity/persons/${robertId}`, { cookie: handler });
    expect(person.body.names.map((n: { givenNames: string; familyName: string; kind: string }) => `${n.kind}:${n.givenNames} ${n.familyName}`)).toEqual(['birth:Robert Smith', 'alias:Bob Smyth']);
    expect(person.body.phones.map((p: { number: string }) => p.number)).toEqual(['+447700900555']);
    const links = await t.request('GET', `/api/identity/persons/${robertId}/events`, { cookie: handler });
    expect(links.body.items).toMatchObject([{ eventType: 'contact', eventId: saved.body.id, role: 'caller' }]);

    await eventually(async () => {
      const next = await lookup(typed);
      const again = next.body.persons[0];
      expect(again.personId).toBe(robertId);
      expect(again.probability).toBeGreaterThan(candidate.probability);
      expect(again.earlierContacts).toMatchObject({ total: 1, inWindow: 1, recent: [{ id: saved.body.id }] });
    });
  });

  it('should not suggest a person again for a contact once rejected, and keep who decided', async () => {
    const taken = await t.request('POST', '/api/contact/contacts', { cookie: handler, body: callBody({ caller: { givenNames: 'Rob', familyName: 'Taylor', dateOfBirth: '1962-05-30' } }) });
    const before = await lookup({ firstName: 'Rob', lastName: 'Taylor', dateOfBirth: '1962-05-30', contactId: taken.body.id });
    const taylor = before.body.persons[0];
    expect(taylor.displayName).toBe('Robert Taylor');
    const rejected = await t.request('POST', `/api/contact/contacts/${taken.body.id}/matches/${taylor.personId}/reject`, { cookie: handler, body: { probability: taylor.probability } });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ decision: { personId: taylor.personId, decision: 'rejected', by: 'demo.callhandler' }, learned: [] });
    const after = await lookup({ firstName: 'Rob', lastName: 'Taylor', dateOfBirth: '1962-05-30', contactId: taken.body.id });
    expect(after.body.persons.map((p: { personId: string }) => p.personId)).not.toContain(taylor.personId);
    const contact = await t.request('GET', `/api/contact/contacts/${taken.body.id}`, { cookie: handler });
    expect(contact.body.matchDecisions).toMatchObject([{ personId: taylor.personId, decision: 'rejected', by: 'demo.callhandler' }]);

    // None of these: a new person from the caller as given, linked as the caller.
    const created = await t.request('POST', `/api/contact/contacts/${taken.body.id}/caller-person`, { cookie: handler });
    expect(created.status).toBe(201);
    expect(created.body.caller.personId).toEqual(expect.any(String));
    expect(created.body.caller.personId).not.toBe(taylor.personId);
    const twice = await t.request('POST', `/api/contact/contacts/${taken.body.id}/caller-person`, { cookie: handler });
    expect(twice.status).toBe(409);
  });
  it('should confirm a caller on a saved contact: linked, the details as given learned, one confirmed caller only, 404 for a contact one may not see', async () => {
    const taken = await t.request('POST', '/api/contact/contacts', { cookie: handler, body: callBody({ caller: { givenNames: 'Maggie', familyName: 'Jones', phone: '020 7601 3333', dateOfBirth: '1955-01-20' } }) });
    const found = await lookup({ firstName: 'Maggie', lastName: 'Jones', dateOfBirth: '1955-01-20', contactId: taken.body.id });
    const margaret = found.body.persons[0];
    expect(margaret).toMatchObject({ displayName: 'Margaret Jones', reasons: expect.arrayContaining(['Maggie is a form of Margaret']) });

    const officer = await t.signIn('demo.response');
    const hidden = await t.request('POST', `/api/contact/contacts/${taken.body.id}/matches/${margaret.personId}/confirm`, { cookie: officer, body: {} });
    expect(hidden.status).toBe(404);

    const confirmed = await t.request('POST', `/api/contact/contacts/${taken.body.id}/matches/${margaret.personId}/confirm`, { cookie: handler, body: { probability: margaret.probability } });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toEqual({
      decision: { personId: margaret.personId, decision: 'confirmed', probability: margaret.probability, by: 'demo.callhandler', at: expect.any(String) },
      learned: ['name Maggie Jones added as an alias', 'phone number added'],
    });
    const person = await t.request('GET', `/api/identity/persons/${margaret.personId}`, { cookie: handler });
    expect(person.body.phones.map((p: { number: string }) => p.number)).toEqual(['+442076013333']);
    const audit = await t.deps.db.selectFrom('audit_event').select(['details']).where('action', '=', 'person.details_learned').where('entity_id', '=', margaret.personId).executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ eventType: 'contact', eventId: taken.body.id });

    const other = found.body.persons.find((p: { personId: string }) => p.personId !== margaret.personId) ?? { personId: robertId };
    const second = await t.request('POST', `/api/contact/contacts/${taken.body.id}/matches/${other.personId}/confirm`, { cookie: handler, body: {} });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'ALREADY_EXISTS', details: { personId: margaret.personId } });
    const contact = await t.request('GET', `/api/contact/contacts/${taken.body.id}`, { cookie: handler });
    expect(contact.body.caller.personId).toBe(margaret.personId);
  });
});
