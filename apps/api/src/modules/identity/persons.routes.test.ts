import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/test-app';

describe('persons routes', () => {
  let t: TestApp;
  let handler: string;
  let analyst: string;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    [handler, analyst, admin] = await Promise.all([t.signIn('demo.callhandler'), t.signIn('demo.analyst'), t.signIn('demo.admin')]);
  });
  afterAll(async () => t?.stop());

  const UNKNOWN = '5a1e0a44-8b36-4a4b-9d36-2ad6f0e6f2a1';
  const jane = (overrides: Record<string, unknown> = {}) => ({
    names: [{ kind: 'birth', givenNames: 'Jane Anne', familyName: 'Okafor' }],
    dateOfBirth: '1984-03-12',
    gender: 'female',
    phones: ['020 7601 2222'],
    emails: ['Jane.Okafor@Example.com'],
    addresses: [{ address: '12 High St', postcode: 'ec2m 4np', from: '2020-01-01' }],
    identifiers: [{ kind: 'ni_number', value: 'ab 12 34 56 c' }],
    flags: [{ kind: 'warning_marker', markerType: 'weapons', note: 'Carried a knife in 2022' }],
    ...overrides,
  });
  const create = async (body: unknown = jane(), cookie = handler) => t.request('POST', '/api/identity/persons', { cookie, body });

  describe('POST /api/identity/persons', () => {
    it('should fail with 401 without a session', async () => {
      expect((await t.request('POST', '/api/identity/persons', { body: jane() })).status).toBe(401);
    });
    it('should fail with 403 for an analyst, who may only read', async () => {
      const res = await create(jane(), analyst);
      expect(res.status).toBe(403);
      expect(res.body).toEqual({ code: 'FORBIDDEN', message: 'Your role does not allow this', details: { permission: 'identity:write' } });
    });
    it('should fail with 400 without a name', async () => {
      const res = await create(jane({ names: [] }));
      expect(res.status).toBe(400);
      expect(res.body.message).toBe('body/names must NOT have fewer than 1 items');
    });
    it('should fail with 400 for a phone number that is not a UK number', async () => {
      const res = await create(jane({ phones: ['07700 900123', '020 7601'] }));
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ code: 'VALIDATION_FAILED', message: 'body/phones/1 is not a valid UK phone number', details: { issues: [{ path: 'body/phones/1', message: 'body/phones/1 is not a valid UK phone number' }] } });
    });
    it('should fail with 400 for an invalid national insurance number', async () => {
      const res = await create(jane({ identifiers: [{ kind: 'ni_number', value: 'QQ123456C' }] }));
      expect(res.status).toBe(400);
      expect(res.body.message).toBe('body/identifiers/0/value is not a valid national insurance number');
    });
    it('should fail with 400 for a PNC id in the wrong format', async () => {
      const res = await create(jane({ identifiers: [{ kind: 'pnc_id', value: '12345678A' }] }));
      expect(res.status).toBe(400);
      expect(res.body.message).toBe('body/identifiers/0/value is not a valid PNC id (like 12/345678A)');
    });
    it('should fail with 400 for a warning marker without its type, and for an invalid postcode', async () => {
      const marker = await create(jane({ flags: [{ kind: 'warning_marker' }] }));
      expect(marker.body.message).toBe('body/flags/0/markerType is required for a warning marker');
      const postcode = await create(jane({ addresses: [{ address: '1 Bank Rd', postcode: 'XX1' }] }));
      expect(postcode.status).toBe(400);
      expect(postcode.body.message).toBe('body/addresses/0/postcode is not a valid UK postcode');
    });
    it('should create a person with every detail normalised, audited', async () => {
      const res = await create();
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        displayName: 'Jane Anne Okafor',
        dateOfBirth: '1984-03-12',
        gender: 'female',
        phones: [{ number: '+442076012222' }],
        emails: [{ address: 'jane.okafor@example.com' }],
        addresses: [{ address: '12 High Street, EC2M 4NP', postcode: 'EC2M 4NP', from: '2020-01-01', to: null }],
        identifiers: [{ kind: 'ni_number', value: 'AB123456C', description: null }],
        flags: [{ kind: 'warning_marker', markerType: 'weapons', setBy: 'demo.callhandler', removedAt: null }],
        mergedFrom: [],
        version: 1,
      });
      const audit = await t.deps.db.selectFrom('audit_event').select(['actor_username', 'details']).where('action', '=', 'person.created').where('entity_id', '=', res.body.id).executeTakeFirstOrThrow();
      expect(audit.actor_username).toBe('demo.callhandler');
      expect(JSON.stringify(audit.details)).not.toContain('AB123456C');
    });
    it('should tell every process which person changed, on commit (for the matching index)', async () => {
      const seen: { type: string; entityId?: string; data?: unknown }[] = [];
      const unsubscribe = t.deps.events.subscribe((e) => seen.push(e));
      try {
        const res = await create(jane({ names: [{ kind: 'birth', givenNames: 'Live', familyName: 'Event' }] }));
        await expect.poll(() => seen.filter((e) => e.type === 'identity.person_changed')).toEqual([expect.objectContaining({ entityId: res.body.id, data: { cause: 'created' } })]);
        await create(jane({ phones: ['bad'] }));
        await new Promise((r) => setTimeout(r, 200));
        expect(seen.filter((e) => e.type === 'identity.person_changed')).toHaveLength(1);
      } finally {
        unsubscribe();
      }
    });
    it('should keep names in the order given and show the preferred one', async () => {
      const names = [
        { kind: 'birth', givenNames: 'Margaret', familyName: 'Thompson' },
        { kind: 'maiden', givenNames: 'Margaret', familyName: 'Reilly' },
        { kind: 'preferred', givenNames: 'Peggy', familyName: 'Thompson' },
        { kind: 'alias', givenNames: 'Wei', familyName: 'Zhang', nameOrder: 'family_first' },
      ];
      const res = await create(jane({ names }));
      expect(res.body.names.map((n: { familyName: string }) => n.familyName)).toEqual(['Thompson', 'Reilly', 'Thompson', 'Zhang']);
      expect(res.body.displayName).toBe('Peggy Thompson');
    });
    it('should not create a duplicate when the same Idempotency-Key is retried', async () => {
      const headers = { 'idempotency-key': 'create-person-retry-1' };
      const body = jane({ names: [{ kind: 'birth', givenNames: 'Idem', familyName: 'Potent' }] });
      const first = await t.request('POST', '/api/identity/persons', { cookie: handler, body, headers });
      const retry = await t.request('POST', '/api/identity/persons', { cookie: handler, body, headers });
      expect(first.status).toBe(201);
      expect(retry.status).toBe(201);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      const rows = await t.deps.db.selectFrom('person_name').select('person_id').where('family_name', '=', 'Potent').execute();
      expect(rows).toHaveLength(1);
    });
  });

  describe('GET /api/identity/persons/:id', () => {
    it('should fail with 401 without a session and 403 for an administrator', async () => {
      expect((await t.request('GET', `/api/identity/persons/${UNKNOWN}`)).status).toBe(401);
      const res = await t.request('GET', `/api/identity/persons/${UNKNOWN}`, { cookie: admin });
      expect(res.status).toBe(403);
      expect(res.body.details).toEqual({ permission: 'identity:read' });
    });
    it('should fail with 400 for an id that is not a uuid', async () => {
      const res = await t.request('GET', '/api/identity/persons/123', { cookie: handler });
      expect(res.status).toBe(400);
      expect(res.body.message).toBe('params/id must match format "uuid"');
    });
    it('should fail with 404 for an unknown id', async () => {
      const res = await t.request('GET', `/api/identity/persons/${UNKNOWN}`, { cookie: handler });
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ code: 'NOT_FOUND', message: 'The person was not found' });
    });
    it('should return the person to an analyst and audit the read', async () => {
      const created = await create(jane({ names: [{ kind: 'birth', givenNames: 'Read', familyName: 'Audited' }] }));
      const res = await t.request('GET', `/api/identity/persons/${created.body.id}`, { cookie: analyst });
      expect(res.status).toBe(200);
      expect(res.body).toEqual(created.body);
      const audit = await t.deps.db.selectFrom('audit_event').select(['actor_username', 'reason']).where('action', '=', 'person.read').where('entity_id', '=', created.body.id).execute();
      expect(audit).toEqual([{ actor_username: 'demo.analyst', reason: null }]);
    });
  });

  describe('force policy identity.reasonRequiredForPersonRead', () => {
    it('should refuse to open a person without a reason while the policy is on, and keep the reason on the audit record', async () => {
      const created = await create(jane({ names: [{ kind: 'birth', givenNames: 'Policy', familyName: 'Reason' }] }));
      const id = created.body.id;
      const senior = await t.signIn('demo.senior');
      const setting = (await t.request('GET', '/api/policy', { cookie: senior })).body.items.find((s: { key: string }) => s.key === 'identity.reasonRequiredForPersonRead');
      expect(setting.value).toBe(false);
      const on = await t.request('PATCH', '/api/policy/identity.reasonRequiredForPersonRead', { cookie: senior, body: { version: setting.version, value: true, reason: 'Audit of nominal access' } });
      expect(on.status).toBe(200);
      try {
        const refused = await t.request('GET', `/api/identity/persons/${id}`, { cookie: handler });
        expect(refused.status).toBe(400);
        expect(refused.body).toEqual({
          code: 'REASON_REQUIRED',
          message: 'Force policy asks for a reason to open a person record',
          details: { issues: [{ path: 'querystring/reason', message: 'querystring/reason is required by force policy' }] },
        });
        const res = await t.request('GET', `/api/identity/persons/${id}?reason=${encodeURIComponent('Caller on 999 line')}`, { cookie: handler });
        expect(res.status).toBe(200);
        const audit = await t.deps.db.selectFrom('audit_event').select('reason').where('action', '=', 'person.read').where('entity_id', '=', id).execute();
        expect(audit).toEqual([{ reason: 'Caller on 999 line' }]);
      } finally {
        await t.request('PATCH', '/api/policy/identity.reasonRequiredForPersonRead', { cookie: senior, body: { version: on.body.version, value: false, reason: 'Audit finished' } });
      }
    });
  });

  describe('PATCH /api/identity/persons/:id', () => {
    it('should fail with 403 for an analyst and 404 for an unknown id', async () => {
      expect((await t.request('PATCH', `/api/identity/persons/${UNKNOWN}`, { cookie: analyst, body: { version: 1, gender: 'male' } })).status).toBe(403);
      expect((await t.request('PATCH', `/api/identity/persons/${UNKNOWN}`, { cookie: handler, body: { version: 1, gender: 'male' } })).status).toBe(404);
    });
    it('should fail with 400 for an impossible date of birth', async () => {
      const res = await t.request('PATCH', `/api/identity/persons/${UNKNOWN}`, { cookie: handler, body: { version: 1, dateOfBirth: '1984-02-30' } });
      expect(res.status).toBe(400);
      expect(res.body.message).toBe('body/dateOfBirth must match format "date"');
    });
    it('should change the date of birth, and answer a stale version with 409 and the current person', async () => {
      const created = await create(jane({ names: [{ kind: 'birth', givenNames: 'Ver', familyName: 'Sion' }] }));
      const res = await t.request('PATCH', `/api/identity/persons/${created.body.id}`, { cookie: handler, body: { version: 1, dateOfBirth: '1984-12-03' } });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ dateOfBirth: '1984-12-03', version: 2 });
      const stale = await t.request('PATCH', `/api/identity/persons/${created.body.id}`, { cookie: handler, body: { version: 1, gender: 'unknown' } });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('VERSION_CONFLICT');
      expect(stale.body.details.current).toMatchObject({ dateOfBirth: '1984-12-03', gender: 'female', version: 2 });
    });
  });

  describe('person details', () => {
    it('should add and remove names, phones, emails, addresses and identifiers, each audited and versioned', async () => {
      const p = (await create(jane({ names: [{ kind: 'birth', givenNames: 'Maria', familyName: 'Lopez' }], phones: [], emails: [], addresses: [], identifiers: [], flags: [] }))).body;
      const add = (path: string, version: number, body: object) => t.request('POST', `/api/identity/persons/${p.id}/${path}`, { cookie: handler, body: { version, ...body } });
      const named = await add('names', 1, { kind: 'maiden', givenNames: 'Maria', familyName: 'Garcia' });
      expect(named.status).toBe(201);
      expect(named.body.names.map((n: { familyName: string }) => n.familyName)).toEqual(['Lopez', 'Garcia']);
      const phoned = await add('phones', 2, { number: '+44 20 7601 2222' });
      expect(phoned.body.phones).toMatchObject([{ number: '+442076012222' }]);
      const emailed = await add('emails', 3, { address: 'M.Lopez@example.org' });
      expect(emailed.body.emails).toMatchObject([{ address: 'm.lopez@example.org' }]);
      const housed = await add('addresses', 4, { address: 'Flat 2, 5 Wood St, London EC2V 7AN', from: '2021-06-01' });
      expect(housed.body.addresses).toMatchObject([{ address: 'Flat 2, 5 Wood Street, London, EC2V 7AN', postcode: 'EC2V 7AN' }]);
      const identified = await add('identifiers', 5, { kind: 'pnc_id', value: '2012/0345678a' });
      expect(identified.body.identifiers).toMatchObject([{ kind: 'pnc_id', value: '12/345678A' }]);
      expect(identified.body.version).toBe(6);

      const stale = await add('phones', 5, { number: '07700 900123' });
      expect(stale.status).toBe(409);
      const badPhone = await add('phones', 6, { number: '12345' });
      expect(badPhone.body.message).toBe('body/number is not a valid UK phone number');

      const phoneId = identified.body.phones[0].id;
      const removed = await t.request('DELETE', `/api/identity/persons/${p.id}/phones/${phoneId}`, { cookie: handler, body: { version: 6 } });
      expect(removed.status).toBe(200);
      expect(removed.body.phones).toEqual([]);
      const again = await t.request('DELETE', `/api/identity/persons/${p.id}/phones/${phoneId}`, { cookie: handler, body: { version: 7 } });
      expect(again.status).toBe(404);
      expect(again.body.message).toBe('The phone was not found');
      const row = await t.deps.db.selectFrom('person_phone').select(['removed_at', 'number']).where('id', '=', phoneId).executeTakeFirstOrThrow();
      expect(row.removed_at).toBeInstanceOf(Date);

      const actions = await t.deps.db.selectFrom('audit_event').select('action').where('entity_id', '=', p.id).orderBy('seq').execute();
      expect(actions.map((a) => a.action)).toEqual(['person.created', 'person.name_added', 'person.phone_added', 'person.email_added', 'person.address_added', 'person.identifier_added', 'person.phone_removed']);
    });
    it('should keep a removed flag as history with who removed it and why, and insist on the reason', async () => {
      const p = (await create(jane({ names: [{ kind: 'birth', givenNames: 'Flag', familyName: 'Holder' }], flags: [] }))).body;
      const flagged = await t.request('POST', `/api/identity/persons/${p.id}/flags`, { cookie: handler, body: { version: 1, kind: 'vulnerable', note: 'Lives alone, dementia' } });
      expect(flagged.status).toBe(201);
      const flagId = flagged.body.flags[0].id;
      const noReason = await t.request('DELETE', `/api/identity/persons/${p.id}/flags/${flagId}`, { cookie: handler, body: { version: 2 } });
      expect(noReason.status).toBe(400);
      expect(noReason.body).toEqual({ code: 'REASON_REQUIRED', message: 'Give a reason for removing a flag' });
      const removed = await t.request('DELETE', `/api/identity/persons/${p.id}/flags/${flagId}`, { cookie: handler, body: { version: 2, reason: 'Moved into care home' } });
      expect(removed.status).toBe(200);
      expect(removed.body.flags).toMatchObject([{ id: flagId, kind: 'vulnerable', setBy: 'demo.callhandler', removedBy: 'demo.callhandler', removalReason: 'Moved into care home' }]);
      expect(removed.body.flags[0].removedAt).toEqual(expect.any(String));
    });
    it('should refuse to remove the last name and a detail kind it does not know', async () => {
      const p = (await create(jane({ names: [{ kind: 'birth', givenNames: 'Only', familyName: 'Name' }] }))).body;
      const res = await t.request('DELETE', `/api/identity/persons/${p.id}/names/${p.names[0].id}`, { cookie: handler, body: { version: 1 } });
      expect(res.status).toBe(400);
      expect(res.body.message).toBe('A person keeps at least one name');
      const kind = await t.request('DELETE', `/api/identity/persons/${p.id}/shoes/${p.names[0].id}`, { cookie: handler, body: { version: 1 } });
      expect(kind.status).toBe(400);
    });
  });

  describe('GET /api/identity/persons (search)', () => {
    let id: string;
    beforeAll(async () => {
      id = (await create(jane({ names: [{ kind: 'birth', givenNames: 'Robert James', familyName: 'Smythe-Jones' }], dateOfBirth: '1980-03-12', phones: ['07700 900999'], identifiers: [{ kind: 'pnc_id', value: '80/12345B' }], addresses: [{ address: '1 Milk St', postcode: 'EC2V 8AA' }] }))).body.id;
    });
    const search = (qs: string, cookie = analyst) => t.request('GET', `/api/identity/persons?${qs}`, { cookie });
    it('should fail with 401, 403 and 400 without any field', async () => {
      expect((await t.request('GET', '/api/identity/persons?name=smy')).status).toBe(401);
      expect((await search('name=smy', admin)).status).toBe(403);
      const res = await search('limit=5');
      expect(res.status).toBe(400);
      expect(res.body.message).toBe('Give at least one of name, dateOfBirth, phone, email, postcode or identifier');
      expect((await search('phone=abc')).body.message).toBe('querystring/phone is not a valid UK phone number');
    });
    it('should find by name prefixes in any order, date of birth, phone however typed, postcode and identifier', async () => {
      for (const qs of ['name=smy', 'name=rob%20smythe', 'name=james', 'name=jones%20rob', 'dateOfBirth=1980-03-12', 'phone=%2B447700900999', 'phone=07700%20900%20999', 'postcode=ec2v8aa', 'identifier=80%2F0012345b', 'name=rob&dateOfBirth=1980-03-12']) {
        const res = await search(qs);
        expect(res.status, qs).toBe(200);
        expect(res.body.items.map((i: { id: string }) => i.id), qs).toContain(id);
      }
      const hit = (await search('name=smythe')).body.items.find((i: { id: string }) => i.id === id);
      expect(hit).toEqual({ id, displayName: 'Robert James Smythe-Jones', dateOfBirth: '1980-03-12', gender: 'female', flags: ['warning_marker:weapons'] });
      expect((await search('name=rob&dateOfBirth=1980-03-13')).body.total).toBe(0);
    });
    it('should audit the search with its filters', async () => {
      await search('name=zzzq');
      const audit = await t.deps.db.selectFrom('audit_event').select('details').where('action', '=', 'person.searched').orderBy('seq', 'desc').executeTakeFirstOrThrow();
      expect(audit.details).toEqual({ filters: { name: 'zzzq' }, offset: 0, returned: 0 });
    });
  });
});
