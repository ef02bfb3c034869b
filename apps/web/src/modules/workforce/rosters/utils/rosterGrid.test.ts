import { describe, expect, it } from 'vitest';
import type { ShiftTypeDto, TeamRosterDto } from '../api/rostersApi';
import { buildRosterGrid, describeShortfalls } from './rosterGrid';

const TYPES: ShiftTypeDto[] = [
  { id: '00000000-0000-4000-8000-000000000001', code: 'NIGHT', name: 'Night (22:00–07:00)', kind: 'night', startTime: '22:00', durationMinutes: 540 },
  { id: '00000000-0000-4000-8000-000000000002', code: 'EARLY', name: 'Early (07:00–16:00)', kind: 'early', startTime: '07:00', durationMinutes: 540 },
  { id: '00000000-0000-4000-8000-000000000003', code: 'REST', name: 'Rest day', kind: 'rest', startTime: null, durationMinutes: null },
];
type Day = TeamRosterDto['people'][number]['days'][number];
const day = (date: string, patch: Partial<Day>): Day => ({ date, source: 'pattern', shiftTypeCode: 'REST', plannedShiftTypeCode: 'REST', startsAt: null, endsAt: null, change: null, version: 0, ...patch });
const change = (kind: NonNullable<Day['change']>['kind']) => ({ id: '00000000-0000-4000-8000-00000000000a', kind, reason: 'x', approvedBy: 'Sgt Greig', overrideReason: null, overriddenRules: [], swapWithStaffId: null });

const ROSTER: TeamRosterDto = {
  teamId: '00000000-0000-4000-8000-0000000000aa',
  teamName: 'Response Team A',
  from: '2026-03-28',
  to: '2026-03-30',
  people: [
    {
      staffId: '00000000-0000-4000-8000-0000000000b1',
      collarNumber: '578CP',
      firstName: 'Alex',
      lastName: 'Clarke',
      rank: 'Police Constable',
      roleTitle: 'Response officer',
      teamId: '00000000-0000-4000-8000-0000000000aa',
      skills: ['taser'],
      days: [
        // The night of the spring clock change: 22:00 GMT to 07:00 BST, 8 hours.
        day('2026-03-28', { shiftTypeCode: 'NIGHT', plannedShiftTypeCode: 'NIGHT', startsAt: '2026-03-28T22:00:00.000Z', endsAt: '2026-03-29T06:00:00.000Z' }),
        day('2026-03-29', { source: 'annual_leave', shiftTypeCode: null, plannedShiftTypeCode: 'NIGHT', change: change('annual_leave'), version: 1 }),
        day('2026-03-30', { source: 'overtime', shiftTypeCode: 'EARLY', startsAt: '2026-03-30T06:00:00.000Z', endsAt: '2026-03-30T15:00:00.000Z', change: change('overtime'), version: 2 }),
      ],
    },
  ],
  shortfalls: [],
};

describe('the week grid', () => {
  it('should show each day as its shift with local times, and changes marked', () => {
    const [row] = buildRosterGrid(ROSTER, TYPES);
    expect(row!.name).toBe('Alex Clarke');
    expect(row!.cells.map((c) => [c.kind, c.label, c.times, c.hours, c.change])).toEqual([
      ['night', 'Night', '22:00–07:00', 8, null],
      ['absent', 'Annual leave', null, null, 'Annual leave'],
      ['early', 'Early', '07:00–16:00', 9, 'Overtime'],
    ]);
  });

  it('should show a rest day and an unassigned day for what they are', () => {
    const roster = { ...ROSTER, people: [{ ...ROSTER.people[0]!, days: [day('2026-03-31', {}), day('2026-04-01', { source: 'unassigned', shiftTypeCode: null, plannedShiftTypeCode: null })] }] };
    const [row] = buildRosterGrid(roster, TYPES);
    expect(row!.cells.map((c) => [c.kind, c.label])).toEqual([
      ['rest', 'Rest'],
      ['none', 'No pattern'],
    ]);
  });
});

describe('shortfalls in words', () => {
  const base = { ruleId: '00000000-0000-4000-8000-0000000000c1', teamId: ROSTER.teamId, teamName: ROSTER.teamName, roleTitle: null, skillCode: null };
  it('should group a shift’s shortfalls into one line, role and skill named', () => {
    const lines = describeShortfalls(
      [
        { ...base, date: '2026-12-01', shiftTypeCode: 'NIGHT', skillCode: 'response_driving', minimum: 8, rostered: 7, shortBy: 1 },
        { ...base, date: '2026-12-01', shiftTypeCode: 'NIGHT', roleTitle: 'Response officer', minimum: 16, rostered: 14, shortBy: 2 },
        { ...base, date: '2026-11-30', shiftTypeCode: 'EARLY', minimum: 6, rostered: 5, shortBy: 1 },
      ],
      TYPES,
      new Map([['response_driving', 'Response driving']]),
    );
    expect(lines.map((l) => l.text)).toEqual(['Early Mon 30/11: 1 short of 6', 'Night Tue 01/12: Response driving 1 short of 8; 2 short of 16 response officers']);
    expect(lines[1]!.totalShort).toBe(3);
  });
});
