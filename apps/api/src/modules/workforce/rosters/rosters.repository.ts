import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../core/db/schema';
import type { RosterChangeKind, ShiftKind, SkillCategory } from '../../../core/db/schema.rosters';
import { formatLocalDate, parseLocalDate } from './local-time';
import { RosterPlan, type AssignmentSpec, type ChangeSpec, type PatternSpec, type ShiftTypeSpec } from './roster-expansion';
import type { HeldSkill, MemberSpec, StaffingRuleSpec } from './staffing';

type Q = Kysely<DB> | Transaction<DB>;

const day = (text: string): number => parseLocalDate(text)!;
const ms = (v: Date | string | null): number | null => (v === null ? null : new Date(v).getTime());

// ---------------------------------------------------------------------------------------------
// Revision: one counter for everything the in-memory rosters are built from.

/** Marks the roster as changed; call inside the transaction of every roster change. */
export async function bumpRosterRevision(q: Q): Promise<void> {
  await q.updateTable('roster_revision').set({ revision: sql<number>`revision + 1` }).where('id', '=', true).execute();
}

export async function getRosterRevision(q: Q): Promise<number> {
  const row = await q.selectFrom('roster_revision').select('revision').where('id', '=', true).executeTakeFirstOrThrow();
  return Number(row.revision);
}

// ---------------------------------------------------------------------------------------------
// Skills

export type SkillRecord = { code: string; name: string; category: SkillCategory; validityMonths: number | null };

export async function listSkills(q: Q): Promise<SkillRecord[]> {
  return q.selectFrom('skill').select(['code', 'name', 'category', 'validity_months as validityMonths']).orderBy('category').orderBy('name').execute();
}

export async function getSkill(q: Q, code: string): Promise<SkillRecord | undefined> {
  return q.selectFrom('skill').select(['code', 'name', 'category', 'validity_months as validityMonths']).where('code', '=', code).executeTakeFirst();
}

export type StaffSkillRecord = { code: string; name: string; obtainedOn: string; expiresOn: string | null };

export async function listStaffSkills(q: Q, staffId: string): Promise<StaffSkillRecord[]> {
  return q
    .selectFrom('staff_skill as ss')
    .innerJoin('skill as s', 's.code', 'ss.skill_code')
    .select(['s.code', 's.name', sql<string>`ss.obtained_on::text`.as('obtainedOn'), sql<string | null>`ss.expires_on::text`.as('expiresOn')])
    .where('ss.staff_id', '=', staffId)
    .orderBy('s.name')
    .execute();
}

export async function upsertStaffSkill(q: Q, staffId: string, code: string, obtainedOn: string, expiresOn: string | null): Promise<void> {
  await q
    .insertInto('staff_skill')
    .values({ staff_id: staffId, skill_code: code, obtained_on: obtainedOn, expires_on: expiresOn })
    .onConflict((oc) => oc.columns(['staff_id', 'skill_code']).doUpdateSet({ obtained_on: obtainedOn, expires_on: expiresOn }))
    .execute();
}

export async function deleteStaffSkill(q: Q, staffId: string, code: string): Promise<boolean> {
  const r = await q.deleteFrom('staff_skill').where('staff_id', '=', staffId).where('skill_code', '=', code).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Skills held by everyone (or the given people), as the staffing rules read them. */
export async function listSkillHoldings(q: Q, staffIds?: string[]): Promise<Map<string, Map<string, HeldSkill>>> {
  let query = q.selectFrom('staff_skill').select(['staff_id as staffId', 'skill_code as code', sql<string>`obtained_on::text`.as('obtainedOn'), sql<string | null>`expires_on::text`.as('expiresOn')]);
  if (staffIds) {
    if (staffIds.length === 0) return new Map();
    query = query.where('staff_id', 'in', staffIds);
  }
  const out = new Map<string, Map<string, HeldSkill>>();
  for (const r of await query.execute()) {
    let held = out.get(r.staffId);
    if (!held) out.set(r.staffId, (held = new Map()));
    held.set(r.code, { obtainedOn: day(r.obtainedOn), expiresOn: r.expiresOn === null ? null : day(r.expiresOn) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Shift types and patterns

export type ShiftTypeRecord = ShiftTypeSpec & { name: string };

const shiftTypeColumns = ['id', 'code', 'name', 'kind', 'start_minute as startMinute', 'duration_minutes as durationMinutes'] as const;

export async function listShiftTypes(q: Q): Promise<ShiftTypeRecord[]> {
  return q.selectFrom('shift_type').select(shiftTypeColumns).orderBy('code').execute();
}

export async function getShiftTypeByCode(q: Q, code: string): Promise<ShiftTypeRecord | undefined> {
  return q.selectFrom('shift_type').select(shiftTypeColumns).where('code', '=', code).executeTakeFirst();
}

export async function insertShiftType(q: Q, t: { code: string; name: string; kind: ShiftKind; startMinute: number | null; durationMinutes: number | null }): Promise<ShiftTypeRecord | undefined> {
  return q
    .insertInto('shift_type')
    .values({ code: t.code, name: t.name, kind: t.kind, start_minute: t.startMinute, duration_minutes: t.durationMinutes })
    .onConflict((oc) => oc.column('code').doNothing())
    .returning(shiftTypeColumns)
    .executeTakeFirst();
}

export type PatternRecord = PatternSpec & { name: string; description: string; version: number };

/** Every pattern with its days (shift types in cycle order). */
export async function listPatterns(q: Q): Promise<PatternRecord[]> {
  const [patterns, days, types] = await Promise.all([
    q.selectFrom('shift_pattern').select(['id', 'code', 'name', 'description', 'version']).orderBy('code').execute(),
    q.selectFrom('shift_pattern_day').select(['pattern_id as patternId', 'day_index as dayIndex', 'shift_type_id as shiftTypeId']).orderBy('pattern_id').orderBy('day_index').execute(),
    listShiftTypes(q),
  ]);
  const typeById = new Map(types.map((t) => [t.id, t]));
  const daysOf = new Map<string, ShiftTypeSpec[]>();
  for (const d of days) {
    let list = daysOf.get(d.patternId);
    if (!list) daysOf.set(d.patternId, (list = []));
    list[d.dayIndex] = typeById.get(d.shiftTypeId)!;
  }
  return patterns.map((p) => ({ ...p, days: daysOf.get(p.id) ?? [] }));
}

export async function insertPattern(q: Q, p: { code: string; name: string; description: string; dayTypeIds: string[] }): Promise<string | undefined> {
  const row = await q
    .insertInto('shift_pattern')
    .values({ code: p.code, name: p.name, description: p.description, length_days: p.dayTypeIds.length })
    .onConflict((oc) => oc.column('code').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) return undefined;
  for (let i = 0; i < p.dayTypeIds.length; i += 500) {
    await q
      .insertInto('shift_pattern_day')
      .values(p.dayTypeIds.slice(i, i + 500).map((t, k) => ({ pattern_id: row.id, day_index: i + k, shift_type_id: t })))
      .execute();
  }
  return row.id;
}

// ---------------------------------------------------------------------------------------------
// Assignments

export type AssignmentRecord = AssignmentSpec & { patternCode: string };

export async function listAssignments(q: Q, filter: { staffId?: string | undefined; teamId?: string | undefined } = {}): Promise<AssignmentRecord[]> {
  let query = q
    .selectFrom('roster_assignment as a')
    .innerJoin('shift_pattern as p', 'p.id', 'a.pattern_id')
    .select([
      'a.id',
      'a.pattern_id as patternId',
      'p.code as patternCode',
      'a.staff_id as staffId',
      'a.team_id as teamId',
      sql<string>`a.starts_on::text`.as('startsOn'),
      'a.start_day_index as startDayIndex',
      sql<string | null>`a.ends_on::text`.as('endsOn'),
    ]);
  if (filter.staffId) query = query.where('a.staff_id', '=', filter.staffId);
  if (filter.teamId) query = query.where('a.team_id', '=', filter.teamId);
  const rows = await query.orderBy('a.starts_on').orderBy('a.id').execute();
  return rows.map((r) => ({ ...r, startsOn: day(r.startsOn), endsOn: r.endsOn === null ? null : day(r.endsOn) }));
}

export async function insertAssignment(
  q: Q,
  a: { staffId: string | null; teamId: string | null; patternId: string; startsOn: string; startDayIndex: number; endsOn: string | null; createdBy: string | null },
): Promise<string> {
  const row = await q
    .insertInto('roster_assignment')
    .values({ staff_id: a.staffId, team_id: a.teamId, pattern_id: a.patternId, starts_on: a.startsOn, start_day_index: a.startDayIndex, ends_on: a.endsOn, created_by: a.createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

// ---------------------------------------------------------------------------------------------
// Changes

export type ChangeRecord = ChangeSpec & { overriddenRules: string[] };

function selectChanges(q: Q) {
  return q
    .selectFrom('roster_change as c')
    .leftJoin('shift_type as t', 't.id', 'c.shift_type_id')
    .select([
      'c.id',
      'c.staff_id as staffId',
      sql<string>`c.duty_date::text`.as('dutyDate'),
      'c.kind',
      'c.starts_at as startsAt',
      'c.ends_at as endsAt',
      't.code as shiftTypeCode',
      'c.swap_with_staff_id as swapWithStaffId',
      'c.reason',
      'c.approved_by_name as approvedByName',
      'c.override_reason as overrideReason',
      'c.overridden_rules as overriddenRules',
      'c.version',
    ]);
}

type ChangeRow = Awaited<ReturnType<ReturnType<typeof selectChanges>['execute']>>[number];
const toChange = (r: ChangeRow): ChangeRecord => ({
  id: r.id,
  staffId: r.staffId,
  day: day(r.dutyDate),
  kind: r.kind,
  startsAt: ms(r.startsAt),
  endsAt: ms(r.endsAt),
  shiftTypeCode: r.shiftTypeCode,
  swapWithStaffId: r.swapWithStaffId,
  reason: r.reason,
  approvedByName: r.approvedByName,
  overrideReason: r.overrideReason,
  overriddenRules: r.overriddenRules ?? [],
  version: r.version,
});

/** Changes on duty dates from..to (day numbers), for everyone or the given people. */
export async function listChanges(q: Q, from: number, to: number, staffIds?: string[]): Promise<ChangeRecord[]> {
  let query = selectChanges(q).where('c.duty_date', '>=', formatLocalDate(from)).where('c.duty_date', '<=', formatLocalDate(to));
  if (staffIds) {
    if (staffIds.length === 0) return [];
    query = query.where('c.staff_id', 'in', staffIds);
  }
  return (await query.execute()).map(toChange);
}

export async function getChange(q: Q, staffId: string, dutyDate: string): Promise<ChangeRecord | undefined> {
  const row = await selectChanges(q).where('c.staff_id', '=', staffId).where('c.duty_date', '=', dutyDate).executeTakeFirst();
  return row && toChange(row);
}

export type ChangeValues = {
  kind: RosterChangeKind;
  startsAt: Date | null;
  endsAt: Date | null;
  shiftTypeId: string | null;
  swapWithStaffId: string | null;
  reason: string;
  approvedByUserId: string | null;
  approvedByName: string;
  overrideReason: string | null;
  overriddenRules: string[];
};

const changeColumns = (v: ChangeValues) => ({
  kind: v.kind,
  starts_at: v.startsAt,
  ends_at: v.endsAt,
  shift_type_id: v.shiftTypeId,
  swap_with_staff_id: v.swapWithStaffId,
  reason: v.reason,
  approved_by_user_id: v.approvedByUserId,
  approved_by_name: v.approvedByName,
  override_reason: v.overrideReason,
  overridden_rules: JSON.stringify(v.overriddenRules),
});

/** Records a change for a person-day that had none; false when one appeared meanwhile. */
export async function insertChange(q: Q, staffId: string, dutyDate: string, v: ChangeValues): Promise<boolean> {
  const row = await q
    .insertInto('roster_change')
    .values({ staff_id: staffId, duty_date: dutyDate, ...changeColumns(v) })
    .onConflict((oc) => oc.columns(['staff_id', 'duty_date']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return !!row;
}

/** Replaces a person-day's change if it is still at `version`. */
export async function updateChange(q: Q, staffId: string, dutyDate: string, version: number, v: ChangeValues): Promise<boolean> {
  const r = await q
    .updateTable('roster_change')
    .set({ ...changeColumns(v), version: sql`version + 1`, updated_at: sql`now()` })
    .where('staff_id', '=', staffId)
    .where('duty_date', '=', dutyDate)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Removes a person-day's change (the day follows the pattern again) if it is still at `version`. */
export async function deleteChange(q: Q, staffId: string, dutyDate: string, version: number): Promise<boolean> {
  const r = await q.deleteFrom('roster_change').where('staff_id', '=', staffId).where('duty_date', '=', dutyDate).where('version', '=', version).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

// ---------------------------------------------------------------------------------------------
// Minimum staffing

export type MinimumStaffingRecord = StaffingRuleSpec & { version: number };

export async function listMinimumStaffing(q: Q, teamId?: string): Promise<MinimumStaffingRecord[]> {
  let query = q
    .selectFrom('minimum_staffing as m')
    .innerJoin('shift_type as t', 't.id', 'm.shift_type_id')
    .select(['m.id', 'm.team_id as teamId', 'm.role_title as roleTitle', 'm.skill_code as skillCode', 'm.minimum', 'm.version'])
    .select(['t.id as typeId', 't.code as typeCode', 't.kind as typeKind', 't.start_minute as typeStart', 't.duration_minutes as typeDuration']);
  if (teamId) query = query.where('m.team_id', '=', teamId);
  const rows = await query.orderBy('m.team_id').orderBy('t.code').orderBy('m.id').execute();
  return rows.map((r) => ({
    id: r.id,
    teamId: r.teamId,
    roleTitle: r.roleTitle,
    skillCode: r.skillCode,
    minimum: r.minimum,
    version: r.version,
    shiftType: { id: r.typeId, code: r.typeCode, kind: r.typeKind, startMinute: r.typeStart, durationMinutes: r.typeDuration },
  }));
}

export async function insertMinimumStaffing(q: Q, m: { teamId: string; shiftTypeId: string; roleTitle: string | null; skillCode: string | null; minimum: number }): Promise<string | undefined> {
  const row = await q
    .insertInto('minimum_staffing')
    .values({ team_id: m.teamId, shift_type_id: m.shiftTypeId, role_title: m.roleTitle, skill_code: m.skillCode, minimum: m.minimum })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Changes a rule's minimum if it is still at `version`. */
export async function updateMinimumStaffing(q: Q, id: string, version: number, minimum: number): Promise<boolean> {
  const r = await q.updateTable('minimum_staffing').set({ minimum, version: sql<number>`version + 1` }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Removes a rule if it is still at `version`. */
export async function deleteMinimumStaffing(q: Q, id: string, version: number): Promise<boolean> {
  const r = await q.deleteFrom('minimum_staffing').where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function getMinimumStaffing(q: Q, id: string): Promise<MinimumStaffingRecord | undefined> {
  return (await listMinimumStaffing(q)).find((r) => r.id === id);
}

// ---------------------------------------------------------------------------------------------
// People, as the roster sees them

export type RosterPerson = MemberSpec & {
  collarNumber: string;
  firstName: string;
  lastName: string;
  rank: string;
  teamName: string | null;
  stationLatitude: number | null;
  stationLongitude: number | null;
};

/** Active staff (all, a team's, or the given ids) with their skills, by surname. */
export async function listRosterPeople(q: Q, filter: { teamId?: string | undefined; staffIds?: string[] | undefined } = {}): Promise<RosterPerson[]> {
  let query = q
    .selectFrom('staff as s')
    .leftJoin('team as t', 't.id', 's.team_id')
    .leftJoin('station as st', 'st.id', 's.station_id')
    .select([
      's.id as staffId',
      's.team_id as teamId',
      't.name as teamName',
      's.role_title as roleTitle',
      's.collar_number as collarNumber',
      's.first_name as firstName',
      's.last_name as lastName',
      's.rank',
      'st.latitude as stationLatitude',
      'st.longitude as stationLongitude',
    ])
    .where('s.is_active', '=', true);
  if (filter.teamId) query = query.where('s.team_id', '=', filter.teamId);
  if (filter.staffIds) {
    if (filter.staffIds.length === 0) return [];
    query = query.where('s.id', 'in', filter.staffIds);
  }
  const rows = await query.orderBy('s.last_name').orderBy('s.first_name').orderBy('s.id').execute();
  const skills = await listSkillHoldings(q, filter.teamId || filter.staffIds ? rows.map((r) => r.staffId) : undefined);
  return rows.map((r) => ({ ...r, skills: skills.get(r.staffId) ?? new Map() }));
}

/** Everything the roster is computed from, with the changes on duty dates from..to. */
export async function loadRosterPlan(q: Q, from: number, to: number, staffIds?: string[]): Promise<RosterPlan> {
  const [patterns, assignments, changes] = await Promise.all([listPatterns(q), listAssignments(q), listChanges(q, from, to, staffIds)]);
  return new RosterPlan(patterns, assignments, changes);
}

export type TeamRecord = { id: string; name: string };
export async function listTeamNames(q: Q): Promise<TeamRecord[]> {
  return q.selectFrom('team').select(['id', 'name']).orderBy('name').execute();
}
