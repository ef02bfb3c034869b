import { describe, expect, it } from 'vitest';
import type { MinimumStaffingRuleDto, ShiftTypeDto, TeamRosterDto } from '../api/rostersApi';
import { minimumPerHour, rulesFor, strengthGaps } from './strengthChart';

const TYPES: ShiftTypeDto[] = [
  { id: '00000000-0000-4000-8000-000000000001', code: 'NIGHT', name: 'Night (22:00–07:00)', kind: 'night', startTime: '22:00', durationMinutes: 540 },
  { id: '00000000-0000-4000-8000-000000000002', code: 'EARLY', name: 'Early (07:00–16:00)', kind: 'early', startTime: '07:00', durationMinutes: 540 },
];
const rule = (shiftTypeCode: string, minimum: number, patch: Partial<MinimumStaffingRuleDto> = {}): MinimumStaffingRuleDto => ({
  id: '00000000-0000-4000-8000-0000000000f1',
  teamId: '00000000-0000-4000-8000-0000000000aa',
  shiftTypeCode,
  roleTitle: null,
  skillCode: null,
  minimum,
  version: 1,
  ...patch,
});
type Day = TeamRosterDto['people'][number]['days'][number];
const planned = (date: string, code: string | null): Day => ({ date, source: 'pattern', shiftTypeCode: code, plannedShiftTypeCode: code, startsAt: null, endsAt: null, change: null, version: 0 });
const roster = (days: Day[]): TeamRosterDto => ({
  teamId: '00000000-0000-4000-8000-0000000000aa',
  teamName: 'Response Team A',
  from: '2026-11-29',
  to: '2026-12-06',
  people: [{ staffId: '00000000-0000-4000-8000-0000000000b1', collarNumber: '1', firstName: 'A', lastName: 'B', rank: 'PC', roleTitle: 'Response officer', teamId: null, skills: [], days }],
  shortfalls: [],
});

describe('minimum staffing per hour of the week', () => {
  it('should sum role rules for the head count, and take only the skill’s rules for a skill', () => {
    const rules = [rule('NIGHT', 16, { roleTitle: 'Response officer' }), rule('NIGHT', 2, { roleTitle: 'Response sergeant' }), rule('NIGHT', 8, { skillCode: 'response_driving' })];
    expect(rulesFor(rules, undefined).map((r) => r.minimum)).toEqual([16, 2]);
    expect(rulesFor(rules, 'response_driving').map((r) => r.minimum)).toEqual([8]);
  });

  it("should carry the Sunday before's night into Monday morning and a Sunday night off the end", () => {
    const required = minimumPerHour(roster([planned('2026-11-29', 'NIGHT'), planned('2026-12-06', 'NIGHT')]), '2026-11-30', TYPES, [rule('NIGHT', 6)]);
    // Monday 00:00–07:00 from Sunday 29/11's night; Sunday 06/12 22:00–24:00 from its own.
    expect(required.slice(0, 8)).toEqual([6, 6, 6, 6, 6, 6, 6, 0]);
    expect(required.slice(166)).toEqual([6, 6]);
    expect(required.reduce((a, b) => a + b, 0)).toBe(6 * 9);
  });

  it('should apply a rule only on days the team works that shift', () => {
    const required = minimumPerHour(roster([planned('2026-12-01', 'EARLY'), planned('2026-12-02', 'REST')]), '2026-11-30', TYPES, [rule('EARLY', 4), rule('NIGHT', 6)]);
    expect(required.slice(24 + 7, 24 + 16)).toEqual(new Array(9).fill(4));
    expect(required.reduce((a, b) => a + b, 0)).toBe(4 * 9);
  });

  it('should mark the hours below the minimum with how many short', () => {
    const strength = new Array(168).fill(5);
    const minimum = new Array(168).fill(0);
    minimum[3] = 6;
    minimum[4] = 5;
    expect(strengthGaps(strength, minimum)).toEqual([{ hourOfWeek: 3, label: '1 short' }]);
  });
});
