import { describe, expect, it } from 'vitest';
import { DEMO_PATTERNS, DEMO_SHIFT_TYPES } from '../demo/generate-demo-rosters';
import { formatLocalDate, londonClock, parseLocalDate, parseLocalTime } from './local-time';
import { cycleDay, RosterPlan, type AssignmentSpec, type PatternSpec, type ShiftTypeSpec } from './roster-expansion';
import { findDailyRestBreaches, findOverlaps, findPatternWeeklyRestBreach, findRestBreaches, findWeeklyRestBreaches, fortnightStart, newBreaches } from './rest-rules';
import { evaluateStaffing, newShortfalls, strengthByHourOfWeek, type MemberSpec } from './staffing';

const d = (text: string) => parseLocalDate(text)!;
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const H = 3_600_000;

const types = new Map<string, ShiftTypeSpec>(DEMO_SHIFT_TYPES.map((t) => [t.code, { id: t.code, ...t }]));
const patterns: PatternSpec[] = DEMO_PATTERNS.map((p) => ({ id: p.code, code: p.code, days: p.days.map((c) => types.get(c)!) }));
const assign = (over: Partial<AssignmentSpec> & { patternId: string }): AssignmentSpec => ({ id: Math.random().toString(), staffId: null, teamId: null, startsOn: d('2025-01-06'), startDayIndex: 0, endsOn: null, ...over });

/** Five response teams on the 15-week pattern, 21 days apart, one person each. */
function responsePlan() {
  const teams = ['A', 'B', 'C', 'D', 'E'];
  const plan = new RosterPlan(patterns, teams.map((t, k) => assign({ teamId: t, patternId: 'RESP-15W', startDayIndex: 21 * k })), []);
  return { plan, people: teams.map((t) => ({ staffId: `pc-${t}`, teamId: t })) };
}

describe('local time in Europe/London', () => {
  it('should read dates and times strictly', () => {
    expect(parseLocalDate('2025-02-29')).toBeUndefined();
    expect(parseLocalDate('2024-02-29')).toBe(19782);
    expect(formatLocalDate(19782)).toBe('2024-02-29');
    expect(parseLocalTime('24:00')).toBeUndefined();
    expect(parseLocalTime('07:30')).toBe(450);
  });
  it('should turn wall-clock times into instants on both sides of both clock changes', () => {
    expect(iso(londonClock.toInstant(d('2025-03-29'), 22 * 60))).toBe('2025-03-29T22:00:00.000Z');
    expect(iso(londonClock.toInstant(d('2025-03-30'), 7 * 60))).toBe('2025-03-30T06:00:00.000Z');
    // 01:30 does not exist on 30 March: read with the offset before the change, i.e. 02:30 BST.
    expect(iso(londonClock.toInstant(d('2025-03-30'), 90))).toBe('2025-03-30T01:30:00.000Z');
    expect(iso(londonClock.toInstant(d('2025-10-25'), 22 * 60))).toBe('2025-10-25T21:00:00.000Z');
    expect(iso(londonClock.toInstant(d('2025-10-26'), 7 * 60))).toBe('2025-10-26T07:00:00.000Z');
    // 01:30 happens twice on 26 October: the first (BST) one.
    expect(iso(londonClock.toInstant(d('2025-10-26'), 90))).toBe('2025-10-26T00:30:00.000Z');
    expect(londonClock.dayOf(Date.parse('2025-06-30T23:30:00Z'))).toBe(d('2025-07-01'));
  });
});

describe('pattern expansion', () => {
  it('should count the day of the cycle from the assignment, forwards and backwards', () => {
    expect(cycleDay({ startsOn: 100, startDayIndex: 3 }, 7, 100)).toBe(3);
    expect(cycleDay({ startsOn: 100, startDayIndex: 3 }, 7, 105)).toBe(1);
    expect(cycleDay({ startsOn: 100, startDayIndex: 0 }, 7, 99)).toBe(6);
  });

  it('should repeat the 15-week pattern every 105 days over a year, with one team on each shift every day', () => {
    const { plan, people } = responsePlan();
    const from = d('2026-01-01');
    for (let day = from; day < from + 366; day++) {
      const shifts = people.map((p) => plan.dayOf(p, day).shiftTypeCode).sort();
      expect(shifts).toEqual(['EARLY', 'LATE', 'NIGHT', 'REST', 'REST']);
      for (const p of people) expect(plan.dayOf(p, day + 105).shiftTypeCode).toBe(plan.dayOf(p, day).shiftTypeCode);
    }
    // Each team works 63 of every 105 days, whatever the calendar.
    for (const p of people) expect(plan.expand([p], from, from + 104).filter((r) => r.startsAt !== null)).toHaveLength(63);
  });

  it('should make a night across the spring change 8 hours and across the autumn change 10 hours, in UTC', () => {
    const { plan, people } = responsePlan();
    const nightOn = (date: string) => people.map((p) => plan.dayOf(p, d(date))).find((r) => r.shiftTypeCode === 'NIGHT')!;
    const spring = nightOn('2026-03-28');
    expect([iso(spring.startsAt), iso(spring.endsAt)]).toEqual(['2026-03-28T22:00:00.000Z', '2026-03-29T06:00:00.000Z']);
    expect((spring.endsAt! - spring.startsAt!) / H).toBe(8);
    const autumn = nightOn('2026-10-24');
    expect([iso(autumn.startsAt), iso(autumn.endsAt)]).toEqual(['2026-10-24T21:00:00.000Z', '2026-10-25T07:00:00.000Z']);
    expect((autumn.endsAt! - autumn.startsAt!) / H).toBe(10);
    // An ordinary summer night is nine hours, starting at 22:00 BST.
    const summer = nightOn('2026-07-01');
    expect(iso(summer.startsAt)).toBe('2026-07-01T21:00:00.000Z');
    expect((summer.endsAt! - summer.startsAt!) / H).toBe(9);
  });

  it("should prefer a person's own assignment over the team's, and a later assignment over an earlier one", () => {
    const plan = new RosterPlan(
      patterns,
      [assign({ teamId: 'T', patternId: 'DAYS-5-2' }), assign({ staffId: 'p2', patternId: 'PANAMA', startsOn: d('2026-02-02') }), assign({ teamId: 'T', patternId: '4ON-4OFF', startsOn: d('2026-03-02') })],
      [],
    );
    expect(plan.dayOf({ staffId: 'p1', teamId: 'T' }, d('2026-02-02')).shiftTypeCode).toBe('DAY');
    expect(plan.dayOf({ staffId: 'p2', teamId: 'T' }, d('2026-02-02')).shiftTypeCode).toBe('DAY12');
    expect(plan.dayOf({ staffId: 'p2', teamId: 'T' }, d('2026-02-01')).shiftTypeCode).toBe('REST');
    expect(plan.dayOf({ staffId: 'p1', teamId: 'T' }, d('2026-03-04')).shiftTypeCode).toBe('NIGHT12');
    expect(plan.dayOf({ staffId: 'p3', teamId: 'other' }, d('2026-03-04')).source).toBe('unassigned');
  });

  it('should let a change replace the pattern for one person-day and keep what was planned', () => {
    const plan = new RosterPlan(patterns, [assign({ teamId: 'T', patternId: 'DAYS-5-2' })], [
      { id: 'c', staffId: 'p1', day: d('2026-02-03'), kind: 'annual_leave', startsAt: null, endsAt: null, shiftTypeCode: null, swapWithStaffId: null, reason: 'Leave', approvedByName: 'Sgt', overrideReason: null, version: 1 },
    ]);
    const day = plan.dayOf({ staffId: 'p1', teamId: 'T' }, d('2026-02-03'));
    expect(day).toMatchObject({ source: 'annual_leave', startsAt: null, plannedShift: { code: 'DAY' } });
    expect(plan.withChange('p1', d('2026-02-03'), null).dayOf({ staffId: 'p1', teamId: 'T' }, d('2026-02-03')).source).toBe('pattern');
    expect(plan.dayOf({ staffId: 'p1', teamId: 'T' }, d('2026-02-03')).source).toBe('annual_leave');
  });
});

describe('rest rules', () => {
  const duty = (day: string, start: string, hours: number) => {
    const startsAt = Date.parse(start);
    return { day: d(day), startsAt, endsAt: startsAt + hours * H };
  };

  it('should find no breach in any of the demo patterns over a year, clock changes included', () => {
    for (const p of patterns) {
      for (let offset = 0; offset < p.days.length; offset += Math.max(1, Math.floor(p.days.length / 7))) {
        const plan = new RosterPlan(patterns, [assign({ teamId: 'T', patternId: p.id, startDayIndex: offset })], []);
        const from = d('2026-01-05');
        const duties = plan.dutiesOf({ staffId: 'x', teamId: 'T' }, from - 20, from + 400);
        expect(findOverlaps(duties), p.code).toEqual([]);
        expect(findRestBreaches(duties, from, from + 365), `${p.code} from day ${offset}`).toEqual([]);
      }
    }
  });

  it('should accept every demo pattern and refuse a pattern with no fortnightly rest, wherever it is joined', () => {
    for (const p of patterns) expect(findPatternWeeklyRestBreach(p.days), p.code).toBeNull();
    const early = { startMinute: 7 * 60, durationMinutes: 9 * 60 };
    const rest = { startMinute: null, durationMinutes: null };
    // Twelve earlies then two rest days: only 24 + 15 + 15 hours' rest can fall in some fortnights.
    const tight = [...Array(12).fill(early), rest, rest];
    expect(findPatternWeeklyRestBreach([...Array(6).fill(early), rest, rest])).toBeNull();
    const breach = findPatternWeeklyRestBreach([...tight, ...Array(10).fill(early), rest]);
    expect(breach).not.toBeNull();
    expect(breach!.longestRestHours).toBeLessThan(48);
    // Every day an early, never a day off.
    expect(findPatternWeeklyRestBreach([early])).toEqual({ startDayOfCycle: 0, longestRestHours: 15 });
  });

  it('should find a quick changeover of less than 11 hours', () => {
    const breaches = findDailyRestBreaches([duty('2026-02-02', '2026-02-02T15:00:00Z', 9), duty('2026-02-03', '2026-02-03T07:00:00Z', 9)]);
    expect(breaches).toEqual([{ rule: 'daily_rest', key: `daily:${d('2026-02-02')}:${d('2026-02-03')}`, afterDay: d('2026-02-02'), beforeDay: d('2026-02-03'), restHours: 7 }]);
    expect(findDailyRestBreaches([duty('2026-02-02', '2026-02-02T07:00:00Z', 9), duty('2026-02-03', '2026-02-03T03:00:00Z', 9)])).toEqual([]);
  });

  it('should need 48 hours, or two rests of 24, in each fixed fortnight from a Monday', () => {
    expect(formatLocalDate(fortnightStart(d('2026-02-04')))).toMatch(/^2026-02-0[2]$|^2026-01-26$/);
    const start = fortnightStart(d('2026-02-04'));
    // Thirteen day shifts in a row and one rest day: breach.
    const thirteen = Array.from({ length: 13 }, (_, i) => ({ day: start + i, startsAt: londonClock.toInstant(start + i, 480), endsAt: londonClock.toInstant(start + i, 1020) }));
    expect(findWeeklyRestBreaches(thirteen, start, start + 13).map((b) => b.rule)).toEqual(['weekly_rest']);
    // Twelve, with the last two days off (a 63-hour rest to the end of the fortnight): no breach.
    expect(findWeeklyRestBreaches(thirteen.slice(0, 12), start, start + 13)).toEqual([]);
    // Two separate 24-hour rests also satisfy it.
    const twoRests = thirteen.filter((x) => x.day !== start + 4 && x.day !== start + 9).slice(0, 12);
    expect(findWeeklyRestBreaches(twoRests, start, start + 13)).toEqual([]);
  });

  it('should judge an edit only on the breaches it adds', () => {
    const a = { rule: 'daily_rest' as const, key: 'daily:1:2', afterDay: 1, beforeDay: 2, restHours: 8 };
    const b = { rule: 'daily_rest' as const, key: 'daily:5:6', afterDay: 5, beforeDay: 6, restHours: 8 };
    expect(newBreaches([a], [a, b])).toEqual([b]);
  });

  it('should find overlapping duties', () => {
    expect(findOverlaps([duty('2026-02-02', '2026-02-02T22:00:00Z', 9), duty('2026-02-03', '2026-02-03T06:00:00Z', 9)])).toEqual([{ firstDay: d('2026-02-02'), secondDay: d('2026-02-03') }]);
  });
});

describe('minimum staffing and strength', () => {
  const member = (id: string, role: string, skills: string[] = []): MemberSpec => ({ staffId: id, teamId: 'A', roleTitle: role, skills: new Map(skills.map((s) => [s, { obtainedOn: 0, expiresOn: null }])) });
  const team = [member('1', 'PC', ['taser']), member('2', 'PC'), member('3', 'PC', ['taser']), member('4', 'Sgt')];
  const plan = new RosterPlan(patterns, [assign({ teamId: 'A', patternId: 'RESP-15W' })], []);
  const rules = [
    { id: 'r1', teamId: 'A', shiftType: types.get('EARLY')!, roleTitle: 'PC', skillCode: null, minimum: 3 },
    { id: 'r2', teamId: 'A', shiftType: types.get('EARLY')!, roleTitle: null, skillCode: 'taser', minimum: 2 },
  ];
  const day = d('2025-01-06'); // day 0 of the cycle: earlies

  it('should apply a rule only on the days the team works that shift, and count the people who cover it', () => {
    const all = evaluateStaffing(plan, new Map([['A', team]]), rules, day, day + 2, false);
    expect(all.map((s) => [formatLocalDate(s.day), s.ruleId, s.rostered])).toEqual([
      ['2025-01-06', 'r1', 3],
      ['2025-01-07', 'r1', 3],
      ['2025-01-06', 'r2', 2],
      ['2025-01-07', 'r2', 2],
    ]);
    expect(evaluateStaffing(plan, new Map([['A', team]]), rules, day, day + 2)).toEqual([]);
  });

  it('should flag leave that takes a shift below its minimum', () => {
    const leave = plan.withChange('3', day, { id: 'x', staffId: '3', day, kind: 'annual_leave', startsAt: null, endsAt: null, shiftTypeCode: null, swapWithStaffId: null, reason: 'Leave', approvedByName: 'Sgt', overrideReason: null, version: 1 });
    const before = evaluateStaffing(plan, new Map([['A', team]]), rules, day, day);
    const after = evaluateStaffing(leave, new Map([['A', team]]), rules, day, day);
    expect(newShortfalls(before, after).map((s) => [s.ruleId, s.rostered, s.minimum])).toEqual([
      ['r1', 2, 3],
      ['r2', 1, 2],
    ]);
  });

  it('should give people on duty per hour of the week, in local time', () => {
    const hours = strengthByHourOfWeek(plan, team, d('2025-01-06'), d('2025-01-12'));
    expect(hours).toHaveLength(168);
    // Monday and Tuesday earlies (07:00–16:00): four people from 07:00 to 15:59.
    expect(hours.slice(0, 24)).toEqual([0, 0, 0, 0, 0, 0, 0, 4, 4, 4, 4, 4, 4, 4, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0]);
    // Friday night into Saturday (22:00–07:00).
    expect(hours[4 * 24 + 22]).toBe(4);
    expect(hours[5 * 24 + 6]).toBe(4);
    expect(hours[5 * 24 + 7]).toBe(0);
  });
});
