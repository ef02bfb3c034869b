import type { Transaction } from 'kysely';
import type {
  CreateMinimumStaffingRequest,
  CreateRosterAssignmentRequest,
  CreateShiftPatternRequest,
  CreateShiftTypeRequest,
  SetStaffSkillRequest,
} from '@bluelamp/contracts/workforce/rosters';
import type { DB } from '../../../../core/db/schema';
import type { RequestContext } from '../../../../core/context';
import { AppError, notFound, versionConflict } from '../../../../core/errors';
import { writeAudit } from '../../../../core/audit';
import { formatLocalDate, parseLocalTime } from '../local-time';
import { findDailyRestBreaches, findPatternWeeklyRestBreach } from '../rest-rules';
import { invalidField } from '../rosters.errors';
import * as repo from '../rosters.repository';
import { checkedDay } from './change-roster';

const alreadyExists = (what: string) => new AppError('ALREADY_EXISTS', `${what} already exists`);

export async function createShiftType(tx: Transaction<DB>, ctx: RequestContext, input: CreateShiftTypeRequest): Promise<repo.ShiftTypeRecord> {
  let startMinute: number | null = null;
  let durationMinutes: number | null = null;
  if (input.kind === 'rest') {
    if (input.startTime !== undefined || input.endTime !== undefined) throw invalidField('body/startTime', 'is not given for a rest day');
  } else {
    if (input.startTime === undefined || input.endTime === undefined) throw invalidField('body/startTime', 'and endTime are required for a working shift');
    startMinute = parseLocalTime(input.startTime)!;
    const end = input.endTime === '24:00' ? 1440 : parseLocalTime(input.endTime)!;
    // An end at or before the start is the next day: 22:00–07:00 is a nine-hour night.
    durationMinutes = end > startMinute ? end - startMinute : end + 1440 - startMinute;
    if (durationMinutes > 16 * 60) throw invalidField('body/endTime', 'makes a shift longer than 16 hours');
  }
  const created = await repo.insertShiftType(tx, { code: input.code, name: input.name, kind: input.kind, startMinute, durationMinutes });
  if (!created) throw alreadyExists(`A shift type ${input.code}`);
  await repo.bumpRosterRevision(tx);
  await writeAudit(tx, ctx, { action: 'shift_type.created', entityType: 'shift_type', entityId: created.id, details: { code: input.code, kind: input.kind, startMinute, durationMinutes } });
  return created;
}

/**
 * A rotating pattern from shift type codes, one per day of the cycle. Refused when empty, when a code
 * is unknown, or when the cycle itself (wrapping round) leaves less than 11 hours between shifts.
 */
export async function createPattern(tx: Transaction<DB>, ctx: RequestContext, input: CreateShiftPatternRequest): Promise<repo.PatternRecord> {
  if (input.days.length === 0) throw new AppError('PATTERN_EMPTY', 'A pattern needs at least one day', { issues: [{ path: 'body/days', message: 'body/days is empty' }] });
  const types = new Map((await repo.listShiftTypes(tx)).map((t) => [t.code, t]));
  const unknown = [...new Set(input.days.filter((c) => !types.has(c)))];
  if (unknown.length) throw new AppError('UNKNOWN_SHIFT_TYPE', `Unknown shift type(s): ${unknown.join(', ')}`, { unknown });
  const days = input.days.map((c) => types.get(c)!);
  if (days.every((d) => d.startMinute === null)) throw new AppError('PATTERN_EMPTY', 'A pattern needs at least one working day', { issues: [{ path: 'body/days', message: 'body/days has only rest days' }] });
  // Nominal times (no clock change) over two cycles, so the wrap from the last day to the first is checked.
  const duties = [...days, ...days].flatMap((d, i) => (d.startMinute === null ? [] : [{ day: i, startsAt: (i * 1440 + d.startMinute) * 60_000, endsAt: (i * 1440 + d.startMinute + d.durationMinutes!) * 60_000 }]));
  const breach = findDailyRestBreaches(duties)[0];
  if (breach && breach.rule === 'daily_rest') {
    throw new AppError('REST_RULE_BREACH', `Day ${(breach.afterDay % days.length) + 1} to day ${(breach.beforeDay % days.length) + 1} of the pattern leaves ${breach.restHours} hours' rest (at least 11 are needed)`, {
      breaches: [{ rule: 'daily_rest', afterDayOfCycle: breach.afterDay % days.length, beforeDayOfCycle: breach.beforeDay % days.length, restHours: breach.restHours }],
    });
  }
  const weekly = findPatternWeeklyRestBreach(days);
  if (weekly) {
    throw new AppError(
      'REST_RULE_BREACH',
      `Joined at day ${weekly.startDayOfCycle + 1} of the pattern, a fortnight has no 48 hours' rest or two rests of 24 (the longest is ${Math.round(weekly.longestRestHours)} hours)`,
      { breaches: [{ rule: 'weekly_rest', startDayOfCycle: weekly.startDayOfCycle, longestRestHours: weekly.longestRestHours }] },
    );
  }
  const id = await repo.insertPattern(tx, { code: input.code, name: input.name, description: input.description ?? '', dayTypeIds: days.map((d) => d.id) });
  if (!id) throw alreadyExists(`A shift pattern ${input.code}`);
  await repo.bumpRosterRevision(tx);
  await writeAudit(tx, ctx, { action: 'shift_pattern.created', entityType: 'shift_pattern', entityId: id, details: { code: input.code, lengthDays: days.length } });
  return (await repo.listPatterns(tx)).find((p) => p.id === id)!;
}

/** Puts a person or a team on a pattern from a date, at a given day of its cycle. */
export async function createAssignment(tx: Transaction<DB>, ctx: RequestContext, input: CreateRosterAssignmentRequest): Promise<repo.AssignmentRecord> {
  if ((input.staffId === undefined) === (input.teamId === undefined)) throw invalidField('body/staffId', 'or body/teamId is required, not both');
  const startsOn = checkedDay(input.startsOn, 'body/startsOn');
  if (input.endsOn !== undefined && checkedDay(input.endsOn, 'body/endsOn') < startsOn) throw invalidField('body/endsOn', 'is before startsOn');
  const pattern = (await repo.listPatterns(tx)).find((p) => p.id === input.patternId);
  if (!pattern) throw notFound('The shift pattern');
  const startDayIndex = input.startDayIndex ?? 0;
  if (startDayIndex >= pattern.days.length) throw invalidField('body/startDayIndex', `must be less than the pattern's ${pattern.days.length} days`);
  const target = input.staffId
    ? await tx.selectFrom('staff').select('id').where('id', '=', input.staffId).executeTakeFirst()
    : await tx.selectFrom('team').select('id').where('id', '=', input.teamId!).executeTakeFirst();
  if (!target) throw notFound(input.staffId ? 'The officer or staff member' : 'The team');
  const id = await repo.insertAssignment(tx, {
    staffId: input.staffId ?? null,
    teamId: input.teamId ?? null,
    patternId: pattern.id,
    startsOn: formatLocalDate(startsOn),
    startDayIndex,
    endsOn: input.endsOn ?? null,
    createdBy: ctx.actor?.userId ?? null,
  });
  await repo.bumpRosterRevision(tx);
  await writeAudit(tx, ctx, {
    action: 'roster_assignment.created',
    entityType: input.staffId ? 'staff' : 'team',
    entityId: input.staffId ?? input.teamId!,
    details: { assignmentId: id, pattern: pattern.code, startsOn: input.startsOn, startDayIndex, endsOn: input.endsOn ?? null },
  });
  return (await repo.listAssignments(tx, input.staffId ? { staffId: input.staffId } : { teamId: input.teamId })).find((a) => a.id === id)!;
}

export async function createMinimumStaffing(tx: Transaction<DB>, ctx: RequestContext, input: CreateMinimumStaffingRequest): Promise<repo.MinimumStaffingRecord> {
  const type = await repo.getShiftTypeByCode(tx, input.shiftTypeCode);
  if (!type) throw new AppError('UNKNOWN_SHIFT_TYPE', `There is no shift type ${input.shiftTypeCode}`, { shiftTypeCode: input.shiftTypeCode });
  if (type.startMinute === null) throw invalidField('body/shiftTypeCode', 'is a rest day, not a shift');
  if (input.skillCode !== undefined && !(await repo.getSkill(tx, input.skillCode))) throw unknownSkill(input.skillCode);
  const team = await tx.selectFrom('team').select('id').where('id', '=', input.teamId).executeTakeFirst();
  if (!team) throw notFound('The team');
  const id = await repo.insertMinimumStaffing(tx, { teamId: input.teamId, shiftTypeId: type.id, roleTitle: input.roleTitle ?? null, skillCode: input.skillCode ?? null, minimum: input.minimum });
  if (!id) throw alreadyExists('A minimum-staffing rule for this team, shift, role and skill');
  await repo.bumpRosterRevision(tx);
  await writeAudit(tx, ctx, { action: 'minimum_staffing.created', entityType: 'team', entityId: input.teamId, details: { ruleId: id, ...input } });
  return (await repo.listMinimumStaffing(tx, input.teamId)).find((r) => r.id === id)!;
}

/** Changes a rule's minimum (versioned: a stale version answers 409 with the rule as it stands). */
export async function updateMinimumStaffing(tx: Transaction<DB>, ctx: RequestContext, id: string, input: { minimum: number; version: number }): Promise<repo.MinimumStaffingRecord> {
  const rule = await repo.getMinimumStaffing(tx, id);
  if (!rule) throw notFound('The minimum-staffing rule');
  if (!(await repo.updateMinimumStaffing(tx, id, input.version, input.minimum))) throw versionConflict('The minimum-staffing rule', await repo.getMinimumStaffing(tx, id));
  await repo.bumpRosterRevision(tx);
  await writeAudit(tx, ctx, { action: 'minimum_staffing.updated', entityType: 'team', entityId: rule.teamId, details: { ruleId: id, from: rule.minimum, to: input.minimum } });
  return (await repo.getMinimumStaffing(tx, id))!;
}

export async function deleteMinimumStaffing(tx: Transaction<DB>, ctx: RequestContext, id: string, version: number): Promise<void> {
  const rule = await repo.getMinimumStaffing(tx, id);
  if (!rule) throw notFound('The minimum-staffing rule');
  if (!(await repo.deleteMinimumStaffing(tx, id, version))) throw versionConflict('The minimum-staffing rule', rule);
  await repo.bumpRosterRevision(tx);
  await writeAudit(tx, ctx, { action: 'minimum_staffing.deleted', entityType: 'team', entityId: rule.teamId, details: { ruleId: id, shiftTypeCode: rule.shiftType.code, roleTitle: rule.roleTitle, skillCode: rule.skillCode, minimum: rule.minimum } });
}

export const unknownSkill = (code: string) => new AppError('UNKNOWN_SKILL', `There is no skill ${code} in the catalogue`, { skill: code });

/** Grants or renews a skill; without an expiry date the catalogue's validity is counted from obtainedOn. */
export async function setStaffSkill(tx: Transaction<DB>, ctx: RequestContext, staffId: string, code: string, input: SetStaffSkillRequest): Promise<repo.StaffSkillRecord[]> {
  const skill = await repo.getSkill(tx, code);
  if (!skill) throw unknownSkill(code);
  const staff = await tx.selectFrom('staff').select('id').where('id', '=', staffId).executeTakeFirst();
  if (!staff) throw notFound('The officer or staff member');
  const obtained = checkedDay(input.obtainedOn, 'body/obtainedOn');
  let expiresOn = input.expiresOn ?? null;
  if (expiresOn !== null && checkedDay(expiresOn, 'body/expiresOn') < obtained) throw invalidField('body/expiresOn', 'is before obtainedOn');
  if (input.expiresOn === undefined && skill.validityMonths !== null) {
    const d = new Date(obtained * 86_400_000);
    d.setUTCMonth(d.getUTCMonth() + skill.validityMonths);
    expiresOn = d.toISOString().slice(0, 10);
  }
  await repo.upsertStaffSkill(tx, staffId, code, input.obtainedOn, expiresOn);
  await repo.bumpRosterRevision(tx);
  await writeAudit(tx, ctx, { action: 'staff.skill_set', entityType: 'staff', entityId: staffId, details: { skill: code, obtainedOn: input.obtainedOn, expiresOn } });
  return repo.listStaffSkills(tx, staffId);
}

export async function removeStaffSkill(tx: Transaction<DB>, ctx: RequestContext, staffId: string, code: string): Promise<repo.StaffSkillRecord[]> {
  if (!(await repo.getSkill(tx, code))) throw unknownSkill(code);
  if (!(await repo.deleteStaffSkill(tx, staffId, code))) throw notFound('The skill of this person');
  await repo.bumpRosterRevision(tx);
  await writeAudit(tx, ctx, { action: 'staff.skill_removed', entityType: 'staff', entityId: staffId, details: { skill: code } });
  return repo.listStaffSkills(tx, staffId);
}
