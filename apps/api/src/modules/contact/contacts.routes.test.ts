import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/test-app';

import { callBody, LOW_THRIVE } from './contact.test-support';

describe('contact routes', () => {
  let t: TestApp;
  let handler: string;
  let supervisor: string;
  let response: string;
  let analyst: string;
  beforeAll(async () => {
    t = await startTestApp();
    [handler, supervisor, response, analyst] = await Promise.all([t.signIn('demo.callhandler'), t.signIn('demo.supervisor'), t.signIn('demo.response'), t.signIn('demo.analyst')]);
  });
  afterAll(async () => t?.stop());

  const create = (body: unknown = callBody(), cookie = handler, headers: Record<string, string> = {}) => t.request('POST', '/api/contact/contacts', { cookie, body, headers });

  describe('POST /api/contact/contacts', () => {
    it('should fail with 401 without a session and 403 for an analyst', async () => {
      expect((await t.request('POST', '/api/contact/contacts', { body: callBody() })).status).toBe(401);
      const res = await create(callBody(), analyst);
      expect(res.status).toBe(403);
      expect(res.body.details).toEqual({ permission: 'contact:create' });
    });

    it('should refuse an unknown category with 400 UNKNOWN_CATEGORY', async () => {
      const res = await create(callBody({ categoryCode: 'alien-abduction' }));
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'UNKNOWN_CATEGORY', message: 'body/categoryCode is not an incident category in use (alien-abduction)' });
    });

    it('should refuse a time in the future and an answer before the call with 400 codes', async () => {
      const future = await create(callBody({ receivedAt: new Date(Date.now() + 3_600_000).toISOString(), answeredAt: undefined }));
      expect(future.status).toBe(400);
      expect(future.body).toMatchObject({ code: 'TIME_IN_FUTURE', message: 'body/receivedAt is in the future' });
      const received = new Date(Date.now() - 60_000);
      const early = await create(callBody({ receivedAt: received.toISOString(), answeredAt: new Date(received.getTime() - 1000).toISOString() }));
      expect(early.status).toBe(400);
      expect(early.body).toMatchObject({ code: 'TIME_OUT_OF_ORDER', message: 'body/answeredAt is before the call was received' });
    });

    it('should refuse a postcode outside the gazetteer, a malformed one, a bad phone, and no location at all', async () => {
      const unknown = await create(callBody({ location: { postcode: 'SW1A 1AA' } }));
      expect(unknown.status).toBe(400);
      expect(unknown.body).toMatchObject({ code: 'UNKNOWN_POSTCODE', message: 'body/location/postcode SW1A 1AA is not in the force gazetteer' });
      const malformed = await create(callBody({ location: { postcode: 'XX1' } }));
      expect(malformed.body).toMatchObject({ code: 'VALIDATION_FAILED', message: 'body/location/postcode is not a valid UK postcode' });
      const phone = await create(callBody({ caller: { phone: '12345' } }));
      expect(phone.body).toMatchObject({ code: 'VALIDATION_FAILED', message: 'body/caller/phone is not a valid UK phone number' });
      const nowhere = await create(callBody({ location: {} }));
      expect(nowhere.body.message).toBe('body/location needs an address, a postcode, a known location or coordinates');
    });

    it('should refuse an unknown grade, and a grade other than the proposal without a reason', async () => {
      const unknown = await create(callBody({ grade: 'whenever' }));
      expect(unknown.body).toMatchObject({ code: 'UNKNOWN_GRADE', message: 'body/grade is not a response grade (whenever)' });
      const noReason = await create(callBody({ grade: 'immediate' }));
      expect(noReason.status).toBe(400);
      expect(noReason.body).toMatchObject({ code: 'REASON_REQUIRED', message: 'Give a reason for grading Immediate when THRIVE proposes Routine' });
    });

    it('should record a contact with THRIVE proposing the grade, the caller normalised, the place resolved, audited', async () => {
      const res = await create();
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        reference: expect.stringMatching(/^CON-\d{4}-\d{6}$/),
        channel: '101',
        caller: { givenNames: 'Jane', familyName: 'Okafor', phone: '+447700900123', dateOfBirth: '1984-03-12', personId: null },
        location: { address: '12 High Street, EC2M 4NP', postcode: 'EC2M 4NP', latitude: 51.51773, longitude: -0.07996, directions: 'Side door' },
        categoryCode: 'theft',
        categoryName: 'Theft',
        proposedGrade: 'routine',
        grade: 'routine',
        gradeReason: null,
        gradeHistory: [{ from: null, to: 'routine', reason: null, by: 'demo.callhandler' }],
        createdBy: 'demo.callhandler',
        version: 1,
      });
      expect(res.body.location.locationId).toEqual(expect.any(String));
      const audit = await t.deps.db.selectFrom('audit_event').select(['details']).where('action', '=', 'contact.created').where('entity_id', '=', res.body.id).executeTakeFirstOrThrow();
      expect(audit.details).toEqual({ channel: '101', categoryCode: 'theft', proposedGrade: 'routine', grade: 'routine' });
    });

    it('should take a different grade with a reason, and the THRIVE proposal when none is chosen', async () => {
      const high = { ...LOW_THRIVE, threat: { level: 'high', note: 'Ex-partner outside with a knife' } };
      const proposed = await create(callBody({ thrive: high, categoryCode: 'violence' }));
      expect(proposed.body).toMatchObject({ proposedGrade: 'immediate', grade: 'immediate' });
      const overridden = await create(callBody({ grade: 'scheduled', gradeReason: 'Caller is safe at a neighbour’s; offender left' , thrive: high }));
      expect(overridden.status).toBe(201);
      expect(overridden.body).toMatchObject({ proposedGrade: 'immediate', grade: 'scheduled', gradeReason: 'Caller is safe at a neighbour’s; offender left' });
    });

    it('should create one contact when an intake is retried with the same Idempotency-Key', async () => {
      const body = callBody({ narrative: 'Idempotent retry test' });
      const headers = { 'idempotency-key': 'call-7f3a' };
      const first = await create(body, handler, headers);
      const retry = await create(body, handler, headers);
      expect(first.status).toBe(201);
      expect(retry.status).toBe(201);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(retry.body.id).toBe(first.body.id);
      const rows = await t.deps.db.selectFrom('contact').select('id').where('narrative', '=', 'Idempotent retry test').execute();
      expect(rows).toHaveLength(1);
    });
  });

  describe('reading contacts', () => {
    it('should show a contact to the control room, audited, and answer 404 to an officer who did not record it', async () => {
      const created = await create();
      const read = await t.request('GET', `/api/contact/contacts/${created.body.id}`, { cookie: supervisor });
      expect(read.status).toBe(200);
      expect(read.body.reference).toBe(created.body.reference);
      const audit = await t.deps.db.selectFrom('audit_event').select(['actor_username']).where('action', '=', 'contact.read').where('entity_id', '=', created.body.id).executeTakeFirstOrThrow();
      expect(audit.actor_username).toBe('demo.supervisor');
      const hidden = await t.request('GET', `/api/contact/contacts/${created.body.id}`, { cookie: response });
      expect(hidden.status).toBe(404);
      expect(hidden.body).toMatchObject({ code: 'NOT_FOUND', message: 'The contact was not found' });
    });

    it('should let an officer read and list the contacts they recorded only', async () => {
      const own = await create(callBody({ channel: 'officer', narrative: 'Stopped by a member of the public' }), response);
      expect(own.status).toBe(201);
      expect((await t.request('GET', `/api/contact/contacts/${own.body.id}`, { cookie: response })).status).toBe(200);
      const list = await t.request('GET', '/api/contact/contacts', { cookie: response });
      expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([own.body.id]);
      const all = await t.request('GET', '/api/contact/contacts?limit=100', { cookie: handler });
      expect(all.body.total).toBeGreaterThan(1);
      expect(all.body.items[0]).toMatchObject({ reference: expect.any(String), categoryName: expect.any(String), grade: expect.any(String) });
    });
  });

  describe('POST /api/contact/contacts/:id/grade', () => {
    it('should keep the grade history and refuse a stale version with 409 and the current contact', async () => {
      const created = await create();
      const up = await t.request('POST', `/api/contact/contacts/${created.body.id}/grade`, { cookie: supervisor, body: { version: 1, grade: 'scheduled', reason: 'Caller rang back: offender seen nearby' } });
      expect(up.status).toBe(200);
      expect(up.body).toMatchObject({ grade: 'scheduled', gradeReason: 'Caller rang back: offender seen nearby', version: 2 });
      expect(up.body.gradeHistory).toMatchObject([
        { from: null, to: 'routine' },
        { from: 'routine', to: 'scheduled', reason: 'Caller rang back: offender seen nearby', by: 'demo.supervisor' },
      ]);
      const stale = await t.request('POST', `/api/contact/contacts/${created.body.id}/grade`, { cookie: handler, body: { version: 1, grade: 'immediate', reason: 'Other view' } });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('VERSION_CONFLICT');
      expect(stale.body.details.current).toMatchObject({ id: created.body.id, grade: 'scheduled', version: 2 });
      const unknown = await t.request('POST', `/api/contact/contacts/${created.body.id}/grade`, { cookie: handler, body: { version: 2, grade: 'soonish', reason: 'Typo' } });
      expect(unknown.body.code).toBe('UNKNOWN_GRADE');
      const noReason = await t.request('POST', `/api/contact/contacts/${created.body.id}/grade`, { cookie: handler, body: { version: 2, grade: 'immediate' } });
      expect(noReason.status).toBe(400);
      expect((await t.request('POST', `/api/contact/contacts/${created.body.id}/grade`, { cookie: response, body: { version: 2, grade: 'immediate', reason: 'x y z' } })).status).toBe(403);
    });
  });
});
