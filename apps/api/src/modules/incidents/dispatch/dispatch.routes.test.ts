import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/test-app';
import { openEventStream } from '../../../../test/spawn-server';
import { formatLocalDate, londonClock } from '../../workforce/rosters/local-time';
import { getIncident, insertIncident, listIncidentEvents, nextIncidentNumber, incidentReference } from '../incidents.repository';

// Near the Tower of London: every demo station (Bishopsgate, Snow Hill, Wood Street) is more than
// 800 m away, so officers whose devices report a fix next to it are the nearest.
const SCENE = { latitude: 51.5095, longitude: -0.0775 };
const north = (metres: number) => ({ latitude: SCENE.latitude + metres / 111_195, longitude: SCENE.longitude });

describe('dispatch routes', () => {
  let t: TestApp;
  let dispatcher: string;
  let supervisor: string;
  let callHandler: string;
  let officer: string;
  let colleague: string;
  let officerId: string;
  let colleagueId: string;

  /** An incident straight into the table (creating one from a contact is another part's work). */
  const newIncident = async (over: { grade?: string; categoryCode?: string; at?: { latitude: number; longitude: number } | null } = {}) =>
    t.deps.db.transaction().execute(async (tx) => {
      const reference = incidentReference(2026, await nextIncidentNumber(tx));
      const receivedAt = new Date();
      const grade = over.grade ?? 'immediate';
      const targetSeconds = grade === 'immediate' ? 720 : 3600;
      const at = over.at === undefined ? SCENE : over.at;
      const id = await insertIncident(tx, {
        reference,
        source: 'import',
        category_code: over.categoryCode ?? 'violence',
        grade,
        original_grade: grade,
        target_seconds: targetSeconds,
        received_at: receivedAt,
        target_at: new Date(receivedAt.getTime() + targetSeconds * 1000),
        status: 'awaiting_dispatch',
        location_address: '1 Tower Hill, London',
        location_postcode: 'EC3N 4EE',
        latitude: at?.latitude ?? null,
        longitude: at?.longitude ?? null,
        directions: 'By the gate',
        narrative: 'Two men fighting outside the station',
      });
      return { id, reference };
    });

  const resources = (id: string, cookie = dispatcher) => t.request('GET', `/api/incidents/${id}/resources`, { cookie });
  const assign = (id: string, staffId: string, cookie = dispatcher, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    t.request('POST', `/api/incidents/${id}/assignments`, { cookie, body: { staffId, ...extra }, headers });
  const move = (id: string, status: string, cookie = officer) => t.request('POST', `/api/incidents/${id}/assignments/mine`, { cookie, body: { status } });
  const release = (id: string, staffId: string, reason = 'Needed at a higher-grade job') => t.request('POST', `/api/incidents/${id}/assignments/${staffId}/release`, { cookie: dispatcher, body: { reason } });
  const myStatus = async (cookie: string) => (await t.request('GET', '/api/workforce/availability/me', { cookie })).body;

  beforeAll(async () => {
    t = await startTestApp();
    dispatcher = await t.signIn('demo.dispatcher');
    supervisor = await t.signIn('demo.supervisor');
    callHandler = await t.signIn('demo.callhandler');
    officer = await t.signIn('demo.response');
    colleague = await t.signIn('demo.neighbourhood');
    officerId = (await t.request('GET', '/api/auth/me', { cookie: officer })).body.user.staffId;
    colleagueId = (await t.request('GET', '/api/auth/me', { cookie: colleague })).body.user.staffId;
    const today = formatLocalDate(londonClock.dayOf(Date.now()) - 30);
    // The officer drives on blue lights; the colleague does not (the demo may have given them either).
    expect((await t.request('PUT', `/api/workforce/staff/${officerId}/skills/response_driving`, { cookie: supervisor, body: { obtainedOn: today } })).status).toBe(200);
    await t.request('DELETE', `/api/workforce/staff/${colleagueId}/skills/response_driving`, { cookie: supervisor });
    for (const [cookie, at] of [
      [officer, north(60)],
      [colleague, north(10)],
    ] as const) {
      // On duty whatever the demo roster says: booked on, with a device fix by the scene.
      const on = await t.request('POST', '/api/workforce/availability/me/book-on', { cookie, body: { version: (await myStatus(cookie)).version } });
      expect(on.body).toMatchObject({ onDuty: true, status: 'available' });
      expect((await t.request('PUT', '/api/workforce/availability/me/position', { cookie, body: at })).status).toBe(200);
    }
  });
  afterAll(async () => t?.stop());

  it('should recommend the nearest available officer holding the skill, with an ETA, and list everyone on duty', async () => {
    const incident = await newIncident();
    const res = await resources(incident.id);
    expect(res.status).toBe(200);
    expect(res.body.requiredSkills).toEqual(['response_driving']);
    // The colleague is nearer but cannot drive on blue lights.
    expect(res.body.items[0]).toMatchObject({ staffId: colleagueId, available: true, meetsSkills: false, missingSkills: ['response_driving'], positionStale: false });
    expect(res.body.recommended.staffId).toBe(officerId);
    expect(res.body.recommended.reason).toMatch(/^Nearest available officer with response driving: 60 m away, about 1 minute$/);
    const mine = res.body.items.find((i: { staffId: string }) => i.staffId === officerId);
    expect(mine).toMatchObject({ meetsSkills: true, status: 'available', distanceMetres: 60, etaSeconds: 70, assignedHere: false, incidentId: null });
    expect(mine.positionAgeSeconds).toBeLessThan(60);
    expect(res.body.items.length).toBeGreaterThan(2);
    // The control room is on duty too, but never sent.
    expect(res.body.items.filter((i: { rank: string }) => i.rank === 'Police Staff')).toEqual([]);
    const withEta = res.body.items.filter((i: { etaSeconds: number | null }) => i.etaSeconds !== null).map((i: { distanceMetres: number }) => i.distanceMetres);
    expect(withEta).toEqual([...withEta].sort((a, b) => a - b));

    const noPlace = await resources((await newIncident({ at: null })).id);
    expect(noPlace.body).toMatchObject({ recommended: null, noRecommendationReason: expect.stringMatching(/no coordinates/) });
    expect(noPlace.body.items.every((i: { etaSeconds: number | null }) => i.etaSeconds === null)).toBe(true);

    expect((await resources(incident.id, callHandler)).status).toBe(403);
    expect((await resources(incident.id, officer)).status).toBe(403);
    expect((await resources('00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('should assign several officers, send the officer a live event, and then recommend someone not committed', async () => {
    const incident = await newIncident();
    const stream = await openEventStream(`${t.baseUrl}/api/events`, officer);
    try {
      await stream.waitFor((e) => e.event === 'ready');
      expect((await assign(incident.id, officerId, callHandler)).status).toBe(403);
      expect((await assign(incident.id, officerId, officer)).status).toBe(403);
      expect((await assign(incident.id, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect((await assign('00000000-0000-4000-8000-000000000000', officerId)).status).toBe(404);

      const first = await assign(incident.id, officerId, dispatcher, { recommended: true }, { 'idempotency-key': `assign-${incident.id}` });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ incidentId: incident.id, incidentStatus: 'dispatched', incidentVersion: 2 });
      expect(first.body.assignment).toMatchObject({ staffId: officerId, status: 'assigned', recommended: true, distanceMetres: 60, etaSeconds: 70, arrivedAt: null });
      // A retry with the same key gets the same answer and commits nothing twice.
      const retry = await assign(incident.id, officerId, dispatcher, { recommended: true }, { 'idempotency-key': `assign-${incident.id}` });
      expect([retry.status, retry.headers.get('idempotent-replayed'), retry.body.assignment.id]).toEqual([201, 'true', first.body.assignment.id]);

      const live = await stream.waitFor((e) => e.event === 'incidents.assignment_changed' && e.data.data.staffId === officerId);
      expect(live.data).toMatchObject({ entityId: incident.id, data: { status: 'assigned', incidentStatus: 'dispatched', reference: incident.reference } });
      await stream.waitFor((e) => e.event === 'incidents.incident_changed' && e.data.entityId === incident.id);
    } finally {
      stream.stop();
    }

    const second = await assign(incident.id, colleagueId);
    expect(second.status).toBe(201);
    expect(second.body.incidentStatus).toBe('dispatched');

    const after = await resources(incident.id);
    const mine = after.body.items.find((i: { staffId: string }) => i.staffId === officerId);
    expect(mine).toMatchObject({ status: 'committed', available: false, assignedHere: true, incidentId: incident.id, incidentReference: incident.reference });
    expect(after.body.recommended?.staffId).not.toBe(officerId);
    expect(after.body.recommended?.staffId).not.toBe(colleagueId);

    // Already on it: the workforce module refuses to commit them twice.
    const again = await assign(incident.id, officerId);
    expect([again.status, again.body.code, again.body.details.current.incidentId]).toEqual([409, 'OFFICER_ALREADY_COMMITTED', incident.id]);

    const units = await t.request('GET', '/api/dispatch/units', { cookie: dispatcher });
    expect(units.status).toBe(200);
    expect(units.body.items.find((u: { staffId: string }) => u.staffId === officerId)).toMatchObject({ status: 'committed', incidentId: incident.id, incidentReference: incident.reference, position: { source: 'device' } });
    expect(units.body.items.filter((u: { rank: string }) => u.rank === 'Police Staff')).toEqual([]);
    expect((await t.request('GET', '/api/dispatch/units', { cookie: callHandler })).status).toBe(403);

    // Re-deployed before clearing: released with a reason, available again.
    const released = await release(incident.id, colleagueId);
    expect(released.status).toBe(200);
    expect(released.body.assignment).toMatchObject({ staffId: colleagueId, status: 'released' });
    expect((await myStatus(colleague)).status).toBe('available');
    expect((await release(incident.id, colleagueId)).status).toBe(404);
    expect((await t.request('POST', `/api/incidents/${incident.id}/assignments/${officerId}/release`, { cookie: callHandler, body: { reason: 'Not mine to do' } })).status).toBe(403);
    expect((await t.request('POST', `/api/incidents/${incident.id}/assignments/${officerId}/release`, { cookie: dispatcher, body: {} })).status).toBe(400);
    const events = await listIncidentEvents(t.deps.db, incident.id);
    expect(events.filter((e) => e.staffId === colleagueId).map((e) => [e.type, e.details.reason ?? null])).toEqual([
      ['assigned', null],
      ['released', 'Needed at a higher-grade job'],
    ]);

    // The officer's own moves, in order; arrival is the time of the update.
    const early = await move(incident.id, 'on_scene');
    expect([early.status, early.body.code, early.body.message]).toEqual([409, 'ASSIGNMENT_OUT_OF_ORDER', 'You must be en route before you are on scene']);
    expect((await move(incident.id, 'cleared')).body.message).toBe('You must be on scene before you clear');
    // The colleague is not on it any more: they cannot move anything on it.
    expect((await move(incident.id, 'en_route', colleague)).status).toBe(404);
    expect((await move(incident.id, 'en_route', dispatcher)).status).toBe(403);
    const enRoute = await move(incident.id, 'en_route');
    expect([enRoute.status, enRoute.body.incidentStatus, enRoute.body.assignment.status]).toEqual([200, 'en_route', 'en_route']);
    expect((await move(incident.id, 'en_route')).body.assignment.version).toBe(enRoute.body.assignment.version);
    const before = Date.now();
    const onScene = await move(incident.id, 'on_scene');
    expect([onScene.status, onScene.body.incidentStatus]).toEqual([200, 'on_scene']);
    const stored = (await getIncident(t.deps.db, incident.id))!;
    expect(stored.firstArrivedAt?.toISOString()).toBe(onScene.body.assignment.arrivedAt);
    expect(stored.firstArrivedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(stored.attended).toBe(true);
    expect((await move(incident.id, 'en_route')).body.message).toBe('You are already on scene');
    // On scene, they clear rather than being released.
    expect((await release(incident.id, officerId)).body.code).toBe('ASSIGNMENT_OUT_OF_ORDER');

    const mineNow = await t.request('GET', '/api/incidents/mine', { cookie: officer });
    expect(mineNow.status).toBe(200);
    expect(mineNow.body.items).toEqual([
      expect.objectContaining({
        incidentId: incident.id,
        reference: incident.reference,
        incidentStatus: 'on_scene',
        gradeName: 'Immediate',
        categoryName: 'Violence or assault',
        locationPostcode: 'EC3N 4EE',
        latitude: SCENE.latitude,
        directions: 'By the gate',
        narrative: 'Two men fighting outside the station',
        assignment: expect.objectContaining({ status: 'on_scene' }),
        otherOfficers: [],
      }),
    ]);
    expect((await t.request('GET', '/api/incidents/mine', { cookie: dispatcher })).status).toBe(403);

    const cleared = await move(incident.id, 'cleared');
    expect([cleared.status, cleared.body.incidentStatus]).toEqual([200, 'cleared']);
    expect((await myStatus(officer)).status).toBe('available');
    expect((await t.request('GET', '/api/incidents/mine', { cookie: officer })).body.items).toEqual([]);
    expect((await move(incident.id, 'cleared')).status).toBe(404);
    const timeline = (await listIncidentEvents(t.deps.db, incident.id)).map((e) => (e.type === 'status' ? `status:${e.toStatus}` : e.staffId === officerId ? `me:${e.type}` : `colleague:${e.type}`));
    expect(timeline).toEqual(['me:assigned', 'status:dispatched', 'colleague:assigned', 'colleague:released', 'me:en_route', 'status:en_route', 'me:on_scene', 'status:on_scene', 'me:cleared', 'status:cleared']);
    expect((await getIncident(t.deps.db, incident.id))!.clearedAt).not.toBeNull();

    // Closed: nothing more can be assigned.
    await t.deps.db.updateTable('incident').set({ status: 'closed', closed_at: new Date(), closing_code: 'advice-given' }).where('id', '=', incident.id).execute();
    const closed = await assign(incident.id, officerId);
    expect([closed.status, closed.body.code]).toEqual([409, 'INCIDENT_CLOSED']);
    expect((await myStatus(officer)).status).toBe('available');
  });

  it('should let one of two dispatchers racing for the same officer win, the other getting 409 with the officer as they now are', async () => {
    const a = await newIncident();
    const b = await newIncident({ grade: 'scheduled', categoryCode: 'theft' });
    const [ra, rb] = await Promise.all([assign(a.id, colleagueId, dispatcher), assign(b.id, colleagueId, supervisor)]);
    expect([ra.status, rb.status].sort()).toEqual([201, 409]);
    const [won, lost] = ra.status === 201 ? [a, b] : [b, a];
    const loser = ra.status === 201 ? rb : ra;
    expect(loser.body).toMatchObject({ code: 'OFFICER_ALREADY_COMMITTED', details: { current: { staffId: colleagueId, status: 'committed', incidentId: won.id } } });
    expect((await getIncident(t.deps.db, lost.id))!.status).toBe('awaiting_dispatch');
    const onLost = await t.deps.db.selectFrom('incident_assignment').select('id').where('incident_id', '=', lost.id).execute();
    expect(onLost).toEqual([]);

    // The colleague works it through from their phone, with the officer added on; the incident clears only when both have.
    expect((await assign(won.id, officerId)).status).toBe(201);
    const mine = await t.request('GET', '/api/incidents/mine', { cookie: colleague });
    expect(mine.body.items[0].otherOfficers).toEqual([expect.objectContaining({ staffId: officerId, status: 'assigned', collarNumber: expect.any(String) })]);
    for (const step of ['en_route', 'on_scene', 'cleared']) expect((await move(won.id, step, colleague)).status).toBe(200);
    // Someone has been on scene: the incident does not step back while the officer is still to arrive.
    expect((await getIncident(t.deps.db, won.id))!.status).toBe('on_scene');
    for (const step of ['en_route', 'on_scene']) await move(won.id, step);
    expect((await getIncident(t.deps.db, won.id))!.status).toBe('on_scene');
    const last = await move(won.id, 'cleared');
    expect(last.body.incidentStatus).toBe('cleared');
    expect([(await myStatus(officer)).status, (await myStatus(colleague)).status]).toEqual(['available', 'available']);
  });
});
