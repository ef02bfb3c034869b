import { sql, type Transaction } from 'kysely';
import type { DB } from '../../../core/db/schema';

/** An imported incident's columns (snake_case, as the table; times as ISO strings). */
export type ImportedIncidentRow = {
  reference: string;
  category_code: string | null;
  category_text: string | null;
  grade: string;
  original_grade: string;
  target_seconds: number;
  received_at: string;
  target_at: string;
  location_postcode: string | null;
  latitude: number | null;
  longitude: number | null;
  narrative: string;
  first_dispatched_at: string | null;
  first_arrived_at: string | null;
  cleared_at: string | null;
  closed_at: string;
  breached_at: string | null;
  attended: boolean | null;
  /** Not attended (attended = false): the reason code, approved. */
  non_attendance_reason?: string | null;
  breach_reason?: string | null;
  imported_row: Record<string, string>;
  created_by_username: string;
};

/** One event of an imported incident's timeline, by the incident's reference; `ord` orders them. */
export type ImportedEventRow = {
  reference: string;
  ord: number;
  type: string;
  from_status: string | null;
  to_status: string | null;
  occurred_at: string;
  details: Record<string, unknown>;
};

/**
 * Inserts closed imported incidents and their timelines in one statement (the rows travel as one
 * JSON parameter: far quicker than thousands of bound parameters, on PGlite above all). A reference
 * already there is skipped with its events. Returns how many incidents went in.
 */
export async function insertImportedIncidents(tx: Transaction<DB>, incidents: ImportedIncidentRow[], events: ImportedEventRow[], byUsername: string): Promise<number> {
  if (incidents.length === 0) return 0;
  const { rows } = await sql<{ n: string }>`
    with x as (
      select * from jsonb_to_recordset(${JSON.stringify(incidents)}::jsonb) as x(
        reference text, category_code text, category_text text, grade text, original_grade text, target_seconds integer,
        received_at timestamptz, target_at timestamptz, location_postcode text, latitude double precision, longitude double precision,
        narrative text, first_dispatched_at timestamptz, first_arrived_at timestamptz, cleared_at timestamptz, closed_at timestamptz,
        breached_at timestamptz, attended boolean, non_attendance_reason text, breach_reason text, imported_row jsonb, created_by_username text)
    ),
    ins as (
      insert into incident (reference, source, category_code, category_text, grade, original_grade, target_seconds, received_at, target_at,
        status, location_postcode, latitude, longitude, narrative, first_dispatched_at, first_arrived_at, cleared_at, closed_at, breached_at,
        attended, non_attendance_reason, non_attendance_status, breach_reason, closing_code, imported_row, created_by_username)
      select reference, 'import', category_code, category_text, grade, original_grade, target_seconds, received_at, target_at,
        'closed', location_postcode, latitude, longitude, coalesce(narrative, ''), first_dispatched_at, first_arrived_at, cleared_at, closed_at, breached_at,
        attended, non_attendance_reason, case when non_attendance_reason is not null then 'approved' end, breach_reason, 'imported', imported_row, created_by_username
      from x
      on conflict (reference) do nothing
      returning id, reference
    ),
    ev as (
      insert into incident_event (incident_id, type, from_status, to_status, occurred_at, by_username, details)
      select ins.id, e.type, e.from_status, e.to_status, e.occurred_at, ${byUsername}, e.details
      from ins join jsonb_to_recordset(${JSON.stringify(events)}::jsonb) as e(reference text, ord integer, type text, from_status text, to_status text, occurred_at timestamptz, details jsonb)
        on e.reference = ins.reference
      order by ins.reference, e.ord
      returning 1
    )
    select count(*) as n from ins`.execute(tx);
  return Number(rows[0]!.n);
}
