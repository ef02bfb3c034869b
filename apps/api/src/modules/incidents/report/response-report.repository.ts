import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../core/db/schema';
import type { ResponseRow } from './response-figures';

type Q = Kysely<DB> | Transaction<DB>;

/**
 * Every incident received in [start, end), with its arrival read from the events: the earliest
 * on-scene event (an officer's `on_scene`, or the incident's status moving to `on_scene`). That is
 * the event `first_arrived_at` is copied from; the report reads the events themselves.
 */
export async function listResponseRows(q: Q, start: Date, end: Date): Promise<ResponseRow[]> {
  const rows = await q
    .selectFrom('incident as i')
    .select([
      'i.id as incidentId',
      'i.reference',
      'i.original_grade as gradeCode',
      'i.target_seconds as targetSeconds',
      'i.category_code as categoryCode',
      'i.category_text as categoryText',
      'i.received_at as receivedAt',
      'i.first_dispatched_at as dispatchedAt',
      'i.breached_at as breachedAt',
      'i.breach_reason as breachReason',
      'i.attended',
      'i.non_attendance_reason as nonAttendanceReason',
      (eb) =>
        eb
          .selectFrom('incident_event as e')
          .select(sql<Date | null>`min(e.occurred_at)`.as('at'))
          .whereRef('e.incident_id', '=', 'i.id')
          .where((w) => w.or([w('e.type', '=', 'on_scene'), w.and([w('e.type', '=', 'status'), w('e.to_status', '=', 'on_scene')])]))
          .as('arrivedAt'),
    ])
    .where('i.received_at', '>=', start)
    .where('i.received_at', '<', end)
    .orderBy('i.received_at')
    .orderBy('i.id')
    .execute();
  return rows.map((r) => ({
    incidentId: r.incidentId,
    reference: r.reference,
    gradeCode: r.gradeCode,
    targetSeconds: r.targetSeconds,
    category: r.categoryCode ?? r.categoryText ?? '',
    receivedAt: new Date(r.receivedAt),
    dispatchedAt: r.dispatchedAt ? new Date(r.dispatchedAt) : null,
    arrivedAt: r.arrivedAt ? new Date(r.arrivedAt) : null,
    breachedAt: r.breachedAt ? new Date(r.breachedAt) : null,
    breachReason: r.breachReason,
    attended: r.attended,
    nonAttendanceReason: r.nonAttendanceReason,
  }));
}
