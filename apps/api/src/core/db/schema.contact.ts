import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './schema';

// Tables of migration 0007_contact.sql: contacts, their grade history and match decisions.

/** A `date`: written as 'YYYY-MM-DD'; select it as `col::text` (node-postgres would make a local-midnight Date). */
type LocalDate = ColumnType<string, string, string>;

export type ContactChannelCode = '999' | '101' | 'online' | 'walk_in' | 'officer';
export type MatchDecisionCode = 'confirmed' | 'rejected';

export type ContactTable = {
  id: Generated<string>;
  reference: string;
  channel: ContactChannelCode;
  received_at: Timestamp;
  answered_at: Timestamp | null;
  caller_given_names: string | null;
  caller_family_name: string | null;
  caller_phone: string | null;
  caller_date_of_birth: LocalDate | null;
  caller_address: string | null;
  caller_location_id: string | null;
  location_id: string | null;
  location_address: string | null;
  location_postcode: string | null;
  latitude: number | null;
  longitude: number | null;
  directions: string | null;
  category_code: string;
  narrative: string;
  /** JSON: { threat: { level, note }, … } (contracts/contact ThriveAssessment). */
  thrive: ColumnType<unknown, string, string>;
  proposed_grade: string;
  grade: string;
  grade_reason: string | null;
  created_at: Generated<Date>;
  created_by: string | null;
  created_by_username: string | null;
  updated_at: Generated<Date>;
  version: Generated<number>;
};

export type ContactGradeChangeTable = {
  id: Generated<string>;
  seq: ColumnType<number, never, never>;
  contact_id: string;
  from_grade: string | null;
  to_grade: string;
  reason: string | null;
  changed_at: Generated<Date>;
  changed_by: string | null;
  changed_by_username: string | null;
};

export type ContactMatchDecisionTable = {
  contact_id: string;
  person_id: string;
  decision: MatchDecisionCode;
  probability: number | null;
  decided_at: Timestamp;
  decided_by: string | null;
  decided_by_username: string | null;
};

export type ContactTables = {
  contact: ContactTable;
  contact_grade_change: ContactGradeChangeTable;
  contact_match_decision: ContactMatchDecisionTable;
};
