import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/test-app';
import { demoId } from '../demo/generate-demo-force';
import { DEMO_ROSTER_EPOCH, responsePatternDays } from '../demo/generate-demo-rosters';
import { parseLocalDate } from './local-time';

const teamId = (code: string) => demoId(`team/${code}`);

// Dates well after the demo's seeded leave (which is around the day the tests run).
// CID teams work days (08:00–17:00) Monday to Friday: 2027-05-10 is a Monday.
const MON = '2027-05-10';
const SUN_BEFORE = '2027-05-09';

describe('roster routes', () => {
  let t: TestApp;
  let supervisor: string;
  let senior: string;
  let analyst: string;
  let officer: string;
  /** CID Team A's investigators (detective constables), by surname. */
  let investigators: { id: string }[];

  beforeAll(async () => {
    t = await startTestApp();
    supervisor = await t.signIn('demo.supervisor');
    senior = await t.signIn('demo.senior');
    analyst = await t.signIn('demo.analyst');
    officer = await t.signIn('demo.response');
    investigators = await t.deps.db.selectFrom('staff').select('id').where('team_id', '=', teamId('CID-A')).where('role_title', '=', 'Investigator').orderBy('last_name').orderBy('id').execute();
  });
  afterAll(async () => t?.stop());

  const setDay = (cookie: string, staffId: string, date: string, body: Record<string, unknown>) => t.request('PUT', `/api/workforce/staff/${staffId}/roster/${date}`, { cookie, body });

  describe('catalogue, shift types and patterns', () => {
    it('should list the seeded skills, shift types and the 15-week response pattern', async () => {
      expect((await t.request('GET', '/api/workforce/skills')).status).toBe(401);
      const skills = await t.request('GET', '/api/workforce/skills', { cookie: officer });
      expect(skills.status).toBe(200);
      expect(skills.body.items.map((s: { code: string }) => s.code)).toEqual(expect.arrayContaining(['response_driving', 'pip1', 'pip2', 'first_aid', 'public_order_l2', 'taser']));
      const types = await t.request('GET', '/api/workforce/shift-types', { cookie: officer });
      expect(types.body.items.find((x: { code: string }) => x.code === 'NIGHT')).toMatchObject({ startTime: '22:00', durationMinutes: 540, kind: 'night' });
      const patterns = await t.request('GET', '/api/workforce/shift-patterns', { cookie: officer });
      const resp = patterns.body.items.find((p: { code: string }) => p.code === 'RESP-15W');
      expect(resp.lengthDays).toBe(105);
      expect(resp.days.slice(0, 7)).toEqual(['EARLY', 'EARLY', 'LATE', 'LATE', 'NIGHT', 'NIGHT', 'REST']);
    });

    it('should refuse a pattern of zero length, an unknown shift type, one with a quick changeover or one without weekly rest', async () => {
      const post = (body: unknown, cookie = supervisor) => t.request('POST', '/api/workforce/shift-patterns', { cookie, body });
      expect((await post({ code: 'X', name: 'X', days: [] }, officer)).status).toBe(403);
      const empty = await post({ code: 'EMPTY', name: 'Empty', days: [] });
      expect([empty.status, empty.body.code]).toEqual([400, 'PATTERN_EMPTY']);
      const unknown = await post({ code: 'BAD', name: 'Bad', days: ['EARLY', 'SIESTA'] });
      expect([unknown.status, unknown.body.code, unknown.body.details]).toEqual([400, 'UNKNOWN_SHIFT_TYPE', { unknown: ['SIESTA'] }]);
      const quick = await post({ code: 'QUICK', name: 'Quick', days: ['LATE', 'EARLY', 'REST'] });
      expect([quick.status, quick.body.code]).toEqual([422, 'REST_RULE_BREACH']);
      expect(quick.body.message).toBe("Day 1 to day 2 of the pattern leaves 7 hours' rest (at least 11 are needed)");
      const relentless = await post({ code: 'NONSTOP', name: 'No days off', days: ['EARLY'] });
      expect([relentless.status, relentless.body.code, relentless.body.details.breaches[0].rule]).toEqual([422, 'REST_RULE_BREACH', 'weekly_rest']);
      expect(relentless.body.message).toMatch(/a fortnight has no 48 hours' rest or two rests of 24/);
    });

    it('should create a shift type and a 4-on-4-off pattern, put a person on it, and roster them by it', async () => {
      const type = await t.request('POST', '/api/workforce/shift-types', { cookie: supervisor, body: { code: 'SWING', name: 'Swing', kind: 'late', startTime: '12:00', endTime: '22:00' } });
      expect(type.status).toBe(201);
      expect(type.body).toMatchObject({ code: 'SWING', startTime: '12:00', durationMinutes: 600 });
      expect((await t.request('POST', '/api/workforce/shift-types', { cookie: supervisor, body: { code: 'SWING', name: 'Again', kind: 'rest' } })).body.code).toBe('ALREADY_EXISTS');
      const pattern = await t.request('POST', '/api/workforce/shift-patterns', { cookie: supervisor, body: { code: 'SWING-4-4', name: 'Swing four on four off', days: ['SWING', 'SWING', 'SWING', 'SWING', 'REST', 'REST', 'REST', 'REST'] } });
      expect(pattern.status).toBe(201);
      const staffId = investigators.at(-1)!.id;
      const assigned = await t.request('POST', '/api/workforce/roster-assignments', { cookie: supervisor, body: { staffId, patternId: pattern.body.id, startsOn: '2027-07-01', startDayIndex: 2 } });
      expect(assigned.status).toBe(201);
      const roster = await t.request('GET', `/api/workforce/staff/${staffId}/roster?from=2027-06-30&to=2027-07-08`, { cookie: supervisor });
      expect(roster.body.days.map((d: { shiftTypeCode: string }) => d.shiftTypeCode)).toEqual(['DAY', 'SWING', 'SWING', 'REST', 'REST', 'REST', 'REST', 'SWING', 'SWING']);
      expect(roster.body.days[1]).toMatchObject({ date: '2027-07-01', source: 'pattern', startsAt: '2027-07-01T11:00:00.000Z', endsAt: '2027-07-01T21:00:00.000Z', version: 0 });
      const bad = await t.request('POST', '/api/workforce/roster-assignments', { cookie: supervisor, body: { staffId, patternId: pattern.body.id, startsOn: '2027-07-01', startDayIndex: 8 } });
      expect([bad.status, bad.body.message]).toEqual([400, "body/startDayIndex must be less than the pattern's 8 days"]);
    });
  });

  describe('the 15-week pattern across the clock changes', () => {
    // The response team on nights on a date: team k is on day (date − epoch + 21k) of the cycle.
    const nightTeam = (date: string) => {
      const offset = parseLocalDate(date)! - parseLocalDate(DEMO_ROSTER_EPOCH)!;
      const k = [0, 1, 2, 3, 4].find((i) => responsePatternDays()[(offset + 21 * i) % 105] === 'NIGHT')!;
      return teamId(`RESP-${'ABCDE'[k]}`);
    };
    it.each([
      ['2027-03-27', '2027-03-27T22:00:00.000Z', '2027-03-28T06:00:00.000Z', 8],
      ['2027-10-30', '2027-10-30T21:00:00.000Z', '2027-10-31T07:00:00.000Z', 10],
      ['2027-07-03', '2027-07-03T21:00:00.000Z', '2027-07-04T06:00:00.000Z', 9],
    ])('should roster the night of %s from local 22:00 to 07:00: %s to %s, %i hours', async (date, startsAt, endsAt) => {
      const res = await t.request('GET', `/api/workforce/rosters?teamId=${nightTeam(date)}&from=${date}&to=${date}`, { cookie: supervisor });
      expect(res.status).toBe(200);
      const nights = res.body.people.map((p: { days: { source: string; shiftTypeCode: string; startsAt: string; endsAt: string }[] }) => p.days[0]).filter((d: { source: string }) => d.source === 'pattern');
      expect(nights.length).toBeGreaterThan(20);
      for (const d of nights) expect(d).toMatchObject({ shiftTypeCode: 'NIGHT', startsAt, endsAt });
    });
    it('should repeat every 105 days', async () => {
      const officerId = (await t.deps.db.selectFrom('staff').select('id').where('team_id', '=', teamId('RESP-C')).where('role_title', '=', 'Response officer').orderBy('id').executeTakeFirstOrThrow()).id;
      const read = async (from: string, to: string) =>
        (await t.request('GET', `/api/workforce/staff/${officerId}/roster?from=${from}&to=${to}`, { cookie: supervisor })).body.days.map((d: { plannedShiftTypeCode: string }) => d.plannedShiftTypeCode);
      // 2027-04-01 + 105 days = 2027-07-15; + 210 = 2027-10-28.
      const first = await read('2027-04-01', '2027-04-21');
      expect(await read('2027-07-15', '2027-08-04')).toEqual(first);
      expect(await read('2027-10-28', '2027-11-17')).toEqual(first);
      // Three-fifths of the days are worked: 11 to 14 in any 21.
      expect(first.filter((c: string) => c !== 'REST').length).toBeGreaterThanOrEqual(11);
    });
  });

  describe('changing a person-day', () => {
    it('should record leave with its reason and approver, and refuse a stale version with 409 and the day as it now stands', async () => {
      const staffId = investigators[0]!.id;
      const leave = await setDay(supervisor, staffId, '2027-05-12', { kind: 'annual_leave', reason: 'Family wedding', version: 0 });
      expect(leave.status).toBe(200);
      expect(leave.body).toMatchObject({ date: '2027-05-12', source: 'annual_leave', plannedShiftTypeCode: 'DAY', startsAt: null, version: 1, change: { kind: 'annual_leave', reason: 'Family wedding' } });
      expect(leave.body.change.approvedBy).toMatch(/\(Sergeant\)$/);
      const stale = await setDay(supervisor, staffId, '2027-05-12', { kind: 'training', shiftTypeCode: 'DAY', reason: 'Course', version: 0 });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('VERSION_CONFLICT');
      expect(stale.body.details.current).toMatchObject({ source: 'annual_leave', version: 1 });
      const training = await setDay(supervisor, staffId, '2027-05-12', { kind: 'training', startTime: '09:00', endTime: '16:30', reason: 'Interview course', version: 1 });
      expect(training.body).toMatchObject({ source: 'training', startsAt: '2027-05-12T08:00:00.000Z', endsAt: '2027-05-12T15:30:00.000Z', version: 2 });
      const cleared = await t.request('DELETE', `/api/workforce/staff/${staffId}/roster/2027-05-12`, { cookie: supervisor, body: { version: 2, reason: 'Course cancelled' } });
      expect(cleared.body).toMatchObject({ source: 'pattern', shiftTypeCode: 'DAY', version: 0, change: null });
      const audit = await t.deps.db.selectFrom('audit_event').select(['action', 'details']).where('entity_id', '=', staffId).where('action', 'like', 'roster.day_%').orderBy('seq').execute();
      expect(audit.map((a) => [a.action, (a.details as { to: string }).to])).toEqual([
        ['roster.day_changed', 'annual_leave'],
        ['roster.day_changed', 'training'],
        ['roster.day_cleared', 'pattern'],
      ]);
    });

    it('should let only one of two supervisors editing the same person-day at once succeed', async () => {
      const staffId = investigators[1]!.id;
      const [a, b] = await Promise.all([
        setDay(supervisor, staffId, '2027-05-13', { kind: 'annual_leave', reason: 'First', version: 0 }),
        setDay(senior, staffId, '2027-05-13', { kind: 'court', shiftTypeCode: 'DAY', reason: 'Crown Court', version: 0 }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const loser = a.status === 409 ? a : b;
      expect(loser.body.details.current.version).toBe(1);
    });

    it('should refuse overtime that leaves less than 11 hours before the next duty unless a senior manager overrides with a reason', async () => {
      const staffId = investigators[2]!.id;
      // Sunday night overtime 20:00–04:00, then Monday's day shift at 08:00: four hours' rest.
      const body = { kind: 'overtime', startTime: '20:00', endTime: '04:00', reason: 'Stolen vehicle operation', version: 0 };
      const refused = await setDay(supervisor, staffId, SUN_BEFORE, body);
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('REST_RULE_BREACH');
      expect(refused.body.message).toBe(`This breaks the rest rules: only 4 hours' rest between the duties of ${SUN_BEFORE} and ${MON} (at least 11 are needed); an authorised override with a reason is needed`);
      expect(refused.body.details.breaches).toEqual([{ staffId, rule: 'daily_rest', afterDate: SUN_BEFORE, beforeDate: MON, restHours: 4 }]);
      const notAllowed = await setDay(supervisor, staffId, SUN_BEFORE, { ...body, override: { reason: 'Operational need' } });
      expect([notAllowed.status, notAllowed.body.code]).toEqual([403, 'FORBIDDEN']);
      const blank = await setDay(senior, staffId, SUN_BEFORE, { ...body, override: { reason: '   ' } });
      expect([blank.status, blank.body.code]).toEqual([400, 'REASON_REQUIRED']);
      const allowed = await setDay(senior, staffId, SUN_BEFORE, { ...body, override: { reason: 'Operation Falcon: authorised by Supt' } });
      expect(allowed.status).toBe(200);
      expect(allowed.body.change).toMatchObject({ overrideReason: 'Operation Falcon: authorised by Supt', overriddenRules: ['daily_rest'] });
      const audit = await t.deps.db.selectFrom('audit_event').select(['reason', 'actor_username']).where('entity_id', '=', staffId).where('action', '=', 'roster.day_changed').executeTakeFirstOrThrow();
      expect(audit).toEqual({ reason: 'Operation Falcon: authorised by Supt', actor_username: 'demo.senior' });
    });

    it('should refuse a duty that overlaps another, even with an override', async () => {
      const staffId = investigators[3]!.id;
      const res = await setDay(senior, staffId, SUN_BEFORE, { kind: 'overtime', startTime: '23:00', endTime: '09:00', reason: 'Observation', version: 0, override: { reason: 'Try anyway' } });
      expect([res.status, res.body.code, res.body.details.dates]).toEqual([422, 'SHIFT_OVERLAP', [SUN_BEFORE, MON]]);
    });

    it('should refuse bad input with clear codes', async () => {
      const staffId = investigators[3]!.id;
      const unknownType = await setDay(supervisor, staffId, MON, { kind: 'overtime', shiftTypeCode: 'SIESTA', reason: 'x', version: 0 });
      expect([unknownType.status, unknownType.body.code]).toEqual([400, 'UNKNOWN_SHIFT_TYPE']);
      const leaveWithTimes = await setDay(supervisor, staffId, MON, { kind: 'annual_leave', startTime: '08:00', endTime: '12:00', reason: 'x', version: 0 });
      expect([leaveWithTimes.status, leaveWithTimes.body.message]).toEqual([400, 'body/kind annual_leave has no duty times']);
      const noDate = await setDay(supervisor, staffId, '2027-02-30', { kind: 'annual_leave', reason: 'x', version: 0 });
      expect(noDate.status).toBe(400);
      const unknownPerson = await setDay(supervisor, '5a1e0a44-8b36-4a4b-9d36-2ad6f0e6f2a1', MON, { kind: 'annual_leave', reason: 'x', version: 0 });
      expect(unknownPerson.status).toBe(404);
      const unknownSkill = await t.request('PUT', `/api/workforce/staff/${staffId}/skills/juggling`, { cookie: supervisor, body: { obtainedOn: '2026-01-01' } });
      expect([unknownSkill.status, unknownSkill.body.code]).toEqual([400, 'UNKNOWN_SKILL']);
      expect((await setDay(officer, staffId, MON, { kind: 'annual_leave', reason: 'x', version: 0 })).status).toBe(403);
    });

    it('should swap two people’s duties of a day', async () => {
      const [a, b] = [investigators[4]!.id, investigators[5]!.id];
      await setDay(supervisor, b, '2027-05-14', { kind: 'shift_change', startTime: '12:00', endTime: '20:00', reason: 'Late cover', version: 0 });
      const res = await t.request('POST', '/api/workforce/roster-swaps', { cookie: supervisor, body: { staffId: a, otherStaffId: b, date: '2027-05-14', version: 0, otherVersion: 1, reason: 'Childcare' } });
      expect(res.status).toBe(201);
      expect(res.body.items.map((d: { source: string; startsAt: string }) => [d.source, d.startsAt])).toEqual([
        ['shift_swap', '2027-05-14T11:00:00.000Z'],
        ['shift_swap', '2027-05-14T07:00:00.000Z'],
      ]);
      expect(res.body.items[0].change.swapWithStaffId).toBe(b);
    });
  });

  describe('minimum staffing, shortfalls and strength', () => {
    it('should refuse leave that takes a shift below minimum staffing, record sickness anyway, and mark the shortfall on the week', async () => {
      const teamA = teamId('CID-A');
      const rule = await t.request('POST', '/api/workforce/minimum-staffing', { cookie: supervisor, body: { teamId: teamA, shiftTypeCode: 'DAY', roleTitle: 'Investigator', minimum: investigators.length - 2 } });
      expect(rule.status).toBe(201);
      // Monday 17 May 2027: everyone is in, so two may be away and a third may not.
      const day = '2027-05-17';
      for (const i of [6, 7]) expect((await setDay(supervisor, investigators[i]!.id, day, { kind: 'annual_leave', reason: 'Leave', version: 0 })).status).toBe(200);
      const third = await setDay(supervisor, investigators[8]!.id, day, { kind: 'annual_leave', reason: 'Leave', version: 0 });
      expect(third.status).toBe(422);
      expect(third.body.code).toBe('MINIMUM_STAFFING_BREACH');
      expect(third.body.details.shortfalls).toEqual([{ teamId: teamA, date: day, shiftTypeCode: 'DAY', roleTitle: 'Investigator', skillCode: null, minimum: investigators.length - 2, rostered: investigators.length - 3 }]);
      const sick = await setDay(supervisor, investigators[8]!.id, day, { kind: 'sickness', reason: 'Reported sick', version: 0 });
      expect(sick.status).toBe(200);

      const shortfalls = await t.request('GET', `/api/workforce/shortfalls?from=2027-05-17&to=2027-05-23&teamId=${teamA}`, { cookie: analyst });
      expect(shortfalls.body.items).toEqual([expect.objectContaining({ date: day, shiftTypeCode: 'DAY', teamName: 'CID Team A', shortBy: 1 })]);
      const week = await t.request('GET', `/api/workforce/rosters?teamId=${teamA}&from=2027-05-17&to=2027-05-23`, { cookie: supervisor });
      expect(week.status).toBe(200);
      expect(week.body.shortfalls).toEqual(shortfalls.body.items);
      const sickDay = week.body.people.find((p: { staffId: string }) => p.staffId === investigators[8]!.id).days[0];
      expect(sickDay).toMatchObject({ date: day, source: 'sickness', plannedShiftTypeCode: 'DAY' });
      // A weekend is not a CID shift: the rule does not apply there.
      expect(week.body.people[0].days.map((d: { shiftTypeCode: string | null }) => d.shiftTypeCode).slice(5)).toEqual(['REST', 'REST']);

      // Rules are versioned: lowering the minimum clears the shortfall; a stale version is refused.
      const stale = await t.request('PATCH', `/api/workforce/minimum-staffing/${rule.body.id}`, { cookie: supervisor, body: { minimum: 1, version: 7 } });
      expect([stale.status, stale.body.details.current.minimum]).toEqual([409, investigators.length - 2]);
      const lowered = await t.request('PATCH', `/api/workforce/minimum-staffing/${rule.body.id}`, { cookie: supervisor, body: { minimum: investigators.length - 3, version: 1 } });
      expect(lowered.body).toMatchObject({ minimum: investigators.length - 3, version: 2 });
      expect((await t.request('GET', `/api/workforce/shortfalls?from=2027-05-17&to=2027-05-23&teamId=${teamA}`, { cookie: analyst })).body.items).toEqual([]);
      const removed = await t.request('DELETE', `/api/workforce/minimum-staffing/${rule.body.id}`, { cookie: supervisor, body: { version: 2 } });
      expect(removed.status).toBe(204);
      expect((await t.request('GET', `/api/workforce/minimum-staffing?teamId=${teamA}`, { cookie: analyst })).body.items).toEqual([]);
    });

    it('should give the strength per hour of the week by team, optionally by skill', async () => {
      const res = await t.request('GET', `/api/workforce/strength?from=2027-05-24&to=2027-06-06&teamId=${teamId('CID-B')}`, { cookie: analyst });
      expect(res.status).toBe(200);
      const hours: number[] = res.body.teams[0].hours;
      const members = await t.deps.db.selectFrom('staff').select('id').where('team_id', '=', teamId('CID-B')).execute();
      expect(hours[8]).toBe(members.length); // Monday 08:00–09:00
      expect(hours[7]).toBe(0);
      expect(hours[5 * 24 + 10]).toBe(0); // Saturday
      const pip2 = await t.request('GET', `/api/workforce/strength?from=2027-05-24&to=2027-06-06&teamId=${teamId('CID-B')}&skill=pip2`, { cookie: analyst });
      expect(pip2.body.teams[0].hours[8]).toBeLessThan(members.length);
      expect(pip2.body.teams[0].hours[8]).toBeGreaterThan(0);
      const all = await t.request('GET', '/api/workforce/strength?from=2027-05-24&to=2027-05-30', { cookie: analyst });
      const response = all.body.teams.filter((x: { teamName: string }) => x.teamName.startsWith('Response Team'));
      expect(response).toHaveLength(5);
      expect((await t.request('GET', '/api/workforce/strength?from=2027-05-24&to=2027-05-30&skill=juggling', { cookie: analyst })).body.code).toBe('UNKNOWN_SKILL');
      expect((await t.request('GET', '/api/workforce/strength?from=2027-05-24&to=2027-05-30', { cookie: officer })).status).toBe(403);
    });
  });

  describe('who may read a roster', () => {
    it('should show an officer their own roster but not anyone else’s, and audit the reads', async () => {
      const me = (await t.request('GET', '/api/auth/me', { cookie: officer })).body.user;
      const own = await t.request('GET', `/api/workforce/staff/${me.staffId}/roster?from=2027-05-10&to=2027-05-16`, { cookie: officer });
      expect(own.status).toBe(200);
      expect(own.body.days).toHaveLength(7);
      expect((await t.request('GET', `/api/workforce/staff/${investigators[0]!.id}/roster?from=2027-05-10&to=2027-05-16`, { cookie: officer })).status).toBe(404);
      expect((await t.request('GET', `/api/workforce/rosters?teamId=${teamId('RESP-A')}&from=2027-05-10&to=2027-05-16`, { cookie: officer })).status).toBe(403);
      const tooLong = await t.request('GET', `/api/workforce/rosters?teamId=${teamId('RESP-A')}&from=2027-01-01&to=2027-12-31`, { cookie: supervisor });
      expect([tooLong.status, tooLong.body.message]).toEqual([400, 'querystring/to makes a range longer than 62 days']);
      const audited = await t.deps.db.selectFrom('audit_event').select('entity_id').where('action', '=', 'roster.read').where('actor_username', '=', 'demo.response').execute();
      expect(audited.map((a) => a.entity_id)).toEqual([me.staffId]);
    });
  });
});
