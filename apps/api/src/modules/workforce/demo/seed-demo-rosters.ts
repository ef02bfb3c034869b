import type { Transaction } from 'kysely';
import type { DB } from '../../../core/db/schema';
import { demoId, type DemoForce } from './generate-demo-force';
import { DEMO_PATTERNS, DEMO_SHIFT_TYPES, DEMO_SKILLS, generateDemoRosters } from './generate-demo-rosters';

const BATCH = 1000;

/** Counts of what was seeded, for the demo.seeded audit record. */
export type DemoRosterCounts = { skills: number; staffSkills: number; patterns: number; assignments: number; minimumStaffingRules: number; rosterChanges: number };

/**
 * Inserts the demo force's skill catalogue and holdings, shift types, patterns, assignments,
 * minimum staffing and the leave and sickness around `today`, inside the seeding transaction.
 */
export async function insertDemoRosters(trx: Transaction<DB>, force: DemoForce, today: string): Promise<DemoRosterCounts> {
  const demo = generateDemoRosters(force, { today });
  await trx.insertInto('skill').values(DEMO_SKILLS.map((s) => ({ code: s.code, name: s.name, category: s.category, validity_months: s.validityMonths }))).execute();
  for (let i = 0; i < demo.staffSkills.length; i += BATCH) {
    await trx
      .insertInto('staff_skill')
      .values(demo.staffSkills.slice(i, i + BATCH).map((s) => ({ staff_id: s.staffId, skill_code: s.skillCode, obtained_on: s.obtainedOn, expires_on: s.expiresOn })))
      .execute();
  }
  const typeId = (code: string) => demoId(`shift-type/${code}`);
  const patternId = (code: string) => demoId(`shift-pattern/${code}`);
  await trx
    .insertInto('shift_type')
    .values(DEMO_SHIFT_TYPES.map((t) => ({ id: typeId(t.code), code: t.code, name: t.name, kind: t.kind, start_minute: t.startMinute, duration_minutes: t.durationMinutes })))
    .execute();
  await trx
    .insertInto('shift_pattern')
    .values(DEMO_PATTERNS.map((p) => ({ id: patternId(p.code), code: p.code, name: p.name, description: p.description, length_days: p.days.length })))
    .execute();
  await trx
    .insertInto('shift_pattern_day')
    .values(DEMO_PATTERNS.flatMap((p) => p.days.map((d, i) => ({ pattern_id: patternId(p.code), day_index: i, shift_type_id: typeId(d) }))))
    .execute();
  await trx
    .insertInto('roster_assignment')
    .values(demo.assignments.map((a) => ({ id: a.id, staff_id: a.staffId, team_id: a.teamId, pattern_id: patternId(a.patternCode), starts_on: a.startsOn, start_day_index: a.startDayIndex })))
    .execute();
  await trx
    .insertInto('minimum_staffing')
    .values(demo.rules.map((r) => ({ team_id: r.teamId, shift_type_id: typeId(r.shiftTypeCode), role_title: r.roleTitle, skill_code: r.skillCode, minimum: r.minimum })))
    .execute();
  // Leave is approved by the person's line manager, as it would have been.
  const byId = new Map(force.staff.map((s) => [s.id, s]));
  const approver = (staffId: string) => {
    const manager = byId.get(byId.get(staffId)?.lineManagerId ?? '');
    return manager ? `${manager.firstName} ${manager.lastName} (${manager.rank})` : 'Duty management';
  };
  for (let i = 0; i < demo.changes.length; i += BATCH) {
    await trx
      .insertInto('roster_change')
      .values(demo.changes.slice(i, i + BATCH).map((c) => ({ staff_id: c.staffId, duty_date: c.dutyDate, kind: c.kind, reason: c.reason, approved_by_name: approver(c.staffId) })))
      .execute();
  }
  return {
    skills: DEMO_SKILLS.length,
    staffSkills: demo.staffSkills.length,
    patterns: DEMO_PATTERNS.length,
    assignments: demo.assignments.length,
    minimumStaffingRules: demo.rules.length,
    rosterChanges: demo.changes.length,
  };
}
