import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/test-app';

const week = (value: (hour: number) => number) => Array.from({ length: 168 }, (_, h) => value(h));
/** 200 calls an hour 08:00–20:00 every day, 40 otherwise: the worked example's 10 erlangs by day. */
const CALLS = week((h) => (h % 24 >= 8 && h % 24 < 20 ? 200 : 40));
const HANDLERS = { callsPerHour: CALLS, averageHandleSeconds: 180, targetLevel: 0.8, targetSeconds: 20, shrinkage: 0.3 };
const OFFICERS = {
  incidentsPerHour: [
    { gradeCode: 'immediate', perHour: week((h) => (h % 24 >= 18 ? 4 : 1)) },
    { gradeCode: 'scheduled', perHour: week((h) => (h % 24 >= 8 && h % 24 < 20 ? 3 : 0)) },
  ],
  commitmentMinutes: 90,
  travelMinutes: 8,
  targetLevel: 0.9,
  shrinkage: 0.35,
};

describe('staffing routes', () => {
  let t: TestApp;
  let supervisor: string;
  let analyst: string;
  let dispatcher: string;
  beforeAll(async () => {
    t = await startTestApp();
    [supervisor, analyst, dispatcher] = await Promise.all([t.signIn('demo.supervisor'), t.signIn('demo.analyst'), t.signIn('demo.dispatcher')]);
  });
  afterAll(async () => t?.stop());

  describe('POST /api/workforce/staffing/erlang-c', () => {
    const body = { calls: 100, periodMinutes: 30, handleSeconds: 180, targetLevel: 0.8, targetSeconds: 20, shrinkage: 0.3 };

    it('should fail with 401 without a session and 403 for a dispatcher', async () => {
      expect((await t.request('POST', '/api/workforce/staffing/erlang-c', { body })).status).toBe(401);
      const res = await t.request('POST', '/api/workforce/staffing/erlang-c', { cookie: dispatcher, body });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
    });

    it('should fail with 400 for a level of 80 rather than 0.8, and for an unknown field', async () => {
      const bad = await t.request('POST', '/api/workforce/staffing/erlang-c', { cookie: analyst, body: { ...body, targetLevel: 80 } });
      expect(bad.status).toBe(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
      expect(bad.body.message).toContain('targetLevel');
      const extra = await t.request('POST', '/api/workforce/staffing/erlang-c', { cookie: analyst, body: { ...body, agents: 3 } });
      expect(extra.status).toBe(400);
      expect(extra.body.message).toBe('body/agents is not an accepted field');
    });

    it('should fail with 400 for traffic no queue could be sized for (units mixed up)', async () => {
      const res = await t.request('POST', '/api/workforce/staffing/erlang-c', { cookie: analyst, body: { ...body, calls: 1_000_000, periodMinutes: 1, handleSeconds: 86_400 } });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.message).toMatch(/^trafficIntensity is 1\.44e\+9 erlangs; the calculation takes at most 1,000,000/);
    });

    it('should fail with 400 naming the field for a bound the schema cannot state (no calls, a level of 1)', async () => {
      const none = await t.request('POST', '/api/workforce/staffing/erlang-c', { cookie: analyst, body: { ...body, calls: 0 } });
      expect(none.status).toBe(400);
      expect(none.body).toMatchObject({ code: 'VALIDATION_FAILED', message: 'body/calls must be a number greater than 0, not 0' });
      expect(none.body.details.issues).toEqual([{ path: 'body/calls', message: 'body/calls must be a number greater than 0, not 0' }]);
      const certain = await t.request('POST', '/api/workforce/staffing/erlang-c', { cookie: analyst, body: { ...body, targetLevel: 1 } });
      expect(certain.status).toBe(400);
      expect(certain.body.message).toMatch(/^body\/targetLevel must be between 0 and 1 \(exclusive\)/);
    });

    it('should be in the OpenAPI document', async () => {
      const doc = (await t.request('GET', '/api/openapi.json')).body;
      expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/workforce/staffing/erlang-c', '/api/workforce/staffing/recommendation']));
    });

    it('should give the worked example: 14 handlers, 20 rostered', async () => {
      const res = await t.request('POST', '/api/workforce/staffing/erlang-c', { cookie: analyst, body });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ trafficIntensity: 10, agents: 14, agentsWithShrinkage: 20 });
      expect(res.body.serviceLevel).toBeCloseTo(0.88835, 5);
      expect(res.body.probabilityOfWaiting).toBeCloseTo(0.1741319, 7);
    });
  });

  describe('POST /api/workforce/staffing/recommendation', () => {
    it('should fail with 401, 403, and 400 for a profile that is not 168 hours long', async () => {
      expect((await t.request('POST', '/api/workforce/staffing/recommendation', { body: { callHandlers: HANDLERS } })).status).toBe(401);
      expect((await t.request('POST', '/api/workforce/staffing/recommendation', { cookie: dispatcher, body: { callHandlers: HANDLERS } })).status).toBe(403);
      const short = await t.request('POST', '/api/workforce/staffing/recommendation', { cookie: supervisor, body: { callHandlers: { ...HANDLERS, callsPerHour: CALLS.slice(0, 24) } } });
      expect(short.status).toBe(400);
      expect(short.body.message).toContain('body/callHandlers/callsPerHour');
      const negative = await t.request('POST', '/api/workforce/staffing/recommendation', { cookie: supervisor, body: { callHandlers: { ...HANDLERS, callsPerHour: week((h) => (h === 5 ? -1 : 1)) } } });
      expect(negative.status).toBe(400);
    });

    it('should fail with 400 for a level of 1 or a shrinkage of 1, which no number of people meets', async () => {
      const certain = await t.request('POST', '/api/workforce/staffing/recommendation', { cookie: supervisor, body: { callHandlers: { ...HANDLERS, targetLevel: 1 } } });
      expect(certain.status).toBe(400);
      expect(certain.body.message).toMatch(/^body\/callHandlers\/targetLevel must be between 0 and 1 \(exclusive\)/);
      const absent = await t.request('POST', '/api/workforce/staffing/recommendation', { cookie: supervisor, body: { callHandlers: HANDLERS, responseOfficers: { ...OFFICERS, shrinkage: 1 } } });
      expect(absent.status).toBe(400);
      expect(absent.body.message).toMatch(/^body\/responseOfficers\/shrinkage must be at least 0 and less than 1/);
      const instant = await t.request('POST', '/api/workforce/staffing/recommendation', { cookie: supervisor, body: { callHandlers: { ...HANDLERS, averageHandleSeconds: 0 } } });
      expect(instant.body.message).toBe('body/callHandlers/averageHandleSeconds must be a number greater than 0, not 0');
    });

    it('should give call handlers per hour by Erlang C, and nobody in an hour without calls', async () => {
      const quiet = week((h) => (h === 3 ? 0 : CALLS[h]!));
      const res = await t.request('POST', '/api/workforce/staffing/recommendation', { cookie: supervisor, body: { callHandlers: { ...HANDLERS, callsPerHour: quiet } } });
      expect(res.status).toBe(200);
      const hours = res.body.callHandlers.hours;
      expect(hours).toHaveLength(168);
      // Monday 09:00: 200 calls an hour is the worked example's 100 a half hour.
      expect(hours[9]).toMatchObject({ hourOfWeek: 9, callsPerHour: 200, agents: 14, agentsWithShrinkage: 20 });
      expect(hours[9].serviceLevel).toBeCloseTo(0.88835, 5);
      expect(hours[3]).toEqual({ hourOfWeek: 3, callsPerHour: 0, agents: 0, agentsWithShrinkage: 0, serviceLevel: null, occupancy: null, probabilityOfWaiting: null, averageSpeedOfAnswerSeconds: null });
      for (const h of hours.filter((x: { callsPerHour: number }) => x.callsPerHour > 0)) expect(h.serviceLevel).toBeGreaterThanOrEqual(0.8);
      expect(res.body.callHandlers.peak).toEqual({ hourOfWeek: 8, rostered: 20 });
      expect(res.body.callHandlers.rosteredHoursPerWeek).toBe(hours.reduce((s: number, h: { agentsWithShrinkage: number }) => s + h.agentsWithShrinkage, 0));
      expect(res.body.responseOfficers).toBeNull();
    });

    it('should give response officers per hour against the grade targets from reference data', async () => {
      const res = await t.request('POST', '/api/workforce/staffing/recommendation', { cookie: analyst, body: { callHandlers: HANDLERS, responseOfficers: OFFICERS } });
      expect(res.status).toBe(200);
      const officers = res.body.responseOfficers;
      // Immediate: 720 s in the seeded reference data, less 8 minutes' travel, leaves 240 s to wait.
      expect(officers.grades).toEqual([
        { gradeCode: 'immediate', name: 'Immediate', targetSeconds: 720, waitAllowanceSeconds: 240 },
        { gradeCode: 'scheduled', name: 'Scheduled', targetSeconds: 3600, waitAllowanceSeconds: 3120 },
      ]);
      const evening = officers.hours[19]; // Monday 19:00: 4 immediate and 3 scheduled an hour
      expect(evening.incidentsPerHour).toBe(7);
      expect(evening.offeredLoad).toBeCloseTo(10.5, 10);
      expect(evening.officers).toBeGreaterThan(10.5);
      expect(evening.officersWithShrinkage).toBe(Math.ceil(evening.officers / 0.65 - 1e-9));
      for (const g of evening.withinTarget) expect(g.share).toBeGreaterThanOrEqual(0.9);
      // The tighter Immediate target is the one that binds.
      expect(evening.withinTarget.find((g: { gradeCode: string }) => g.gradeCode === 'immediate').share).toBeLessThan(evening.withinTarget.find((g: { gradeCode: string }) => g.gradeCode === 'scheduled').share);
      const night = officers.hours[2]; // Monday 02:00: one immediate an hour
      expect(night.withinTarget.map((g: { gradeCode: string }) => g.gradeCode)).toEqual(['immediate']);
      expect(night.officers).toBeLessThan(evening.officers);
    });

    it('should follow a change to a grade target in reference data', async () => {
      const admin = await t.signIn('demo.admin');
      const grades = (await t.request('GET', '/api/reference/grades', { cookie: admin })).body.items;
      const immediate = grades.find((g: { code: string }) => g.code === 'immediate');
      const before = (await t.request('POST', '/api/workforce/staffing/recommendation', { cookie: analyst, body: { callHandlers: HANDLERS, responseOfficers: OFFICERS } })).body;
      const changed = await t.request('PATCH', '/api/reference/grades/immediate', { cookie: admin, body: { version: immediate.version, targetSeconds: 7200, reason: 'Trial of a two-hour target' } });
      expect(changed.status).toBe(200);
      const after = (await t.request('POST', '/api/workforce/staffing/recommendation', { cookie: analyst, body: { callHandlers: HANDLERS, responseOfficers: OFFICERS } })).body;
      expect(after.responseOfficers.grades[0]).toMatchObject({ targetSeconds: 7200, waitAllowanceSeconds: 6720 });
      // A looser Immediate target needs fewer officers: in the evening 16 (Immediate binding) become 13 (Scheduled binding).
      expect(before.responseOfficers.hours[19].officers).toBe(16);
      expect(after.responseOfficers.hours[19].officers).toBe(13);
      expect(after.responseOfficers.rosteredHoursPerWeek).toBeLessThan(before.responseOfficers.rosteredHoursPerWeek);
    });

    it('should fail with 400 naming an unknown or repeated grade', async () => {
      const unknown = { ...OFFICERS, incidentsPerHour: [{ gradeCode: 'urgent', perHour: week(() => 1) }] };
      const res = await t.request('POST', '/api/workforce/staffing/recommendation', { cookie: analyst, body: { callHandlers: HANDLERS, responseOfficers: unknown } });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.message).toBe('body/responseOfficers/incidentsPerHour/0/gradeCode is not a response grade (known: immediate, scheduled, routine), not "urgent"');
      const twice = { ...OFFICERS, incidentsPerHour: [OFFICERS.incidentsPerHour[0], OFFICERS.incidentsPerHour[0]] };
      const res2 = await t.request('POST', '/api/workforce/staffing/recommendation', { cookie: analyst, body: { callHandlers: HANDLERS, responseOfficers: twice } });
      expect(res2.status).toBe(400);
      expect(res2.body.message).toContain('incidentsPerHour/1/gradeCode repeats the grade "immediate"');
    });
  });
});
