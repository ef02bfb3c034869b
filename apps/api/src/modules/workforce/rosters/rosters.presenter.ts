import type { PersonRoster, RosterDay as RosterDayDto, ShiftPattern, ShiftType, Shortfall as ShortfallDto } from '@bluelamp/contracts/workforce/rosters';
import { formatLocalDate, formatLocalTime } from './local-time';
import type { RosterDay } from './roster-expansion';
import type { ChangeRecord, PatternRecord, RosterPerson, ShiftTypeRecord } from './rosters.repository';
import { holdsSkill, type Shortfall } from './staffing';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export function presentRosterDay(d: RosterDay): RosterDayDto {
  const c = d.change as ChangeRecord | null;
  return {
    date: formatLocalDate(d.day),
    source: d.source,
    shiftTypeCode: d.shiftTypeCode,
    plannedShiftTypeCode: d.plannedShift?.code ?? null,
    startsAt: iso(d.startsAt),
    endsAt: iso(d.endsAt),
    change: c && {
      id: c.id,
      kind: c.kind,
      reason: c.reason,
      approvedBy: c.approvedByName,
      overrideReason: c.overrideReason,
      overriddenRules: c.overriddenRules ?? [],
      swapWithStaffId: c.swapWithStaffId,
    },
    version: c?.version ?? 0,
  };
}

export function presentShiftType(t: ShiftTypeRecord): ShiftType {
  return {
    id: t.id,
    code: t.code,
    name: t.name,
    kind: t.kind,
    startTime: t.startMinute === null ? null : formatLocalTime(t.startMinute),
    durationMinutes: t.durationMinutes,
  };
}

export function presentPattern(p: PatternRecord): ShiftPattern {
  return { id: p.id, code: p.code, name: p.name, description: p.description, lengthDays: p.days.length, days: p.days.map((d) => d.code), version: p.version };
}

export function presentShortfall(s: Shortfall, teamNames: Map<string, string>): ShortfallDto {
  return {
    ruleId: s.ruleId,
    teamId: s.teamId,
    teamName: teamNames.get(s.teamId) ?? '',
    date: formatLocalDate(s.day),
    shiftTypeCode: s.shiftTypeCode,
    roleTitle: s.roleTitle,
    skillCode: s.skillCode,
    minimum: s.minimum,
    rostered: s.rostered,
    shortBy: s.minimum - s.rostered,
  };
}

export function presentPersonRoster(p: RosterPerson, days: RosterDay[], asOf: number): PersonRoster {
  return {
    staffId: p.staffId,
    collarNumber: p.collarNumber,
    firstName: p.firstName,
    lastName: p.lastName,
    rank: p.rank,
    roleTitle: p.roleTitle,
    teamId: p.teamId,
    skills: [...p.skills.keys()].filter((code) => holdsSkill(p, code, asOf)).sort(),
    days: days.map(presentRosterDay),
  };
}
