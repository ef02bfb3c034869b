import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/test-app';
import { systemContext } from '../../../core/context';
import { formatLocalDate, formatLocalTime, londonClock } from '../rosters/local-time';
import { commitOfficer, releaseOfficer, availabilityFor } from '../index';
import { effectiveStatus } from './effective-status';

const INCIDENT = '0f2b3a4c-5d6e-4f70-8a91-b2c3d4e5f607';
const OTHER_INCIDENT = '1f2b3a4c-5d6e-4f70-8a91-b2c3d4e5f607';
// Guildhall, in the City.
const GUILDHALL = { latitude: 51.5155, longitude: -0.0918 };

describe('effective status (pure)', () => {
  const duty = { startsAt: 10_000_000, endsAt: 20_000_000 };
  const row = (over: Partial<Parameters<typeof effectiveStatus>[1] & object>) => ({
    staffId: 's', status: 'off_duty' as const, statusAt: 0, bookedOnAt: null, bookedOffAt: null, incidentId: null, latitude: null, longitude: null, positionAt: null, version: 1, ...over,
  });
  it('should follow the roster when the officer has done nothing', () => {
    expect(effectiveStatus(duty, undefined, 15_000_000)).toEqual({ status: 'available', onDuty: true, rostered: true, bookedOn: false });
    expect(effectiveStatus(null, undefined, 15_000_000)).toEqual({ status: 'off_duty', onDuty: false, rostered: false, bookedOn: false });
  });
  it('should keep a status set during this duty, forget one from an earlier duty, and honour booking off early', () => {
    expect(effectiveStatus(duty, row({ status: 'refreshment', statusAt: 12_000_000 }), 15_000_000).status).toBe('refreshment');
    expect(effectiveStatus(duty, row({ status: 'refreshment', statusAt: 1_000 }), 15_000_000).status).toBe('available');
    expect(effectiveStatus(duty, row({ status: 'off_duty', statusAt: 15_000_000, bookedOffAt: 15_000_000 }), 16_000_000).onDuty).toBe(false);
  });
  it('should put committed first, and count someone booked on off the roster', () => {
    expect(effectiveStatus(null, row({ status: 'committed', incidentId: INCIDENT }), 15_000_000).status).toBe('committed');
    expect(effectiveStatus(null, row({ status: 'available', bookedOnAt: 5 }), 15_000_000)).toEqual({ status: 'available', onDuty: true, rostered: false, bookedOn: true });
  });
  it('should let a booking-on lapse after 16 hours, so a forgotten book-off does not keep an officer on', () => {
    const sixteenHours = 16 * 3_600_000;
    expect(effectiveStatus(null, row({ status: 'available', bookedOnAt: 5 }), 5 + sixteenHours - 1).onDuty).toBe(true);
    expect(effectiveStatus(null, row({ status: 'available', bookedOnAt: 5 }), 5 + sixteenHours)).toEqual({ status: 'off_duty', onDuty: false, rostered: false, bookedOn: false });
  });
});

describe('availability routes', () => {
  let t: TestApp;
  let supervisor: string;
  let senior: string;
  let dispatcher: string;
  let officer: string;
  let officerId: string;
  let colleagueId: string;

  const me = async () => (await t.request('GET', '/api/workforce/availability/me', { cookie: officer })).body;
  const available = async (query: string) => t.request('GET', `/api/workforce/availability/available?${query}`, { cookie: dispatcher });
  const ids = (res: { body: { items: { staffId: string }[] } }) => res.body.items.map((i) => i.staffId);

  beforeAll(async () => {
    t = await startTestApp();
    supervisor = await t.signIn('demo.supervisor');
    senior = await t.signIn('demo.senior');
    dispatcher = await t.signIn('demo.dispatcher');
    officer = await t.signIn('demo.response');
    officerId = (await t.request('GET', '/api/auth/me', { cookie: officer })).body.user.staffId;
    const colleague = await t.deps.db.selectFrom('staff').select('id').where('role_title', '=', 'Investigator').orderBy('collar_number').executeTakeFirstOrThrow();
    colleagueId = colleague.id;

    // A shift that started an hour ago, on four days out of six (two rest days: weekly rest holds),
    // joined two days ago, so the test knows who the roster has on duty now and yesterday.
    const now = Date.now();
    const start = (londonClock.minuteOf(now) - 60 + 1440) % 1440;
    const type = await t.request('POST', '/api/workforce/shift-types', { cookie: supervisor, body: { code: 'NOWSHIFT', name: 'Test shift', kind: 'day', startTime: formatLocalTime(start), endTime: formatLocalTime((start + 8 * 60) % 1440) } });
    const pattern = await t.request('POST', '/api/workforce/shift-patterns', { cookie: supervisor, body: { code: 'NOWDAILY', name: 'Test four on two off', days: ['NOWSHIFT', 'NOWSHIFT', 'NOWSHIFT', 'NOWSHIFT', 'REST', 'REST'] } });
    expect([type.status, pattern.status]).toEqual([201, 201]);
    const today = londonClock.dayOf(now);
    for (const staffId of [officerId, colleagueId]) {
      const a = await t.request('POST', '/api/workforce/roster-assignments', { cookie: supervisor, body: { staffId, patternId: pattern.body.id, startsOn: formatLocalDate(today - 2) } });
      expect(a.status).toBe(201);
      // The demo may have booked leave on these days: clear it, so the pattern decides.
      for (const day of [today - 1, today]) {
        const r = await t.request('GET', `/api/workforce/staff/${staffId}/roster?from=${formatLocalDate(day)}&to=${formatLocalDate(day)}`, { cookie: supervisor });
        const v = r.body.days[0].version;
        if (v > 0) await t.request('DELETE', `/api/workforce/staff/${staffId}/roster/${formatLocalDate(day)}`, { cookie: senior, body: { version: v, reason: 'Test set-up', override: { reason: 'Test set-up' } } });
      }
    }
    await t.request('PUT', `/api/workforce/staff/${colleagueId}/skills/taser`, { cookie: supervisor, body: { obtainedOn: formatLocalDate(today - 30) } });
  });
  afterAll(async () => t?.stop());

  it('should have the officer on duty and available from the roster alone', async () => {
    const state = await me();
    expect(state).toMatchObject({ staffId: officerId, onDuty: true, rostered: true, bookedOn: false, status: 'available', incidentId: null });
    expect(state.position.source).toBe('station');
    const res = await available(`latitude=${GUILDHALL.latitude}&longitude=${GUILDHALL.longitude}&limit=100`);
    expect(res.status).toBe(200);
    expect(ids(res)).toEqual(expect.arrayContaining([officerId, colleagueId]));
    const distances = res.body.items.map((i: { distanceMetres: number }) => i.distanceMetres);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('should put the officer first once their device reports a position next to the point asked about', async () => {
    const moved = await t.request('PUT', '/api/workforce/availability/me/position', { cookie: officer, body: { latitude: 51.5156, longitude: -0.0919 } });
    expect(moved.status).toBe(200);
    expect(moved.body.position).toMatchObject({ latitude: 51.5156, source: 'device' });
    const res = await available(`latitude=${GUILDHALL.latitude}&longitude=${GUILDHALL.longitude}`);
    expect(res.body.items[0]).toMatchObject({ staffId: officerId, status: 'available' });
    expect(res.body.items[0].distanceMetres).toBeLessThan(20);
    // Out-of-order fixes from the device do not move the officer back.
    await t.request('PUT', '/api/workforce/availability/me/position', { cookie: officer, body: { latitude: 51.52, longitude: -0.1, recordedAt: new Date(Date.now() - 600_000).toISOString() } });
    expect((await me()).position.latitude).toBe(51.5156);
  });

  it('should filter by skill, find the point from a postcode, and refuse bad input', async () => {
    const taser = await available('postcode=ec2v7hh&skill=taser&limit=100');
    expect(taser.status).toBe(200);
    expect(taser.body.near.postcode).toBe('EC2V 7HH');
    expect(ids(taser)).toContain(colleagueId);
    for (const item of taser.body.items) expect(item.skills).toContain('taser');
    expect((await available('postcode=ec2v7hh&skill=juggling')).body.code).toBe('UNKNOWN_SKILL');
    expect((await available('skill=taser')).body.message).toBe('querystring/latitude and longitude (or a postcode) are required');
    expect((await available('postcode=HELLO')).status).toBe(400);
    expect((await t.request('GET', '/api/workforce/availability/available?latitude=51.5&longitude=-0.09', { cookie: officer })).status).toBe(403);
    expect((await t.request('GET', '/api/workforce/availability/available?latitude=51.5&longitude=-0.09')).status).toBe(401);
  });

  it('should take the officer out of the available list on refreshment and on commitment, with live events, and put them back', async () => {
    const seen: { type: string; entityId?: string; data?: Record<string, unknown> }[] = [];
    const unsubscribe = t.deps.events.subscribe((e) => seen.push(e));
    try {
      const state = await me();
      const stale = await t.request('PUT', '/api/workforce/availability/me/status', { cookie: officer, body: { status: 'refreshment', version: state.version + 5 } });
      expect([stale.status, stale.body.code, stale.body.details.current.status]).toEqual([409, 'VERSION_CONFLICT', 'available']);
      const rest = await t.request('PUT', '/api/workforce/availability/me/status', { cookie: officer, body: { status: 'refreshment', version: state.version } });
      expect(rest.body).toMatchObject({ status: 'refreshment', onDuty: true });
      expect(ids(await available(`latitude=${GUILDHALL.latitude}&longitude=${GUILDHALL.longitude}&limit=100`))).not.toContain(officerId);
      const back = await t.request('PUT', '/api/workforce/availability/me/status', { cookie: officer, body: { status: 'available', version: rest.body.version } });
      expect(back.body.status).toBe('available');

      // Command and control's hand-over: commit inside its own transaction.
      const committed = await t.deps.db.transaction().execute((tx) => commitOfficer(t.deps, tx, systemContext('test'), { staffId: officerId, incidentId: INCIDENT }));
      expect(committed).toMatchObject({ status: 'committed', incidentId: INCIDENT });
      expect(ids(await available(`latitude=${GUILDHALL.latitude}&longitude=${GUILDHALL.longitude}&limit=100`))).not.toContain(officerId);
      await expect(t.deps.db.transaction().execute((tx) => commitOfficer(t.deps, tx, systemContext('test'), { staffId: officerId, incidentId: OTHER_INCIDENT }))).rejects.toMatchObject({
        code: 'OFFICER_ALREADY_COMMITTED',
        statusCode: 409,
      });
      const ownChange = await t.request('PUT', '/api/workforce/availability/me/status', { cookie: officer, body: { status: 'available', version: committed.version } });
      expect([ownChange.status, ownChange.body.code]).toEqual([409, 'OFFICER_ALREADY_COMMITTED']);
      const bookOff = await t.request('POST', '/api/workforce/availability/me/book-off', { cookie: officer, body: { version: committed.version } });
      expect(bookOff.body.code).toBe('OFFICER_ALREADY_COMMITTED');
      await expect(t.deps.db.transaction().execute((tx) => releaseOfficer(t.deps, tx, systemContext('test'), { staffId: officerId, incidentId: OTHER_INCIDENT }))).rejects.toMatchObject({ code: 'OFFICER_NOT_COMMITTED' });
      const released = await t.deps.db.transaction().execute((tx) => releaseOfficer(t.deps, tx, systemContext('test'), { staffId: officerId, incidentId: INCIDENT }));
      expect(released).toMatchObject({ status: 'available', incidentId: null });
      expect(ids(await available(`latitude=${GUILDHALL.latitude}&longitude=${GUILDHALL.longitude}&limit=100`))).toContain(officerId);

      await expect
        .poll(() => seen.filter((e) => e.type === 'workforce.availability_changed' && e.entityId === officerId).map((e) => e.data?.status))
        .toEqual(['refreshment', 'available', 'committed', 'available']);
      const audit = await t.deps.db.selectFrom('audit_event').select('action').where('entity_id', '=', officerId).where('action', 'like', 'availability.%').orderBy('seq').execute();
      expect(audit.map((a) => a.action)).toEqual(['availability.position_reported', 'availability.position_reported', 'availability.status_set', 'availability.status_set', 'availability.committed', 'availability.released']);
    } finally {
      unsubscribe();
    }
  });

  it('should follow a roster change at once: an officer marked sick is off duty and not offered to dispatch', async () => {
    // The shift started an hour ago today (or, just after midnight, yesterday evening).
    const dutyDate = formatLocalDate(londonClock.dayOf(Date.now() - 3_600_000));
    const sick = await t.request('PUT', `/api/workforce/staff/${colleagueId}/roster/${dutyDate}`, { cookie: supervisor, body: { kind: 'sickness', reason: 'Went home ill', version: 0 } });
    expect(sick.status).toBe(200);
    const onDuty = await t.request('GET', '/api/workforce/availability/on-duty', { cookie: dispatcher });
    expect(onDuty.body.items.map((i: { staffId: string }) => i.staffId)).not.toContain(colleagueId);
    expect(onDuty.body.items.map((i: { staffId: string }) => i.staffId)).toContain(officerId);
    expect(ids(await available('postcode=ec2v7hh&skill=taser&limit=100'))).not.toContain(colleagueId);
  });

  it('should let an officer book off early and book on again off the roster', async () => {
    let state = await me();
    const off = await t.request('POST', '/api/workforce/availability/me/book-off', { cookie: officer, body: { version: state.version } });
    expect(off.body).toMatchObject({ status: 'off_duty', onDuty: false, rostered: true });
    expect(ids(await available(`latitude=${GUILDHALL.latitude}&longitude=${GUILDHALL.longitude}&limit=100`))).not.toContain(officerId);
    const status = await t.request('PUT', '/api/workforce/availability/me/status', { cookie: officer, body: { status: 'available', version: off.body.version } });
    expect([status.status, status.body.code]).toEqual([409, 'OFFICER_NOT_ON_DUTY']);
    state = await me();
    const on = await t.request('POST', '/api/workforce/availability/me/book-on', { cookie: officer, body: { version: state.version } });
    expect(on.body).toMatchObject({ status: 'available', onDuty: true, bookedOn: true });
    // The exported query gives dispatch the same answer as the API.
    const direct = await availabilityFor(t.deps).availableNearest(t.deps.db, Date.now(), GUILDHALL, { limit: 1 });
    expect(direct[0]?.staffId).toBe(officerId);
  });

  it('should answer 404 for an account with no person on the workforce', async () => {
    const admin = await t.deps.db.selectFrom('app_user').select('id').where('username', '=', 'demo.admin').executeTakeFirstOrThrow();
    await t.deps.db.updateTable('app_user').set({ staff_id: null }).where('id', '=', admin.id).execute();
    const cookie = await t.signIn('demo.admin');
    expect((await t.request('GET', '/api/workforce/availability/me', { cookie })).status).toBe(404);
  });
});
