import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { assignDirectly, callBody, createImmediateIncident, createTestIncident, HIGH_THRIVE, intakeBody, staffIdOf } from './incidents.test-support';

describe('incident routes', () => {
  let t: TestApp;
  let handler: string;
  let dispatcher: string;
  let supervisor: string;
  let response: string;
  let analyst: string;
  let admin: string;
  let officerId: string;
  let otherOfficerId: string;
  beforeAll(async () => {
    t = await startTestApp();
    [handler, dispatcher, supervisor, response, analyst, admin] = await Promise.all([
      t.signIn('demo.callhandler'),
      t.signIn('demo.dispatcher'),
      t.signIn('demo.supervisor'),
      t.signIn('demo.response'),
      t.signIn('demo.analyst'),
      t.signIn('demo.admin'),
    ]);
    officerId = await staffIdOf(t, 'demo.response');
    otherOfficerId = await staffIdOf(t, 'demo.neighbourhood');
  });
  afterAll(async () => t?.stop());

  const post = (path: string, body: unknown, cookie = handler, headers: Record<string, string> = {}) => t.request('POST', path, { cookie, body, headers });
  const get = (path: string, cookie = handler) => t.request('GET', path, { cookie });
  const events = async (incidentId: string) => (await t.deps.db.selectFrom('incident_event').select(['type', 'from_status', 'to_status', 'by_username', 'details']).where('incident_id', '=', incidentId).orderBy('seq').execute());
  const setAttendEverything = async (value: boolean) => {
    const current = (await t.request('GET', '/api/policy', { cookie: admin })).body.items.find((s: { key: string }) => s.key === 'incidents.attendEverything');
    if (current.value === value) return;
    const res = await t.request('PATCH', '/api/policy/incidents.attendEverything', { cookie: admin, body: { version: current.version, value, reason: 'Test of the attend-everything policy' } });
    expect(res.status).toBe(200);
  };

  describe('POST /api/incidents/intake', () => {
    it('should fail with 401 without a session and 403 for an analyst', async () => {
      expect((await t.request('POST', '/api/incidents/intake', { body: intakeBody() })).status).toBe(401);
      const res = await post('/api/incidents/intake', intakeBody(), analyst);
      expect(res.status).toBe(403);
      expect(res.body.details).toEqual({ permission: 'incidents:create' });
    });

    it('should record the contact and create its incident with nothing re-typed', async () => {
      const body = intakeBody({ thrive: HIGH_THRIVE, categoryCode: 'violence' });
      const res = await post('/api/incidents/intake', body);
      expect(res.status).toBe(201);
      const { contact, incident } = res.body;
      expect(contact.reference).toMatch(/^CON-\d{4}-\d{6}$/);
      expect(incident).toMatchObject({
        reference: expect.stringMatching(/^INC-\d{4}-\d{6}$/),
        source: 'contact',
        contact: { id: contact.id, reference: contact.reference, callerName: 'Jane Okafor' },
        categoryCode: 'violence',
        grade: 'immediate',
        gradeName: 'Immediate',
        originalGrade: 'immediate',
        targetSeconds: 720,
        receivedAt: new Date(body.contact.receivedAt).toISOString(),
        targetAt: new Date(new Date(body.contact.receivedAt).getTime() + 720_000).toISOString(),
        status: 'awaiting_dispatch',
        location: { address: '12 High Street, EC2M 4NP', postcode: 'EC2M 4NP', latitude: 51.51773, longitude: -0.07996, directions: 'Side door' },
        narrative: body.contact.narrative,
        attendance: { attended: null, status: null },
        assignments: [],
        createdBy: 'demo.callhandler',
        version: 1,
      });
      expect(incident.timeline).toEqual([expect.objectContaining({ type: 'created', toStatus: 'awaiting_dispatch', by: 'demo.callhandler' })]);
      // The answer is built without reading the incident back: it must be what a read gives.
      expect((await get(`/api/incidents/${incident.id}`)).body).toEqual(incident);
      const audit = await t.deps.db.selectFrom('audit_event').select(['details']).where('action', '=', 'incident.created').where('entity_id', '=', incident.id).executeTakeFirstOrThrow();
      expect(audit.details).toEqual({ contactId: contact.id, grade: 'immediate', categoryCode: 'violence' });
    });

    it('should create one contact and one incident when an intake is retried with the same Idempotency-Key', async () => {
      const body = intakeBody({ narrative: 'Intake retried after a network failure' });
      const headers = { 'idempotency-key': 'intake-9c1e' };
      const first = await post('/api/incidents/intake', body, handler, headers);
      const retry = await post('/api/incidents/intake', body, handler, headers);
      expect(first.status).toBe(201);
      expect(retry.status).toBe(201);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(retry.body.incident.id).toBe(first.body.incident.id);
      const incidents = await t.deps.db.selectFrom('incident').select('id').where('narrative', '=', 'Intake retried after a network failure').execute();
      expect(incidents).toHaveLength(1);
      const contacts = await t.deps.db.selectFrom('contact').select('id').where('narrative', '=', 'Intake retried after a network failure').execute();
      expect(contacts).toHaveLength(1);
    });

    it('should refuse a bad contact with its code and write nothing', async () => {
      const res = await post('/api/incidents/intake', intakeBody({ categoryCode: 'alien-abduction', narrative: 'Never recorded' }));
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'UNKNOWN_CATEGORY', message: 'body/categoryCode is not an incident category in use (alien-abduction)' });
      const unknownGrade = await post('/api/incidents/intake', intakeBody({ grade: 'whenever', narrative: 'Never recorded' }));
      expect(unknownGrade.body.code).toBe('UNKNOWN_GRADE');
      const rows = await t.deps.db.selectFrom('contact').select('id').where('narrative', '=', 'Never recorded').execute();
      expect(rows).toHaveLength(0);
      const extra = await post('/api/incidents/intake', { ...intakeBody(), grade: 'immediate' });
      expect(extra.status).toBe(400);
      expect(extra.body.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('POST /api/incidents', () => {
    it('should create the incident of a recorded contact once; a second answers 409 INCIDENT_EXISTS with the first', async () => {
      const contact = await t.request('POST', '/api/contact/contacts', { cookie: handler, body: callBody({ narrative: 'Shed broken into overnight' }) });
      expect(contact.status).toBe(201);
      const first = await post('/api/incidents', { contactId: contact.body.id });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ contact: { id: contact.body.id, reference: contact.body.reference }, grade: 'routine', originalGrade: 'routine', targetSeconds: 172_800, categoryCode: 'theft', narrative: 'Shed broken into overnight' });
      const second = await post('/api/incidents', { contactId: contact.body.id });
      expect(second.status).toBe(409);
      expect(second.body).toMatchObject({ code: 'INCIDENT_EXISTS', message: `Contact ${contact.body.reference} already has an incident (${first.body.reference})`, details: { current: { id: first.body.id, reference: first.body.reference } } });
    });

    it('should make one incident when two requests for the same contact arrive at once', async () => {
      const contact = await t.request('POST', '/api/contact/contacts', { cookie: handler, body: callBody({ narrative: 'Two handlers press create together' }) });
      const answers = await Promise.all([post('/api/incidents', { contactId: contact.body.id }), post('/api/incidents', { contactId: contact.body.id }, dispatcher)]);
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
      expect(answers.find((a) => a.status === 409)!.body.code).toBe('INCIDENT_EXISTS');
      const rows = await t.deps.db.selectFrom('incident').select('id').where('contact_id', '=', contact.body.id).execute();
      expect(rows).toHaveLength(1);
    });

    it('should answer 404 for a contact that does not exist and 400 for a malformed id', async () => {
      const missing = await post('/api/incidents', { contactId: '00000000-0000-4000-8000-000000000000' });
      expect(missing.status).toBe(404);
      expect(missing.body).toMatchObject({ code: 'NOT_FOUND', message: 'The contact was not found' });
      expect((await post('/api/incidents', { contactId: 'nope' })).status).toBe(400);
    });
  });

  describe('reading incidents', () => {
    it('should show an incident to the control room (audited) and answer 404 to an officer not assigned to it', async () => {
      const incident = await createTestIncident(t, handler);
      const read = await get(`/api/incidents/${incident.id}`, dispatcher);
      expect(read.status).toBe(200);
      expect(read.body.reference).toBe(incident.reference);
      const audit = await t.deps.db.selectFrom('audit_event').select(['actor_username']).where('action', '=', 'incident.read').where('entity_id', '=', incident.id).executeTakeFirstOrThrow();
      expect(audit.actor_username).toBe('demo.dispatcher');
      const hidden = await get(`/api/incidents/${incident.id}`, response);
      expect(hidden.status).toBe(404);
      expect(hidden.body).toMatchObject({ code: 'NOT_FOUND', message: 'The incident was not found' });
      expect((await get('/api/incidents/00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect((await get(`/api/incidents/${incident.id}`, analyst)).status).toBe(403);
    });

    it('should show an officer the incidents they are or were assigned to, with officers by name', async () => {
      const incident = await createTestIncident(t, handler);
      await assignDirectly(t, incident.id, officerId);
      const read = await get(`/api/incidents/${incident.id}`, response);
      expect(read.status).toBe(200);
      expect(read.body.status).toBe('dispatched');
      expect(read.body.assignments).toEqual([expect.objectContaining({ staffId: officerId, status: 'assigned', name: expect.any(String), collarNumber: expect.any(String) })]);
      const staff = await t.deps.db.selectFrom('staff').select(['first_name', 'last_name', 'collar_number']).where('id', '=', officerId).executeTakeFirstOrThrow();
      expect(read.body.assignments[0]).toMatchObject({ name: `${staff.first_name} ${staff.last_name}`, collarNumber: staff.collar_number });
      const mine = await get('/api/incidents?status=open', response);
      expect(mine.status).toBe(200);
      expect(mine.body.items.map((i: { id: string }) => i.id)).toEqual([incident.id]);
    });

    it('should list incidents newest first, filtered by status and received time', async () => {
      const older = await createTestIncident(t, handler, { receivedAt: new Date(Date.now() - 3 * 3_600_000).toISOString(), answeredAt: undefined });
      const newer = await createTestIncident(t, handler, { receivedAt: new Date(Date.now() - 2 * 3_600_000).toISOString(), answeredAt: undefined });
      const from = new Date(Date.now() - 3.5 * 3_600_000).toISOString();
      const to = new Date(Date.now() - 1.5 * 3_600_000).toISOString();
      const page = await get(`/api/incidents?status=open&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
      expect(page.status).toBe(200);
      expect(page.body.items.map((i: { id: string }) => i.id)).toEqual([newer.id, older.id]);
      expect(page.body).toMatchObject({ total: 2, limit: 50, offset: 0 });
      expect(page.body.items[0]).toMatchObject({ reference: newer.reference, grade: 'routine', gradeName: 'Routine', categoryName: 'Theft', status: 'awaiting_dispatch', locationText: '12 High Street, EC2M 4NP' });
      const closed = await get(`/api/incidents?status=closed&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
      expect(closed.body.total).toBe(0);
      expect((await get('/api/incidents?status=sideways')).status).toBe(400);
      const backwards = await get(`/api/incidents?from=${encodeURIComponent(to)}&to=${encodeURIComponent(from)}`);
      expect(backwards.status).toBe(400);
      expect(backwards.body).toMatchObject({ code: 'VALIDATION_FAILED', message: 'querystring/to is before querystring/from' });
      const audits = await t.deps.db.selectFrom('audit_event').select(['details', 'actor_username']).where('action', '=', 'incident.listed').orderBy('seq', 'desc').limit(2).execute();
      expect(audits.map((a) => a.details)).toEqual([
        { status: 'closed', from, to, returned: [] },
        { status: 'open', from, to, returned: [newer.id, older.id] },
      ]);
    });

    it('should give the codes in use', async () => {
      const res = await get('/api/incidents/codes', response);
      expect(res.status).toBe(200);
      expect(res.body.nonAttendanceReasons[0]).toEqual({ code: 'action-fraud', name: 'Referred to Action Fraud' });
      expect(res.body.closingCodes.map((c: { code: string }) => c.code)).toContain('no-crime');
    });
  });

  describe('GET /api/incidents/board', () => {
    it('should list open incidents by grade then target, with officers, counts and the server time; 403 for an officer', async () => {
      const routine = await createTestIncident(t, handler, { narrative: 'Board routine' });
      const immediate = await createImmediateIncident(t, handler, { narrative: 'Board immediate' });
      await assignDirectly(t, immediate.id, otherOfficerId, 'en_route');
      const res = await get('/api/incidents/board', dispatcher);
      expect(res.status).toBe(200);
      const ids = res.body.incidents.map((i: { id: string }) => i.id);
      expect(ids.indexOf(immediate.id)).toBeLessThan(ids.indexOf(routine.id));
      const sortOrders = res.body.incidents.map((i: { gradeSortOrder: number }) => i.gradeSortOrder);
      expect(sortOrders).toEqual([...sortOrders].sort((a, b) => a - b));
      const row = res.body.incidents.find((i: { id: string }) => i.id === immediate.id);
      expect(row).toMatchObject({ reference: immediate.reference, grade: 'immediate', gradeName: 'Immediate', categoryName: 'Violence or assault', status: 'en_route', targetAt: immediate.targetAt, latitude: 51.51773, locationText: '12 High Street, EC2M 4NP' });
      expect(row.officers).toEqual([expect.objectContaining({ staffId: otherOfficerId, status: 'en_route', name: expect.any(String) })]);
      expect(Date.parse(res.body.now)).toBeGreaterThan(Date.now() - 60_000);
      const open = await t.deps.db.selectFrom('incident').select(['status']).where('status', '<>', 'closed').execute();
      expect(res.body.incidents).toHaveLength(open.length);
      expect(res.body.counts.en_route).toBe(open.filter((i) => i.status === 'en_route').length);
      expect((await get('/api/incidents/board', response)).status).toBe(403);
    });
  });

  describe('re-grading', () => {
    it('should re-grade with a reason, recompute the target, keep the first grade, and record it in the timeline', async () => {
      const incident = await createTestIncident(t, handler);
      const res = await post(`/api/incidents/${incident.id}/grade`, { version: incident.version, grade: 'scheduled', reason: 'Caller now says the thief is still nearby' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ grade: 'scheduled', originalGrade: 'routine', targetSeconds: 3600, targetAt: new Date(Date.parse(incident.receivedAt) + 3_600_000).toISOString(), version: incident.version + 1 });
      expect(res.body.timeline.at(-1)).toMatchObject({ type: 'regraded', by: 'demo.callhandler', details: { from: 'routine', to: 'scheduled', reason: 'Caller now says the thief is still nearby', targetSeconds: 3600 } });
    });

    it('should refuse an unknown grade, the same grade, and a stale version with the current incident', async () => {
      const incident = await createTestIncident(t, handler);
      const unknown = await post(`/api/incidents/${incident.id}/grade`, { version: incident.version, grade: 'whenever', reason: 'Testing' });
      expect(unknown.status).toBe(400);
      expect(unknown.body).toMatchObject({ code: 'UNKNOWN_GRADE', message: 'body/grade is not a response grade (whenever)' });
      const same = await post(`/api/incidents/${incident.id}/grade`, { version: incident.version, grade: 'routine', reason: 'Testing' });
      expect(same.body).toMatchObject({ code: 'VALIDATION_FAILED', message: "body/grade is already the incident's grade (Routine)" });
      await post(`/api/incidents/${incident.id}/grade`, { version: incident.version, grade: 'scheduled', reason: 'First change' });
      const stale = await post(`/api/incidents/${incident.id}/grade`, { version: incident.version, grade: 'immediate', reason: 'Second change' });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', details: { current: { id: incident.id, grade: 'scheduled', version: incident.version + 1 } } });
      expect((await post(`/api/incidents/${incident.id}/grade`, { version: 2, grade: 'immediate', reason: 'x' })).status).toBe(400);
      expect((await post(`/api/incidents/${incident.id}/grade`, { version: 2, grade: 'immediate', reason: 'Officer' }, response)).status).toBe(403);
    });
  });

  describe('attendance', () => {
    it('should need a reason code, a known one, and refuse not attending after an arrival', async () => {
      const incident = await createTestIncident(t, handler);
      const noReason = await post(`/api/incidents/${incident.id}/attendance`, { version: incident.version, attended: false });
      expect(noReason.status).toBe(400);
      expect(noReason.body).toMatchObject({ code: 'REASON_REQUIRED', message: 'body/reasonCode is required when the incident is not attended' });
      const mixed = await post(`/api/incidents/${incident.id}/attendance`, { version: incident.version, attended: true, reasonCode: 'duplicate' });
      expect(mixed.body).toMatchObject({ code: 'VALIDATION_FAILED', message: 'body/reasonCode goes only with attended: false' });
      const unknown = await post(`/api/incidents/${incident.id}/attendance`, { version: incident.version, attended: false, reasonCode: 'too-busy' });
      expect(unknown.body).toMatchObject({ code: 'UNKNOWN_NON_ATTENDANCE_REASON', message: 'body/reasonCode is not a non-attendance reason in use (too-busy)' });
      await assignDirectly(t, incident.id, officerId, 'on_scene');
      const current = (await get(`/api/incidents/${incident.id}`)).body;
      expect(current.attendance.attended).toBe(true);
      const late = await post(`/api/incidents/${incident.id}/attendance`, { version: current.version, attended: false, reasonCode: 'victim-declined' });
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('ALREADY_ATTENDED');
    });

    it('should count an arrival as attended even after non-attendance was recorded, and answer 404 for an unknown incident', async () => {
      const incident = await createTestIncident(t, handler);
      await assignDirectly(t, incident.id, officerId, 'en_route');
      const dispatched = (await get(`/api/incidents/${incident.id}`)).body;
      const recorded = await post(`/api/incidents/${incident.id}/attendance`, { version: dispatched.version, attended: false, reasonCode: 'victim-declined' });
      expect(recorded.body.attendance).toMatchObject({ attended: false, status: 'pending_approval' });
      await assignDirectly(t, incident.id, officerId, 'on_scene');
      const arrived = (await get(`/api/incidents/${incident.id}`)).body;
      expect(arrived.attendance).toMatchObject({ attended: true, reasonCode: null, status: null });
      expect(arrived.timeline.at(-1)).toMatchObject({ type: 'attendance', details: { attended: true, replacedNonAttendance: 'victim-declined' } });
      const missing = await post('/api/incidents/00000000-0000-4000-8000-000000000000/attendance', { version: 1, attended: true });
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe('NOT_FOUND');
    });

    it('should hold a handler’s non-attendance for approval under the attend-everything policy; the supervisor approves and it closes', async () => {
      await setAttendEverything(true);
      const incident = await createTestIncident(t, handler);
      const res = await post(`/api/incidents/${incident.id}/attendance`, { version: incident.version, attended: false, reasonCode: 'action-fraud', note: 'Online fraud, no suspect local' });
      expect(res.status).toBe(200);
      expect(res.body.attendance).toMatchObject({ attended: false, reasonCode: 'action-fraud', reasonName: 'Referred to Action Fraud', note: 'Online fraud, no suspect local', status: 'pending_approval', decidedBy: null });
      const early = await post(`/api/incidents/${incident.id}/close`, { version: res.body.version, closingCode: 'referred' });
      expect(early.status).toBe(409);
      expect(early.body).toMatchObject({ code: 'NON_ATTENDANCE_NOT_APPROVED', message: `Incident ${incident.reference} cannot be closed until a supervisor approves not attending it` });
      expect((await post(`/api/incidents/${incident.id}/non-attendance/decision`, { version: res.body.version, approve: true }, handler)).status).toBe(403);
      const approved = await post(`/api/incidents/${incident.id}/non-attendance/decision`, { version: res.body.version, approve: true, note: 'Agreed' }, supervisor);
      expect(approved.status).toBe(200);
      expect(approved.body.attendance).toMatchObject({ attended: false, status: 'approved', decidedBy: expect.any(String), decidedAt: expect.any(String) });
      expect(approved.body.timeline.at(-1)).toMatchObject({ type: 'non_attendance_approved', by: 'demo.supervisor' });
      const again = await post(`/api/incidents/${incident.id}/non-attendance/decision`, { version: approved.body.version, approve: true }, supervisor);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('NO_PENDING_NON_ATTENDANCE');
      const closed = await post(`/api/incidents/${incident.id}/close`, { version: approved.body.version, closingCode: 'referred' });
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({ status: 'closed', closing: { code: 'referred', name: 'Referred to another agency', note: null } });
    });

    it('should clear a refused non-attendance; a supervisor’s own is approved at once; without the policy a handler’s stands', async () => {
      await setAttendEverything(true);
      const incident = await createTestIncident(t, handler);
      const pending = await post(`/api/incidents/${incident.id}/attendance`, { version: incident.version, attended: false, reasonCode: 'victim-declined' });
      const refused = await post(`/api/incidents/${incident.id}/non-attendance/decision`, { version: pending.body.version, approve: false, note: 'Vulnerable caller: attend' }, supervisor);
      expect(refused.status).toBe(200);
      expect(refused.body.attendance).toMatchObject({ attended: null, reasonCode: null, status: null });
      expect(refused.body.timeline.at(-1)).toMatchObject({ type: 'non_attendance_refused', details: { reasonCode: 'victim-declined', note: 'Vulnerable caller: attend' } });

      const bySupervisor = await post(`/api/incidents/${incident.id}/attendance`, { version: refused.body.version, attended: false, reasonCode: 'resolved-by-phone' }, supervisor);
      expect(bySupervisor.body.attendance).toMatchObject({ attended: false, status: 'approved', decidedBy: expect.any(String) });

      await setAttendEverything(false);
      const other = await createTestIncident(t, handler);
      const stands = await post(`/api/incidents/${other.id}/attendance`, { version: other.version, attended: false, reasonCode: 'outside-force-area' });
      expect(stands.body.attendance).toMatchObject({ attended: false, status: 'approved', decidedBy: null });
      await setAttendEverything(true);
    });
  });

  describe('closing', () => {
    it('should refuse an unknown code, an incident not cleared, and a second close', async () => {
      const incident = await createTestIncident(t, handler);
      const unknown = await post(`/api/incidents/${incident.id}/close`, { version: incident.version, closingCode: 'sorted' });
      expect(unknown.status).toBe(400);
      expect(unknown.body).toMatchObject({ code: 'UNKNOWN_CLOSING_CODE', message: 'body/closingCode is not a closing code in use (sorted)' });
      const notAttended = await post(`/api/incidents/${incident.id}/close`, { version: incident.version, closingCode: 'no-crime' });
      expect(notAttended.status).toBe(409);
      expect(notAttended.body).toMatchObject({ code: 'INCIDENT_NOT_CLEARED', message: `Incident ${incident.reference} cannot be closed yet: it has not been attended: dispatch an officer, or record why it will not be attended` });
      await assignDirectly(t, incident.id, officerId, 'on_scene');
      const onScene = (await get(`/api/incidents/${incident.id}`)).body;
      const busy = await post(`/api/incidents/${incident.id}/close`, { version: onScene.version, closingCode: 'no-crime' });
      expect(busy.body).toMatchObject({ code: 'INCIDENT_NOT_CLEARED', message: `Incident ${incident.reference} cannot be closed yet: officers are still on it: every officer must clear first` });
      await assignDirectly(t, incident.id, officerId, 'cleared');
      const cleared = (await get(`/api/incidents/${incident.id}`)).body;
      const closed = await post(`/api/incidents/${incident.id}/close`, { version: cleared.version, closingCode: 'no-crime', note: 'Words of advice' });
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({ status: 'closed', closedAt: expect.any(String), closing: { code: 'no-crime', note: 'Words of advice' } });
      const twice = await post(`/api/incidents/${incident.id}/close`, { version: closed.body.version, closingCode: 'no-crime' });
      expect(twice.status).toBe(409);
      expect(twice.body.code).toBe('INCIDENT_CLOSED');
      const regrade = await post(`/api/incidents/${incident.id}/grade`, { version: closed.body.version, grade: 'immediate', reason: 'Too late' });
      expect(regrade.body.code).toBe('INCIDENT_CLOSED');
      const board = await get('/api/incidents/board');
      expect(board.body.incidents.map((i: { id: string }) => i.id)).not.toContain(incident.id);
    });
  });

  describe('timeline', () => {
    it('should record every stage in order, attributed, from creation to closing', async () => {
      const incident = await createTestIncident(t, handler);
      const t0 = Date.now();
      await assignDirectly(t, incident.id, officerId, 'assigned', new Date(t0 - 4000));
      await assignDirectly(t, incident.id, officerId, 'en_route', new Date(t0 - 3000));
      await assignDirectly(t, incident.id, officerId, 'on_scene', new Date(t0 - 2000));
      await assignDirectly(t, incident.id, officerId, 'cleared', new Date(t0 - 1000));
      const cleared = (await get(`/api/incidents/${incident.id}`)).body;
      expect(cleared).toMatchObject({
        status: 'cleared',
        firstDispatchedAt: new Date(t0 - 4000).toISOString(),
        firstEnRouteAt: new Date(t0 - 3000).toISOString(),
        firstArrivedAt: new Date(t0 - 2000).toISOString(),
        clearedAt: new Date(t0 - 1000).toISOString(),
        withinTarget: true,
        attendance: { attended: true },
      });
      await post(`/api/incidents/${incident.id}/close`, { version: cleared.version, closingCode: 'advice-given' });
      const final = (await get(`/api/incidents/${incident.id}`)).body;
      expect(final.timeline.map((e: { type: string; toStatus: string | null }) => `${e.type}:${e.toStatus ?? ''}`)).toEqual([
        'created:awaiting_dispatch',
        'status:dispatched',
        'status:en_route',
        'status:on_scene',
        'status:cleared',
        'closed:closed',
      ]);
      expect(final.timeline.at(-1)).toMatchObject({ fromStatus: 'cleared', by: 'demo.callhandler', details: { closingCode: 'advice-given' } });
      const seqs = final.timeline.map((e: { seq: number }) => e.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    });
  });

  describe('crime hand-over', () => {
    it('should hand everything known to the crime module once, and show it again on request', async () => {
      const incident = await createTestIncident(t, handler, { narrative: 'Handbag snatched at the bus stop' });
      await assignDirectly(t, incident.id, officerId, 'on_scene');
      const current = (await get(`/api/incidents/${incident.id}`)).body;
      const res = await post(`/api/incidents/${incident.id}/crime-request`, { version: current.version });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        incidentId: incident.id,
        incidentReference: incident.reference,
        contactReference: incident.contact!.reference,
        caller: { givenNames: 'Jane', familyName: 'Okafor', phone: '+447700900123', dateOfBirth: '1984-03-12', personId: null },
        categoryCode: 'theft',
        categoryName: 'Theft',
        narrative: 'Handbag snatched at the bus stop',
        receivedAt: incident.receivedAt,
        firstArrivedAt: expect.any(String),
        attendingOfficers: [expect.objectContaining({ staffId: officerId, arrivedAt: expect.any(String) })],
        attendance: { attended: true },
        requestedAt: expect.any(String),
        crimeId: null,
      });
      const again = await post(`/api/incidents/${incident.id}/crime-request`, { version: current.version + 1 });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('CRIME_ALREADY_REQUESTED');
      const shown = await get(`/api/incidents/${incident.id}/crime-handover`);
      expect(shown.status).toBe(200);
      expect(shown.body.requestedAt).toBe(res.body.requestedAt);
      expect((await get(`/api/incidents/${incident.id}`)).body.timeline.at(-1)).toMatchObject({ type: 'crime_requested', by: 'demo.callhandler' });
      expect((await get(`/api/incidents/${incident.id}/crime-handover`, response)).status).toBe(403);
    });
  });
});
