import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './schema';

// Tables of migration 0008_incidents.sql: incidents, their events and assignments, and the two
// code lists (non-attendance reasons, closing codes).

export type IncidentStatusCode = 'awaiting_dispatch' | 'dispatched' | 'en_route' | 'on_scene' | 'cleared' | 'closed';
export type AssignmentStatusCode = 'assigned' | 'en_route' | 'on_scene' | 'cleared' | 'released';
export type NonAttendanceStatusCode = 'approved' | 'pending_approval';

export type IncidentCodeTable = { code: string; name: string; sort_order: number; is_active: ColumnType<boolean, boolean | undefined, boolean> };

export type IncidentTable = {
  id: Generated<string>;
  reference: string;
  source: 'contact' | 'import';
  contact_id: string | null;
  category_code: string | null;
  category_text: string | null;
  grade: string;
  original_grade: string;
  target_seconds: number;
  received_at: Timestamp;
  target_at: Timestamp;
  status: IncidentStatusCode;
  location_id: string | null;
  location_address: string | null;
  location_postcode: string | null;
  latitude: number | null;
  longitude: number | null;
  directions: string | null;
  narrative: ColumnType<string, string | undefined, string>;
  first_dispatched_at: Timestamp | null;
  first_en_route_at: Timestamp | null;
  first_arrived_at: Timestamp | null;
  cleared_at: Timestamp | null;
  closed_at: Timestamp | null;
  breached_at: Timestamp | null;
  breach_reason: string | null;
  attended: boolean | null;
  non_attendance_reason: string | null;
  non_attendance_note: string | null;
  non_attendance_status: NonAttendanceStatusCode | null;
  non_attendance_decided_by: string | null;
  non_attendance_decided_at: Timestamp | null;
  closing_code: string | null;
  closing_note: string | null;
  crime_requested_at: Timestamp | null;
  crime_requested_by: string | null;
  crime_id: string | null;
  /** JSON: the old system's row as read ({ column: value }). */
  imported_row: ColumnType<unknown, string | null | undefined, string | null>;
  created_at: Generated<Date>;
  created_by: string | null;
  created_by_username: string | null;
  updated_at: Generated<Date>;
  version: Generated<number>;
};

export type IncidentEventTable = {
  id: Generated<string>;
  seq: ColumnType<number, never, never>;
  incident_id: string;
  type: string;
  staff_id: string | null;
  from_status: string | null;
  to_status: string | null;
  occurred_at: Timestamp;
  recorded_at: Generated<Date>;
  by_user: string | null;
  by_username: string | null;
  /** JSON object. */
  details: ColumnType<unknown, string | undefined, string>;
};

export type IncidentAssignmentTable = {
  id: Generated<string>;
  incident_id: string;
  staff_id: string;
  status: AssignmentStatusCode;
  assigned_at: Timestamp;
  assigned_by: string | null;
  recommended: ColumnType<boolean, boolean | undefined, boolean>;
  distance_metres: number | null;
  eta_seconds: number | null;
  en_route_at: Timestamp | null;
  arrived_at: Timestamp | null;
  cleared_at: Timestamp | null;
  released_at: Timestamp | null;
  version: Generated<number>;
};

export type IncidentTables = {
  incident_non_attendance_reason: IncidentCodeTable;
  incident_closing_code: IncidentCodeTable;
  incident: IncidentTable;
  incident_event: IncidentEventTable;
  incident_assignment: IncidentAssignmentTable;
};
