import { sql, type Insertable, type Kysely, type Transaction, type Updateable } from 'kysely';
import type { DB } from '../../core/db/schema';
import type { AssignmentStatusCode, IncidentStatusCode, IncidentTable, NonAttendanceStatusCode } from '../../core/db/schema.incidents';

type Q = Kysely<DB> | Transaction<DB>;

/** An incident as stored; presenters decide what leaves. */
export type IncidentRecord = {
  id: string;
  reference: string;
  source: 'contact' | 'import';
  contactId: string | null;
  categoryCode: string | null;
  categoryText: string | null;
  grade: string;
  originalGrade: string;
  targetSeconds: number;
  receivedAt: Date;
  targetAt: Date;
  status: IncidentStatusCode;
  locationId: string | null;
  locationAddress: string | null;
  locationPostcode: string | null;
  latitude: number | null;
  longitude: number | null;
  directions: string | null;
  narrative: string;
  firstDispatchedAt: Date | null;
  firstEnRouteAt: Date | null;
  firstArrivedAt: Date | null;
  clearedAt: Date | null;
  closedAt: Date | null;
  breachedAt: Date | null;
  breachReason: string | null;
  attended: boolean | null;
  nonAttendanceReason: string | null;
  nonAttendanceNote: string | null;
  nonAttendanceStatus: NonAttendanceStatusCode | null;
  nonAttendanceDecidedBy: string | null;
  nonAttendanceDecidedAt: Date | null;
  closingCode: string | null;
  closingNote: string | null;
  crimeRequestedAt: Date | null;
  crimeRequestedBy: string | null;
  crimeId: string | null;
  createdAt: Date;
  createdBy: string | null;
  createdByUsername: string | null;
  updatedAt: Date;
  version: number;
};

export type IncidentEventRecord = {
  seq: number;
  type: string;
  staffId: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  occurredAt: Date;
  recordedAt: Date;
  byUser: string | null;
  byUsername: string | null;
  details: Record<string, unknown>;
};

export type AssignmentRecord = {
  id: string;
  incidentId: string;
  staffId: string;
  status: AssignmentStatusCode;
  assignedAt: Date;
  assignedBy: string | null;
  recommended: boolean;
  distanceMetres: number | null;
  etaSeconds: number | null;
  enRouteAt: Date | null;
  arrivedAt: Date | null;
  clearedAt: Date | null;
  releasedAt: Date | null;
  version: number;
};

const INCIDENT_COLUMNS = [
  'i.id',
  'i.reference',
  'i.source',
  'i.contact_id as contactId',
  'i.category_code as categoryCode',
  'i.category_text as categoryText',
  'i.grade',
  'i.original_grade as originalGrade',
  'i.target_seconds as targetSeconds',
  'i.received_at as receivedAt',
  'i.target_at as targetAt',
  'i.status',
  'i.location_id as locationId',
  'i.location_address as locationAddress',
  'i.location_postcode as locationPostcode',
  'i.latitude',
  'i.longitude',
  'i.directions',
  'i.narrative',
  'i.first_dispatched_at as firstDispatchedAt',
  'i.first_en_route_at as firstEnRouteAt',
  'i.first_arrived_at as firstArrivedAt',
  'i.cleared_at as clearedAt',
  'i.closed_at as closedAt',
  'i.breached_at as breachedAt',
  'i.breach_reason as breachReason',
  'i.attended',
  'i.non_attendance_reason as nonAttendanceReason',
  'i.non_attendance_note as nonAttendanceNote',
  'i.non_attendance_status as nonAttendanceStatus',
  'i.non_attendance_decided_by as nonAttendanceDecidedBy',
  'i.non_attendance_decided_at as nonAttendanceDecidedAt',
  'i.closing_code as closingCode',
  'i.closing_note as closingNote',
  'i.crime_requested_at as crimeRequestedAt',
  'i.crime_requested_by as crimeRequestedBy',
  'i.crime_id as crimeId',
  'i.created_at as createdAt',
  'i.created_by as createdBy',
  'i.created_by_username as createdByUsername',
  'i.updated_at as updatedAt',
  'i.version',
] as const;

export function selectIncidents(q: Q) {
  return q.selectFrom('incident as i').select(INCIDENT_COLUMNS);
}

/** The next human reference number (never repeats). */
export async function nextIncidentNumber(tx: Transaction<DB>): Promise<number> {
  const { rows } = await sql<{ n: string }>`select nextval('incident_reference_seq') as n`.execute(tx);
  return Number(rows[0]!.n);
}

/** INC-2026-000123: the year it was created (UTC) and the sequence number. */
export const incidentReference = (year: number, n: number): string => `INC-${year}-${String(n).padStart(6, '0')}`;

export async function getIncident(q: Q, id: string): Promise<IncidentRecord | undefined> {
  return selectIncidents(q).where('i.id', '=', id).executeTakeFirst();
}

export async function getIncidentByContact(q: Q, contactId: string): Promise<IncidentRecord | undefined> {
  return selectIncidents(q).where('i.contact_id', '=', contactId).executeTakeFirst();
}

/** Reads the incident and holds its row until the transaction ends: every change to one incident goes through here. */
export async function lockIncident(tx: Transaction<DB>, id: string): Promise<IncidentRecord | undefined> {
  return selectIncidents(tx).where('i.id', '=', id).forUpdate().executeTakeFirst();
}

/** The columns an insert takes (snake_case, as the table). */
export type NewIncidentRow = Omit<Insertable<IncidentTable>, 'id' | 'created_at' | 'updated_at' | 'version'>;

export async function insertIncident(tx: Transaction<DB>, row: NewIncidentRow): Promise<string> {
  const { id } = await tx.insertInto('incident').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** The columns an update may set. */
export type IncidentPatch = Partial<Omit<Updateable<IncidentTable>, 'id' | 'reference' | 'source' | 'contact_id' | 'created_at' | 'created_by' | 'created_by_username' | 'updated_at' | 'version' | 'imported_row'>>;

/**
 * Applies `patch` and bumps the version, if the incident is still at `expectedVersion`; false when
 * someone changed it first (the caller answers 409 with the current state).
 */
export async function updateIncident(tx: Transaction<DB>, id: string, expectedVersion: number, patch: IncidentPatch): Promise<boolean> {
  const result = await tx
    .updateTable('incident')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export type NewIncidentEvent = {
  incidentId: string;
  type: string;
  staffId?: string | null;
  fromStatus?: string | null;
  toStatus?: string | null;
  occurredAt: Date;
  byUser: string | null;
  byUsername: string | null;
  details?: Record<string, unknown>;
};

/** The row of an event as the table takes it. */
const eventRow = (e: NewIncidentEvent) => ({
  incident_id: e.incidentId,
  type: e.type,
  staff_id: e.staffId ?? null,
  from_status: e.fromStatus ?? null,
  to_status: e.toStatus ?? null,
  occurred_at: e.occurredAt,
  by_user: e.byUser,
  by_username: e.byUsername,
  details: JSON.stringify(e.details ?? {}),
});

export async function appendIncidentEvent(tx: Transaction<DB>, e: NewIncidentEvent): Promise<void> {
  await tx.insertInto('incident_event').values(eventRow(e)).execute();
}

/** Appends an event and returns it as the timeline shows it (for an answer that needs no re-read). */
export async function appendIncidentEventReturning(tx: Transaction<DB>, e: NewIncidentEvent): Promise<IncidentEventRecord> {
  const row = await tx.insertInto('incident_event').values(eventRow(e)).returning(['seq', 'recorded_at as recordedAt']).executeTakeFirstOrThrow();
  return {
    seq: Number(row.seq),
    type: e.type,
    staffId: e.staffId ?? null,
    fromStatus: e.fromStatus ?? null,
    toStatus: e.toStatus ?? null,
    occurredAt: e.occurredAt,
    recordedAt: row.recordedAt,
    byUser: e.byUser,
    byUsername: e.byUsername,
    details: e.details ?? {},
  };
}

/** The timeline, oldest first. */
export async function listIncidentEvents(q: Q, incidentId: string): Promise<IncidentEventRecord[]> {
  const rows = await q
    .selectFrom('incident_event')
    .select(['seq', 'type', 'staff_id as staffId', 'from_status as fromStatus', 'to_status as toStatus', 'occurred_at as occurredAt', 'recorded_at as recordedAt', 'by_user as byUser', 'by_username as byUsername', 'details'])
    .where('incident_id', '=', incidentId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq), details: (r.details ?? {}) as Record<string, unknown> }));
}

const ASSIGNMENT_COLUMNS = [
  'a.id',
  'a.incident_id as incidentId',
  'a.staff_id as staffId',
  'a.status',
  'a.assigned_at as assignedAt',
  'a.assigned_by as assignedBy',
  'a.recommended',
  'a.distance_metres as distanceMetres',
  'a.eta_seconds as etaSeconds',
  'a.en_route_at as enRouteAt',
  'a.arrived_at as arrivedAt',
  'a.cleared_at as clearedAt',
  'a.released_at as releasedAt',
  'a.version',
] as const;

/** Every assignment of an incident (released ones too), in the order they were made. */
export async function listAssignments(q: Q, incidentId: string): Promise<AssignmentRecord[]> {
  return q.selectFrom('incident_assignment as a').select(ASSIGNMENT_COLUMNS).where('a.incident_id', '=', incidentId).orderBy('a.assigned_at').orderBy('a.id').execute();
}

/** Assignments of several incidents at once (the board). */
export async function listAssignmentsOf(q: Q, incidentIds: string[]): Promise<AssignmentRecord[]> {
  if (incidentIds.length === 0) return [];
  return q.selectFrom('incident_assignment as a').select(ASSIGNMENT_COLUMNS).where('a.incident_id', 'in', incidentIds).orderBy('a.assigned_at').orderBy('a.id').execute();
}

/** One officer's assignments not yet cleared or released (the mobile view). */
export async function listOpenAssignmentsOfStaff(q: Q, staffId: string): Promise<AssignmentRecord[]> {
  return q
    .selectFrom('incident_assignment as a')
    .select(ASSIGNMENT_COLUMNS)
    .where('a.staff_id', '=', staffId)
    .where('a.status', 'not in', ['cleared', 'released'])
    .orderBy('a.assigned_at')
    .execute();
}
