import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../core/db/schema';

type Q = Kysely<DB> | Transaction<DB>;

export type PersonEventLinkRecord = { id: string; personId: string; eventType: string; eventId: string; role: string; linkedAt: Date };

/** Links a person to an event in a role; linking the same person, event and role again changes nothing. */
export async function insertPersonEventLink(
  tx: Transaction<DB>,
  link: { personId: string; eventType: string; eventId: string; role: string; linkedBy: string | null },
): Promise<boolean> {
  const row = await tx
    .insertInto('person_event_link')
    .values({ person_id: link.personId, event_type: link.eventType, event_id: link.eventId, role: link.role, linked_by: link.linkedBy })
    .onConflict((oc) => oc.constraint('person_event_link_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** The events a person took part in; a merged record's links show as the survivor's. */
export async function listEventLinksOfPerson(q: Q, personId: string): Promise<PersonEventLinkRecord[]> {
  return q
    .selectFrom('person_event_link as e')
    .innerJoin('person as o', 'o.id', 'e.person_id')
    .select([sql<string>`coalesce(o.merged_into_id, o.id)`.as('personId'), 'e.id', 'e.event_type as eventType', 'e.event_id as eventId', 'e.role', 'e.linked_at as linkedAt'])
    .where((eb) => eb.or([eb('o.id', '=', personId), eb('o.merged_into_id', '=', personId)]))
    .orderBy('e.linked_at')
    .orderBy('e.id')
    .execute();
}

/** The persons linked to one event, each as the live record they are now (merges followed). */
export async function listPersonsOfEvent(q: Q, eventType: string, eventId: string): Promise<PersonEventLinkRecord[]> {
  return q
    .selectFrom('person_event_link as e')
    .innerJoin('person as o', 'o.id', 'e.person_id')
    .select([sql<string>`coalesce(o.merged_into_id, o.id)`.as('personId'), 'e.id', 'e.event_type as eventType', 'e.event_id as eventId', 'e.role', 'e.linked_at as linkedAt'])
    .where('e.event_type', '=', eventType)
    .where('e.event_id', '=', eventId)
    .orderBy('e.linked_at')
    .orderBy('e.id')
    .execute();
}
