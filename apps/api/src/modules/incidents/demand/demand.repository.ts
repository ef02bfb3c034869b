import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../core/db/schema';

type Q = Kysely<DB> | Transaction<DB>;

/** Incidents received in [from, to) per UTC hour and the grade first given (optionally of some categories). */
export async function demandCounts(q: Q, from: Date, to: Date, categoryCodes?: string[]): Promise<{ hourStart: Date; gradeCode: string; count: number }[]> {
  if (categoryCodes && categoryCodes.length === 0) return [];
  let query = q
    .selectFrom('incident as i')
    .select([sql<string>`floor(extract(epoch from i.received_at) / 3600)`.as('hour'), 'i.original_grade as gradeCode', sql<string>`count(*)`.as('count')])
    .where('i.received_at', '>=', from)
    .where('i.received_at', '<', to);
  if (categoryCodes) query = query.where('i.category_code', 'in', categoryCodes);
  const rows = await query.groupBy([sql`1`, 'i.original_grade']).execute();
  // Hours since the epoch: independent of the session's time zone.
  return rows.map((r) => ({ hourStart: new Date(Number(r.hour) * 3_600_000), gradeCode: r.gradeCode, count: Number(r.count) }));
}

/**
 * The longest target (seconds) of the incidents the two averages are taken over. An incident that
 * must be attended within the hour is driven to as soon as it is dispatched, so dispatch-to-arrival
 * is travel and dispatch-to-clearing is the time an officer is tied up; a Routine one (48 hours) is
 * often given to an officer long before the appointment, which would count waiting as travel.
 */
export const AVERAGES_MAX_TARGET_SECONDS = 3600;

/**
 * Mean minutes from dispatch to clearing, and from dispatch to arrival, of incidents received in
 * [from, to) whose target (when graded) was at most AVERAGES_MAX_TARGET_SECONDS.
 */
export async function demandAverages(q: Q, from: Date, to: Date, categoryCodes?: string[]): Promise<{ commitmentMinutes: number | null; travelMinutes: number | null }> {
  if (categoryCodes && categoryCodes.length === 0) return { commitmentMinutes: null, travelMinutes: null };
  let query = q
    .selectFrom('incident as i')
    .select([
      sql<string | null>`avg(extract(epoch from (i.cleared_at - i.first_dispatched_at))) filter (where i.cleared_at is not null and i.first_dispatched_at is not null)`.as('commitment'),
      sql<string | null>`avg(extract(epoch from (i.first_arrived_at - i.first_dispatched_at))) filter (where i.first_arrived_at is not null and i.first_dispatched_at is not null)`.as('travel'),
    ])
    .where('i.received_at', '>=', from)
    .where('i.received_at', '<', to)
    .where('i.target_seconds', '<=', AVERAGES_MAX_TARGET_SECONDS);
  if (categoryCodes) query = query.where('i.category_code', 'in', categoryCodes);
  const row = await query.executeTakeFirstOrThrow();
  const minutes = (v: string | null) => (v === null ? null : Math.round((Number(v) / 60) * 100) / 100);
  return { commitmentMinutes: minutes(row.commitment), travelMinutes: minutes(row.travel) };
}
