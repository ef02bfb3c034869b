import { describe, expect, it } from 'vitest';
import { parseLocalDate } from '../rosters/local-time';
import { RosterPlan, type ShiftTypeSpec } from '../rosters/roster-expansion';
import { generateDemoForce } from './generate-demo-force';
import { DEMO_PATTERNS, DEMO_SHIFT_TYPES, DEMO_SKILLS, generateDemoRosters, responsePatternDays } from './generate-demo-rosters';
import { readDemoSourceData } from './seed-demo-force';

const force = generateDemoForce(readDemoSourceData());
const TODAY = '2026-11-30';

describe('demo rosters', () => {
  const demo = generateDemoRosters(force, { today: TODAY });

  it('should be the same for the same force and day', () => {
    expect(generateDemoRosters(force, { today: TODAY })).toEqual(demo);
  });

  it('should put every team on a pattern, and use only known patterns and skills', () => {
    const teamsAssigned = new Set(demo.assignments.filter((a) => a.teamId).map((a) => a.teamId));
    expect(teamsAssigned.size).toBe(force.teams.length);
    const patterns = new Set(DEMO_PATTERNS.map((p) => p.code));
    expect(demo.assignments.every((a) => patterns.has(a.patternCode))).toBe(true);
    const skills = new Set(DEMO_SKILLS.map((s) => s.code));
    expect(demo.staffSkills.every((s) => skills.has(s.skillCode))).toBe(true);
  });

  it('should give skills that mostly are current on the day, with some lapsed, and the right people the right ones', () => {
    const today = parseLocalDate(TODAY)!;
    const expiring = demo.staffSkills.filter((s) => s.expiresOn !== null);
    const lapsed = expiring.filter((s) => parseLocalDate(s.expiresOn!)! < today);
    expect(lapsed.length / expiring.length).toBeGreaterThan(0.01);
    expect(lapsed.length / expiring.length).toBeLessThan(0.1);
    const afos = force.staff.filter((s) => s.roleTitle === 'Authorised firearms officer');
    const withAfo = new Set(demo.staffSkills.filter((s) => s.skillCode === 'afo').map((s) => s.staffId));
    expect(afos.every((s) => withAfo.has(s.id))).toBe(true);
    const callHandlers = force.staff.filter((s) => s.roleTitle === 'Call handler');
    expect(demo.staffSkills.filter((s) => s.skillCode === 'call_handling' && callHandlers.some((c) => c.id === s.staffId))).toHaveLength(callHandlers.length);
  });

  it('should book leave and sickness only on days the person is rostered to work', () => {
    const types = new Map<string, ShiftTypeSpec>(DEMO_SHIFT_TYPES.map((t) => [t.code, { id: t.code, ...t }]));
    const plan = new RosterPlan(
      DEMO_PATTERNS.map((p) => ({ id: p.code, code: p.code, days: p.days.map((d) => types.get(d)!) })),
      demo.assignments.map((a) => ({ id: a.id, patternId: a.patternCode, staffId: a.staffId, teamId: a.teamId, startsOn: parseLocalDate(a.startsOn)!, startDayIndex: a.startDayIndex, endsOn: null })),
      [],
    );
    const teamOf = new Map(force.staff.map((s) => [s.id, s.teamId]));
    expect(demo.changes.length).toBeGreaterThan(500);
    for (const c of demo.changes) expect(plan.dayOf({ staffId: c.staffId, teamId: teamOf.get(c.staffId)! }, parseLocalDate(c.dutyDate)!).startsAt).not.toBeNull();
    expect(new Set(demo.changes.map((c) => `${c.staffId}|${c.dutyDate}`)).size).toBe(demo.changes.length);
  });

  it('should build the 15-week pattern from forward-rotating pairs', () => {
    const days = responsePatternDays();
    expect(days).toHaveLength(105);
    expect(days.slice(0, 21).join(' ')).toBe('EARLY EARLY LATE LATE NIGHT NIGHT REST REST REST REST EARLY EARLY LATE LATE NIGHT NIGHT REST REST REST REST EARLY');
    expect(days.filter((d) => d !== 'REST')).toHaveLength(63);
  });
});
