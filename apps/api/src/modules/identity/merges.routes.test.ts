import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { linkPersonToEvent, listEventLinksOfPerson, listPersonsForMatching } from '.';
import { systemContext } from '../../core/context';

describe('merging persons and locations', () => {
  let t: TestApp;
  let handler: string;
  let supervisor: string;
  let registrar: string;
  beforeAll(async () => {
    t = await startTestApp();
    [handler, supervisor, registrar] = await Promise.all([t.signIn('demo.callhandler'), t.signIn('demo.supervisor'), t.signIn('demo.registrar')]);
  });
  afterAll(async () => t?.stop());

  const UNKNOWN = '5a1e0a44-8b36-4a4b-9d36-2ad6f0e6f2a1';
  const person = async (given: string, family: string, extra: object = {}) =>
    (await t.request('POST', '/api/identity/persons', { cookie: handler, body: { names: [{ kind: 'birth', givenNames: given, familyName: family }], ...extra } })).body;
  const merge = (body: object, cookie = supervisor) => t.request('POST', '/api/identity/persons/merges', { cookie, body });

  describe('POST /api/identity/persons/merges', () => {
    it('should fail with 401, and 403 for a call handler', async () => {
      const body = { survivorId: UNKNOWN, mergedId: UNKNOWN, survivorVersion: 1, mergedVersion: 1, reason: 'Same person' };
      expect((await t.request('POST', '/api/identity/persons/merges', { body })).status).toBe(401);
      const res = await merge(body, handler);
      expect(res.status).toBe(403);
      expect(res.body.details).toEqual({ permission: 'identity:merge' });
    });
    it('should fail with 400 without a reason or for a record merged into itself, and 404 for an unknown one', async () => {
      const a = await person('Ann', 'Self');
      const noReason = await merge({ survivorId: a.id, mergedId: a.id, survivorVersion: 1, mergedVersion: 1 });
      expect(noReason.body.message).toBe('body/reason is required');
      const self = await merge({ survivorId: a.id, mergedId: a.id, survivorVersion: 1, mergedVersion: 1, reason: 'Same person' });
      expect(self.status).toBe(400);
      expect(self.body.message).toBe('body/mergedId must not be the same as survivorId');
      const unknown = await merge({ survivorId: a.id, mergedId: UNKNOWN, survivorVersion: 1, mergedVersion: 1, reason: 'Same person' });
      expect(unknown.status).toBe(404);
    });
    it('should fail with 409 when either record changed since the user compared them', async () => {
      const a = await person('Stale', 'One');
      const b = await person('Stale', 'Two');
      const res = await merge({ survivorId: a.id, mergedId: b.id, survivorVersion: 1, mergedVersion: 2, reason: 'Same person' });
      expect(res.status).toBe(409);
      expect(res.body.details.current).toMatchObject({ id: b.id, version: 1 });
      expect((await t.request('GET', `/api/identity/persons/${b.id}`, { cookie: handler })).status).toBe(200);
    });
  });

  it('should merge, point the merged record at the survivor, and unmerge back to both records as they were', async () => {
    const robert = await person('Robert', 'Smith', { dateOfBirth: '1980-12-03', phones: ['020 7601 2222'], flags: [{ kind: 'warning_marker', markerType: 'violence' }] });
    const bob = await person('Bob', 'Smyth', { dateOfBirth: '1980-03-12', phones: ['07700 900123'], identifiers: [{ kind: 'ni_number', value: 'AB123456C' }] });
    await t.deps.db.transaction().execute((tx) => linkPersonToEvent(tx, systemContext(), { personId: bob.id, eventType: 'contact', eventId: 'C-1', role: 'caller' }));

    const merged = await merge({ survivorId: robert.id, mergedId: bob.id, survivorVersion: 1, mergedVersion: 1, reason: 'Same DOB day/month swapped, same NI' });
    expect(merged.status).toBe(201);
    expect(merged.body).toMatchObject({ entityType: 'person', survivorId: robert.id, mergedId: bob.id, mergedBy: 'demo.supervisor', unmergedAt: null });
    expect(merged.body.snapshot).toMatchObject({ id: bob.id, displayName: 'Bob Smyth', identifiers: [{ value: 'AB123456C' }] });

    // The merged record answers 404 pointing at the survivor, which now shows both records' details.
    const gone = await t.request('GET', `/api/identity/persons/${bob.id}`, { cookie: handler });
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({ code: 'NOT_FOUND', message: 'The person was merged into another record', details: { mergedInto: robert.id } });
    const survivor = (await t.request('GET', `/api/identity/persons/${robert.id}`, { cookie: handler })).body;
    expect(survivor.names.map((n: { givenNames: string }) => n.givenNames)).toEqual(['Robert', 'Bob']);
    expect(survivor.phones.map((p: { number: string }) => p.number)).toEqual(['+442076012222', '+447700900123']);
    expect(survivor).toMatchObject({ dateOfBirth: '1980-12-03', mergedFrom: [bob.id], version: 2 });
    expect(await listEventLinksOfPerson(t.deps.db, robert.id)).toMatchObject([{ personId: robert.id, eventType: 'contact', eventId: 'C-1', role: 'caller' }]);
    const events = await t.request('GET', `/api/identity/persons/${robert.id}/events`, { cookie: handler });
    expect(events.body.items).toMatchObject([{ personId: robert.id, eventType: 'contact', eventId: 'C-1', role: 'caller' }]);
    expect((await t.request('GET', `/api/identity/persons/${bob.id}/events`, { cookie: handler })).body.details).toEqual({ mergedInto: robert.id });
    const search = await t.request('GET', '/api/identity/persons?identifier=AB123456C', { cookie: handler });
    expect(search.body.items.map((i: { id: string }) => i.id)).toEqual([robert.id]);
    const changeMerged = await t.request('POST', `/api/identity/persons/${bob.id}/phones`, { cookie: handler, body: { version: 2, number: '020 7601 3333' } });
    expect(changeMerged.status).toBe(404);
    expect(changeMerged.body.details).toEqual({ mergedInto: robert.id });
    const matching = await listPersonsForMatching(t.deps.db, { limit: 1000 });
    expect(matching.items.map((p) => p.id)).not.toContain(bob.id);
    expect(matching.items.find((p) => p.id === robert.id)).toMatchObject({ phones: ['+442076012222', '+447700900123'], identifiers: [{ kind: 'ni_number', value: 'AB123456C' }] });

    const history = await t.request('GET', `/api/identity/persons/${bob.id}/merges`, { cookie: handler });
    expect(history.body.items.map((m: { id: string }) => m.id)).toEqual([merged.body.id]);

    const forbidden = await t.request('POST', `/api/identity/persons/merges/${merged.body.id}/unmerge`, { cookie: handler, body: { reason: 'Different people' } });
    expect(forbidden.status).toBe(403);
    const unmerged = await t.request('POST', `/api/identity/persons/merges/${merged.body.id}/unmerge`, { cookie: registrar, body: { reason: 'Twins: different people' } });
    expect(unmerged.status).toBe(200);
    expect(unmerged.body).toMatchObject({ unmergedBy: 'demo.registrar', unmergeReason: 'Twins: different people' });
    const twice = await t.request('POST', `/api/identity/persons/merges/${merged.body.id}/unmerge`, { cookie: registrar, body: { reason: 'Again' } });
    expect(twice.status).toBe(409);
    expect(twice.body.message).toBe('This merge was already undone');

    const bobAgain = (await t.request('GET', `/api/identity/persons/${bob.id}`, { cookie: handler })).body;
    expect(bobAgain).toMatchObject({ displayName: 'Bob Smyth', dateOfBirth: '1980-03-12', phones: [{ number: '+447700900123' }], identifiers: [{ value: 'AB123456C' }], mergedFrom: [] });
    const robertAgain = (await t.request('GET', `/api/identity/persons/${robert.id}`, { cookie: handler })).body;
    expect(robertAgain).toMatchObject({ names: [{ givenNames: 'Robert' }], phones: [{ number: '+442076012222' }], mergedFrom: [], version: 3 });
    expect(await listEventLinksOfPerson(t.deps.db, bob.id)).toMatchObject([{ personId: bob.id, eventId: 'C-1' }]);

    const audit = await t.deps.db.selectFrom('audit_event').select(['action', 'entity_id', 'reason', 'actor_username']).where('action', 'in', ['person.merged', 'person.merged_into', 'person.unmerged', 'person.unmerged_from']).where('entity_id', 'in', [robert.id, bob.id]).orderBy('seq').execute();
    expect(audit).toEqual([
      { action: 'person.merged', entity_id: robert.id, reason: 'Same DOB day/month swapped, same NI', actor_username: 'demo.supervisor' },
      { action: 'person.merged_into', entity_id: bob.id, reason: 'Same DOB day/month swapped, same NI', actor_username: 'demo.supervisor' },
      { action: 'person.unmerged', entity_id: robert.id, reason: 'Twins: different people', actor_username: 'demo.registrar' },
      { action: 'person.unmerged_from', entity_id: bob.id, reason: 'Twins: different people', actor_username: 'demo.registrar' },
    ]);
  });

  it('should repoint earlier merges when a survivor is merged on, and restore them on unmerge', async () => {
    const a = await person('Chain', 'A');
    const b = await person('Chain', 'B');
    const c = await person('Chain', 'C');
    const bIntoA = (await merge({ survivorId: a.id, mergedId: b.id, survivorVersion: 1, mergedVersion: 1, reason: 'Duplicate' })).body;
    const aIntoC = await merge({ survivorId: c.id, mergedId: a.id, survivorVersion: 1, mergedVersion: 2, reason: 'Duplicate' });
    expect(aIntoC.status).toBe(201);
    expect((await t.request('GET', `/api/identity/persons/${b.id}`, { cookie: handler })).body.details).toEqual({ mergedInto: c.id });
    expect((await t.request('GET', `/api/identity/persons/${c.id}`, { cookie: handler })).body.mergedFrom.sort()).toEqual([a.id, b.id].sort());
    const undo = await t.request('POST', `/api/identity/persons/merges/${aIntoC.body.id}/unmerge`, { cookie: supervisor, body: { reason: 'Wrong merge' } });
    expect(undo.status).toBe(200);
    expect((await t.request('GET', `/api/identity/persons/${b.id}`, { cookie: handler })).body.details).toEqual({ mergedInto: a.id });
    expect((await t.request('GET', `/api/identity/persons/${a.id}`, { cookie: handler })).body.mergedFrom).toEqual([b.id]);
    expect(bIntoA.unmergedAt).toBeNull();
  });

  it('should merge and unmerge locations; addresses and new look-ups follow the survivor', async () => {
    const create = async (address: string) => (await t.request('POST', '/api/identity/locations', { cookie: handler, body: { address } })).body.location;
    const pub = await create('The Red Lion, 8 Poultry, EC2R 8AJ');
    const typo = await create('8 Poultrey EC2R 8AJ');
    const resident = await person('Pat', 'Lee', { addresses: [{ locationId: typo.id }] });
    const res = await t.request('POST', '/api/identity/locations/merges', { cookie: supervisor, body: { survivorId: pub.id, mergedId: typo.id, survivorVersion: 1, mergedVersion: 1, reason: 'Misspelt street' } });
    expect(res.status).toBe(201);
    const gone = await t.request('GET', `/api/identity/locations/${typo.id}`, { cookie: handler });
    expect(gone.body).toEqual({ code: 'NOT_FOUND', message: 'The location was merged into another record', details: { mergedInto: pub.id } });
    expect((await t.request('GET', `/api/identity/persons/${resident.id}`, { cookie: handler })).body.addresses).toMatchObject([{ locationId: pub.id, address: pub.address }]);
    const retyped = await t.request('POST', '/api/identity/locations', { cookie: handler, body: { address: '8 poultrey, ec2r8aj' } });
    expect(retyped.body).toMatchObject({ isExisting: true, location: { id: pub.id, mergedFrom: [typo.id] } });

    const undo = await t.request('POST', `/api/identity/locations/merges/${res.body.id}/unmerge`, { cookie: supervisor, body: { reason: 'Different premises' } });
    expect(undo.status).toBe(200);
    expect((await t.request('GET', `/api/identity/locations/${typo.id}`, { cookie: handler })).status).toBe(200);
    expect((await t.request('GET', `/api/identity/persons/${resident.id}`, { cookie: handler })).body.addresses).toMatchObject([{ locationId: typo.id }]);
    const history = await t.request('GET', `/api/identity/locations/${pub.id}/merges`, { cookie: handler });
    expect(history.body.items).toMatchObject([{ id: res.body.id, unmergeReason: 'Different premises', snapshot: { id: typo.id } }]);
  });
});
