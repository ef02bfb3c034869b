import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../core/db/schema';
import type { AssignmentStatusCode, IncidentStatusCode } from '../../../core/db/schema.incidents';
import { listAssignments, type AssignmentRecord } from '../incidents.repository';

type Q = Kysely<DB> | Transaction<DB>;

/** Open: neither cleared nor released (one per officer and incident at most). */
export const isOpen = (a: { status: AssignmentStatusCode }) => a.status !== 'cleared' && a.status !== 'released';

/** The references of the given incidents (the unit list shows which job an officer is on): one read. */
export async function incidentReferences(q: Q, incidentIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(incidentIds)];
  if (ids.length === 0) return new Map();
  const rows = await sql<{ id: string; reference: string }>`select id, reference from incident where id = any(${ids}::uuid[])`.execute(q);
  return new Map(rows.rows.map((r) => [r.id, r.reference]));
}

/** The officer's open assignment on the incident, if any. */
export async function findOpenAssignment(q: Q, incidentId: string, staffId: string): Promise<AssignmentRecord | undefined> {
  return (await listAssignments(q, incidentId)).find((a) => a.staffId === staffId && isOpen(a));
}

export type NewAssignment = {
  incidentId: string;
  staffId: string;
  assignedAt: Date;
  assignedBy: string | null;
  recommended: boolean;
  distanceMetres: number | null;
  etaSeconds: number | null;
};

export async function insertAssignment(tx: Transaction<DB>, a: NewAssignment): Promise<string> {
  const { id } = await tx
    .insertInto('incident_assignment')
    .values({
      incident_id: a.incidentId,
      staff_id: a.staffId,
      status: 'assigned',
      assigned_at: a.assignedAt,
      assigned_by: a.assignedBy,
      recommended: a.recommended,
      distance_metres: a.distanceMetres,
      eta_seconds: a.etaSeconds,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export type AssignmentMove = {
  status: AssignmentStatusCode;
  en_route_at?: Date;
  arrived_at?: Date;
  cleared_at?: Date;
  released_at?: Date;
};

/** Moves an assignment on if it is still at `version` (the caller holds the incident's lock); false otherwise. */
export async function moveAssignment(tx: Transaction<DB>, id: string, version: number, move: AssignmentMove): Promise<boolean> {
  const r = await tx
    .updateTable('incident_assignment')
    .set((eb) => ({ ...move, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function getAssignment(q: Q, incidentId: string, id: string): Promise<AssignmentRecord | undefined> {
  return (await listAssignments(q, incidentId)).find((a) => a.id === id);
}

/** An incident an officer is on, with what the mobile view shows of it. */
export type MyIncidentRow = {
  incidentId: string;
  reference: string;
  incidentStatus: IncidentStatusCode;
  grade: string;
  gradeName: string;
  categoryCode: string | null;
  categoryName: string | null;
  categoryText: string | null;
  locationAddress: string | null;
  locationPostcode: string | null;
  latitude: number | null;
  longitude: number | null;
  directions: string | null;
  narrative: string;
  receivedAt: Date;
  targetAt: Date;
  assignmentId: string;
};

/** The officer's open assignments with their incidents (grade and category names), oldest assignment first: one read. */
export async function listMyIncidents(q: Q, staffId: string): Promise<MyIncidentRow[]> {
  return q
    .selectFrom('incident_assignment as a')
    .innerJoin('incident as i', 'i.id', 'a.incident_id')
    .innerJoin('response_grade as g', 'g.code', 'i.grade')
    .leftJoin('incident_category as c', 'c.code', 'i.category_code')
    .select([
      'i.id as incidentId',
      'i.reference',
      'i.status as incidentStatus',
      'i.grade',
      'g.name as gradeName',
      'i.category_code as categoryCode',
      'c.name as categoryName',
      'i.category_text as categoryText',
      'i.location_address as locationAddress',
      'i.location_postcode as locationPostcode',
      'i.latitude',
      'i.longitude',
      'i.directions',
      'i.narrative',
      'i.received_at as receivedAt',
      'i.target_at as targetAt',
      'a.id as assignmentId',
    ])
    .where('a.staff_id', '=', staffId)
    .where('a.status', 'not in', ['cleared', 'released'])
    .orderBy('a.assigned_at')
    .execute();
}
