import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../core/db/schema';

/**
 * The events of one type and role that any of `personIds` took part in, in one query (the
 * repeat-caller panel asks for several candidates at once); a merged record's links count as its
 * survivor's.
 */
export async function listEventLinksOfPersons(q: Kysely<DB> | Transaction<DB>, personIds: string[], filter: { eventType: string; role: string }): Promise<{ personId: string; eventId: string }[]> {
  if (personIds.length === 0) return [];
  return q
    .selectFrom('person_event_link as e')
    .innerJoin('person as o', 'o.id', 'e.person_id')
    .select([sql<string>`coalesce(o.merged_into_id, o.id)`.as('personId'), 'e.event_id as eventId'])
    .where((eb) => eb.or([eb('o.id', 'in', personIds), eb('o.merged_into_id', 'in', personIds)]))
    .where('e.event_type', '=', filter.eventType)
    .where('e.role', '=', filter.role)
    .execute();
}
