import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../core/db/schema';
import type { AssignmentStatusCode, IncidentStatusCode, NonAttendanceStatusCode } from '../../core/db/schema.incidents';
import { selectIncidents, type IncidentRecord, type NewIncidentRow } from './incidents.repository';

// The control room's reads (list, board, codes, who may see an incident) and the breach clock's
// conditional update. The shared incident reads and writes are in incidents.repository.ts.

type Q = Kysely<DB> | Transaction<DB>;

export type IncidentCodeRecord = { code: string; name: string; isActive: boolean };

/** Non-attendance reasons, retired ones too, in the force's order. */
export async function listNonAttendanceReasons(q: Q): Promise<IncidentCodeRecord[]> {
  return q.selectFrom('incident_non_attendance_reason').select(['code', 'name', 'is_active as isActive']).orderBy('sort_order').orderBy('code').execute();
}

/** Closing codes, retired ones too, in the force's order. */
export async function listClosingCodes(q: Q): Promise<IncidentCodeRecord[]> {
  return q.selectFrom('incident_closing_code').select(['code', 'name', 'is_active as isActive']).orderBy('sort_order').orderBy('code').execute();
}

/** Whether the officer is or ever was assigned to the incident (released too). */
export async function wasAssigned(q: Q, incidentId: string, staffId: string): Promise<boolean> {
  const row = await q.selectFrom('incident_assignment').select('id').where('incident_id', '=', incidentId).where('staff_id', '=', staffId).limit(1).executeTakeFirst();
  return row !== undefined;
}

export type IncidentListFilter = {
  status: 'open' | 'closed' | 'all';
  from?: Date | undefined;
  to?: Date | undefined;
  /** Only incidents this officer is or was assigned to (an officer without read_all). */
  assignedTo?: string | undefined;
  limit: number;
  offset: number;
};

/** A page of incidents by received time, newest first, with the number that matched. */
export async function listIncidentPage(q: Q, f: IncidentListFilter): Promise<{ items: IncidentRecord[]; total: number }> {
  let query = selectIncidents(q);
  if (f.status === 'open') query = query.where('i.status', '<>', 'closed');
  if (f.status === 'closed') query = query.where('i.status', '=', 'closed');
  if (f.from) query = query.where('i.received_at', '>=', f.from);
  if (f.to) query = query.where('i.received_at', '<', f.to);
  if (f.assignedTo) {
    const staffId = f.assignedTo;
    query = query.where((eb) => eb.exists(eb.selectFrom('incident_assignment as a').select('a.id').whereRef('a.incident_id', '=', 'i.id').where('a.staff_id', '=', staffId)));
  }
  const items = await query.orderBy('i.received_at', 'desc').orderBy('i.id').limit(f.limit).offset(f.offset).execute();
  const count = await query.clearSelect().select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return { items, total: Number(count.n) };
}

export type BoardRowRecord = {
  id: string;
  reference: string;
  grade: string;
  categoryCode: string | null;
  categoryText: string | null;
  status: IncidentStatusCode;
  /** Times as milliseconds since 1970 (the board reads hundreds: numbers are far cheaper to read than timestamps). */
  receivedAtMs: number;
  targetAtMs: number;
  targetSeconds: number;
  breachedAtMs: number | null;
  firstArrivedAtMs: number | null;
  locationAddress: string | null;
  locationPostcode: string | null;
  latitude: number | null;
  longitude: number | null;
  attended: boolean | null;
  nonAttendanceStatus: NonAttendanceStatusCode | null;
  version: number;
};

const epochMs = (column: string) => sql<number>`(extract(epoch from ${sql.ref(column)}) * 1000)::float8`;

/** Every open incident by target time (the caller orders by grade: reference data is the platform's). */
export async function listBoardIncidents(q: Q): Promise<BoardRowRecord[]> {
  return q
    .selectFrom('incident as i')
    .select([
      'i.id',
      'i.reference',
      'i.grade',
      'i.category_code as categoryCode',
      'i.category_text as categoryText',
      'i.status',
      epochMs('i.received_at').as('receivedAtMs'),
      epochMs('i.target_at').as('targetAtMs'),
      'i.target_seconds as targetSeconds',
      sql<number | null>`(extract(epoch from i.breached_at) * 1000)::float8`.as('breachedAtMs'),
      sql<number | null>`(extract(epoch from i.first_arrived_at) * 1000)::float8`.as('firstArrivedAtMs'),
      'i.location_address as locationAddress',
      'i.location_postcode as locationPostcode',
      'i.latitude',
      'i.longitude',
      'i.attended',
      'i.non_attendance_status as nonAttendanceStatus',
      'i.version',
    ])
    .where('i.status', '<>', 'closed')
    .orderBy('i.target_at')
    .orderBy('i.id')
    .execute();
}

/**
 * The officers still on an incident (assigned, en route, on scene), in the order they were assigned.
 * The condition is the open-assignment index's own, so this reads that small index, never the
 * history of every assignment.
 */
export async function listBoardAssignments(q: Q): Promise<{ incidentId: string; staffId: string; status: AssignmentStatusCode }[]> {
  return q
    .selectFrom('incident_assignment as a')
    .select(['a.incident_id as incidentId', 'a.staff_id as staffId', 'a.status'])
    .where('a.status', 'not in', ['cleared', 'released'])
    .orderBy('a.assigned_at')
    .orderBy('a.id')
    .execute();
}

export type BreachRecord = { id: string; status: IncidentStatusCode; grade: string; targetAt: Date; version: number };

/**
 * Records the breach of every open incident whose target has passed with nobody on scene:
 * breached_at = target_at, once. The condition is re-checked on each row as it is updated, so of
 * several processes sweeping at once only one records each breach (the others' updates find
 * breached_at set and skip the row). Returns the incidents breached by this call.
 */
export async function recordDueBreaches(tx: Transaction<DB>, now: Date, limit = 500): Promise<BreachRecord[]> {
  const due = tx
    .selectFrom('incident')
    .select('id')
    .where('first_arrived_at', 'is', null)
    .where('breached_at', 'is', null)
    .where('status', '<>', 'closed')
    .where('target_at', '<=', now)
    .orderBy('target_at')
    .limit(limit);
  return tx
    .updateTable('incident')
    .set((eb) => ({ breached_at: eb.ref('target_at'), version: eb('version', '+', 1), updated_at: now }))
    .where('id', 'in', due)
    .where('breached_at', 'is', null)
    .where('first_arrived_at', 'is', null)
    .where('status', '<>', 'closed')
    .returning(['id', 'status', 'grade', 'target_at as targetAt', 'version'])
    .execute();
}

/** Appends one 'breached' event per incident (the clock's, so no user). */
export async function appendBreachEvents(tx: Transaction<DB>, breaches: readonly BreachRecord[]): Promise<void> {
  if (breaches.length === 0) return;
  await tx
    .insertInto('incident_event')
    .values(breaches.map((b) => ({ incident_id: b.id, type: 'breached', occurred_at: b.targetAt, by_user: null, by_username: null, details: JSON.stringify({ grade: b.grade }) })))
    .execute();
}

/**
 * Inserts the incident of a contact unless the contact already has one (then undefined): a second
 * "create incident" for the same contact, even at the same moment, never makes a second incident.
 * Returns what the database set (id and times); every other column is as given.
 */
export async function insertIncidentOnce(tx: Transaction<DB>, row: Omit<NewIncidentRow, 'reference'>, year: number): Promise<{ id: string; reference: string; createdAt: Date; updatedAt: Date } | undefined> {
  return tx
    .insertInto('incident')
    // INC-YYYY-NNNNNN numbered in the same statement: the year (UTC) and a sequence that never repeats.
    .values({ ...row, reference: sql<string>`${`INC-${year}-`} || lpad(nextval('incident_reference_seq')::text, 6, '0')` })
    .onConflict((oc) => oc.column('contact_id').doNothing())
    .returning(['id', 'reference', 'created_at as createdAt', 'updated_at as updatedAt'])
    .executeTakeFirst();
}

