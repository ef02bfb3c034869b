import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './schema';

// Tables of migration 0006_rosters.sql: skills, shift patterns, rosters and live availability.

type Defaulted<T> = ColumnType<T, T | undefined, T>;
/** A `date`: written as 'YYYY-MM-DD'; select it as `col::text` (node-postgres would make a local-midnight Date). */
type LocalDate = ColumnType<string, string, string>;

export type SkillCategory = 'driving' | 'first_aid' | 'investigation' | 'public_order' | 'firearms' | 'specialist' | 'control_room';
export type ShiftKind = 'early' | 'late' | 'night' | 'day' | 'rest';
export type RosterChangeKind = 'annual_leave' | 'sickness' | 'training' | 'court' | 'overtime' | 'shift_swap' | 'shift_change' | 'rest_day';
export type OfficerStatusCode = 'available' | 'committed' | 'refreshment' | 'off_duty';

export type SkillTable = { code: string; name: string; category: SkillCategory; validity_months: number | null };

export type StaffSkillTable = { staff_id: string; skill_code: string; obtained_on: LocalDate; expires_on: LocalDate | null };

export type ShiftTypeTable = {
  id: Generated<string>;
  code: string;
  name: string;
  kind: ShiftKind;
  /** Minutes after local midnight (Europe/London); null on a rest day. */
  start_minute: number | null;
  duration_minutes: number | null;
};

export type ShiftPatternTable = {
  id: Generated<string>;
  code: string;
  name: string;
  description: Defaulted<string>;
  length_days: number;
  created_at: Generated<Date>;
  version: Generated<number>;
};

export type ShiftPatternDayTable = { pattern_id: string; day_index: number; shift_type_id: string };

export type RosterAssignmentTable = {
  id: Generated<string>;
  staff_id: string | null;
  team_id: string | null;
  pattern_id: string;
  starts_on: LocalDate;
  start_day_index: Defaulted<number>;
  ends_on: LocalDate | null;
  created_by: string | null;
  created_at: Generated<Date>;
};

export type RosterChangeTable = {
  id: Generated<string>;
  staff_id: string;
  duty_date: LocalDate;
  kind: RosterChangeKind;
  starts_at: Timestamp | null;
  ends_at: Timestamp | null;
  shift_type_id: string | null;
  swap_with_staff_id: string | null;
  reason: string;
  approved_by_user_id: string | null;
  approved_by_name: string;
  override_reason: string | null;
  overridden_rules: ColumnType<string[], string | undefined, string>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  version: Generated<number>;
};

export type MinimumStaffingTable = {
  id: Generated<string>;
  team_id: string;
  shift_type_id: string;
  role_title: string | null;
  skill_code: string | null;
  minimum: number;
  version: Generated<number>;
  created_at: Generated<Date>;
};

export type RosterRevisionTable = { id: Defaulted<boolean>; revision: ColumnType<string | number, number | undefined, number> };

export type OfficerStatusTable = {
  staff_id: string;
  status: Defaulted<OfficerStatusCode>;
  status_at: ColumnType<Date, Date | string | undefined, Date | string>;
  booked_on_at: Timestamp | null;
  booked_off_at: Timestamp | null;
  incident_id: string | null;
  committed_at: Timestamp | null;
  latitude: number | null;
  longitude: number | null;
  position_at: Timestamp | null;
  version: Generated<number>;
};

export type RosterTables = {
  skill: SkillTable;
  staff_skill: StaffSkillTable;
  shift_type: ShiftTypeTable;
  shift_pattern: ShiftPatternTable;
  shift_pattern_day: ShiftPatternDayTable;
  roster_assignment: RosterAssignmentTable;
  roster_change: RosterChangeTable;
  minimum_staffing: MinimumStaffingTable;
  roster_revision: RosterRevisionTable;
  officer_status: OfficerStatusTable;
};
