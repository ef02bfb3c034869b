import type { RosterChangeKind } from '@bluelamp/contracts/workforce/rosters';
import type { ShiftTypeDto, TeamRosterDto } from '../api/rostersApi';
import { dutyTimes } from './localTime';
import { dayHeading } from './week';

type RosterDayDto = TeamRosterDto['people'][number]['days'][number];

/** What each kind of change is called on screen. */
export const CHANGE_LABELS: Record<RosterChangeKind, string> = {
  annual_leave: 'Annual leave',
  sickness: 'Sickness',
  training: 'Training',
  court: 'Court',
  overtime: 'Overtime',
  shift_swap: 'Shift swap',
  shift_change: 'Changed shift',
  rest_day: 'Rest day',
};

/** One person-day of the grid. */
export type RosterCell = {
  date: string;
  /** The duty worked: early, late, night, day or rest; `absent` for leave, sickness and court without a duty; `none` when unassigned. */
  kind: ShiftTypeDto['kind'] | 'absent' | 'none';
  /** "Night", "Rest", "Annual leave"… */
  label: string;
  /** Local start–end, e.g. "22:00–07:00"; null without a duty. */
  times: string | null;
  /** The real length in hours (differs from the nominal one across a clock change). */
  hours: number | null;
  /** The change on top of the pattern, e.g. "Annual leave", or null when the day follows the pattern. */
  change: string | null;
  day: RosterDayDto;
};

export type RosterRow = {
  staffId: string;
  name: string;
  collarNumber: string;
  rank: string;
  roleTitle: string;
  skills: string[];
  cells: RosterCell[];
};

const shortName = (type: ShiftTypeDto | undefined): string => (type ? type.name.replace(/\s*\(.*\)$/, '') : 'Duty');

function cellOf(day: RosterDayDto, types: Map<string, ShiftTypeDto>): RosterCell {
  const times = dutyTimes(day.startsAt, day.endsAt);
  const type = day.shiftTypeCode ? types.get(day.shiftTypeCode) : undefined;
  const change = day.change ? CHANGE_LABELS[day.change.kind] : null;
  const base = { date: day.date, times: times?.label ?? null, hours: times?.hours ?? null, change, day };
  if (day.source === 'unassigned') return { ...base, kind: 'none', label: 'No pattern' };
  // Leave, sickness or court with no duty that day: the change is the whole story.
  if (!times && change && day.change?.kind !== 'rest_day') return { ...base, kind: 'absent', label: change };
  if (!times) return { ...base, kind: 'rest', label: 'Rest' };
  return { ...base, kind: type?.kind ?? 'day', label: type ? shortName(type) : 'Duty' };
}

/** The people × days grid of a team's roster, in the API's order (rank, then name). */
export function buildRosterGrid(roster: TeamRosterDto, shiftTypes: readonly ShiftTypeDto[]): RosterRow[] {
  const types = new Map(shiftTypes.map((t) => [t.code, t]));
  return roster.people.map((p) => ({
    staffId: p.staffId,
    name: `${p.firstName} ${p.lastName}`,
    collarNumber: p.collarNumber,
    rank: p.rank,
    roleTitle: p.roleTitle,
    skills: p.skills,
    cells: p.days.map((d) => cellOf(d, types)),
  }));
}

type ShortfallDto = TeamRosterDto['shortfalls'][number];

/** One shift below minimum staffing, in words: "Night Tue 01/12: 2 short of 16 response officers; Response driving 1 short of 8". */
export type ShortfallSummary = { date: string; shiftTypeCode: string; text: string; totalShort: number };

/**
 * The team's shortfalls grouped by shift, in date order, each in plain words. Role rules name the
 * role; skill rules the skill (by its catalogue name when known).
 */
export function describeShortfalls(shortfalls: readonly ShortfallDto[], shiftTypes: readonly ShiftTypeDto[], skillNames: ReadonlyMap<string, string> = new Map()): ShortfallSummary[] {
  const types = new Map(shiftTypes.map((t) => [t.code, t]));
  const groups = new Map<string, ShortfallDto[]>();
  for (const s of shortfalls) {
    const key = `${s.date} ${s.shiftTypeCode}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups.values()]
    .map((items) => {
      const first = items[0]!;
      const parts = items.map((s) => {
        if (s.skillCode) return `${skillNames.get(s.skillCode) ?? s.skillCode.replace(/_/g, ' ')} ${s.shortBy} short of ${s.minimum}`;
        if (s.roleTitle) return `${s.shortBy} short of ${s.minimum} ${s.roleTitle.toLowerCase()}s`;
        return `${s.shortBy} short of ${s.minimum}`;
      });
      return {
        date: first.date,
        shiftTypeCode: first.shiftTypeCode,
        text: `${shortName(types.get(first.shiftTypeCode))} ${dayHeading(first.date)}: ${parts.join('; ')}`,
        totalShort: items.reduce((n, s) => n + s.shortBy, 0),
      };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.shiftTypeCode.localeCompare(b.shiftTypeCode));
}
