import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../core/db/schema';
import type { StatusRow } from './effective-status';

type Q = Kysely<DB> | Transaction<DB>;

const ms = (v: Date | string | null): number | null => (v === null ? null : new Date(v).getTime());

function selectStatus(q: Q) {
  return q
    .selectFrom('officer_status')
    .select(['staff_id as staffId', 'status', 'status_at as statusAt', 'booked_on_at as bookedOnAt', 'booked_off_at as bookedOffAt', 'incident_id as incidentId', 'latitude', 'longitude', 'position_at as positionAt', 'version']);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectStatus>['execute']>>[number];
const toStatus = (r: Row): StatusRow => ({
  ...r,
  statusAt: ms(r.statusAt)!,
  bookedOnAt: ms(r.bookedOnAt),
  bookedOffAt: ms(r.bookedOffAt),
  positionAt: ms(r.positionAt),
});

/** Status rows of the given people, plus everyone booked on (who may not be on the roster). */
export async function listStatusesFor(q: Q, staffIds: string[]): Promise<StatusRow[]> {
  // One array parameter, not one per id: the list is a few hundred long on a busy shift.
  const rows = await selectStatus(q)
    .where((eb) => eb.or([eb('staff_id', '=', sql<string>`any(${staffIds}::uuid[])`), eb('booked_on_at', 'is not', null)]))
    .execute();
  return rows.map(toStatus);
}

/**
 * The roster revision and the status rows of the given people (and of everyone booked on), in one
 * round trip: the caller guesses the people from its cached roster and checks the revision it gets
 * back; only when the roster changed meanwhile does it ask again.
 */
export async function readRevisionAndStatuses(q: Q, staffIds: string[]): Promise<{ revision: number; rows: StatusRow[] }> {
  const result = await sql<Row & { revision: string }>`
    select r.revision, s.staff_id as "staffId", s.status, s.status_at as "statusAt", s.booked_on_at as "bookedOnAt", s.booked_off_at as "bookedOffAt",
           s.incident_id as "incidentId", s.latitude, s.longitude, s.position_at as "positionAt", s.version
    from roster_revision r
    left join officer_status s on s.staff_id = any(${staffIds}::uuid[]) or s.booked_on_at is not null
    where r.id`.execute(q);
  const revision = Number(result.rows[0]?.revision ?? -1);
  return { revision, rows: result.rows.filter((r) => r.staffId !== null).map(({ revision: _r, ...r }) => toStatus(r)) };
}

export async function getStatus(q: Q, staffId: string): Promise<StatusRow | undefined> {
  const row = await selectStatus(q).where('staff_id', '=', staffId).executeTakeFirst();
  return row && toStatus(row);
}

/** Creates the person's status row (off duty, version 1) if there is none yet, and locks it. */
export async function lockStatus(q: Q, staffId: string): Promise<StatusRow> {
  await q.insertInto('officer_status').values({ staff_id: staffId }).onConflict((oc) => oc.column('staff_id').doNothing()).execute();
  await sql`select staff_id from officer_status where staff_id = ${staffId} for update`.execute(q);
  return (await getStatus(q, staffId))!;
}

export type StatusUpdate = Partial<{
  status: StatusRow['status'];
  bookedOnAt: Date | null;
  bookedOffAt: Date | null;
  incidentId: string | null;
  committedAt: Date | null;
}>;

/** Writes a status change if the row is still at `version`; false otherwise. */
export async function updateStatus(q: Q, staffId: string, version: number, u: StatusUpdate): Promise<boolean> {
  const r = await q
    .updateTable('officer_status')
    .set({
      ...(u.status !== undefined ? { status: u.status, status_at: sql<Date>`now()` } : {}),
      ...(u.bookedOnAt !== undefined ? { booked_on_at: u.bookedOnAt } : {}),
      ...(u.bookedOffAt !== undefined ? { booked_off_at: u.bookedOffAt } : {}),
      ...(u.incidentId !== undefined ? { incident_id: u.incidentId } : {}),
      ...(u.committedAt !== undefined ? { committed_at: u.committedAt } : {}),
      version: sql<number>`version + 1`,
    })
    .where('staff_id', '=', staffId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Records a position unless a later one is already known (devices may send out of order). */
export async function updatePosition(q: Q, staffId: string, latitude: number, longitude: number, at: Date): Promise<void> {
  await q.insertInto('officer_status').values({ staff_id: staffId }).onConflict((oc) => oc.column('staff_id').doNothing()).execute();
  await q
    .updateTable('officer_status')
    .set({ latitude, longitude, position_at: at })
    .where('staff_id', '=', staffId)
    .where((eb) => eb.or([eb('position_at', 'is', null), eb('position_at', '<', at)]))
    .execute();
}
