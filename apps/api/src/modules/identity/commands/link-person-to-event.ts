import type { Transaction } from 'kysely';
import type { EventRole } from '@bluelamp/contracts/identity/persons';
import type { DB } from '../../../core/db/schema';
import type { RequestContext } from '../../../core/context';
import { notFound } from '../../../core/errors';
import { writeAudit } from '../../../core/audit';
import { mergedInto } from '../identity.errors';
import { getPersonRow } from '../persons.repository';
import { insertPersonEventLink } from '../person-event-links.repository';

/**
 * Records a person's part in another module's event (the caller of a contact, the suspect of a
 * crime), inside that module's transaction. Linking again is harmless. The person must be live:
 * a merged one answers 404 naming its survivor, which the caller should link instead.
 */
export async function linkPersonToEvent(
  tx: Transaction<DB>,
  ctx: RequestContext,
  link: { personId: string; eventType: string; eventId: string; role: EventRole },
): Promise<{ isNew: boolean }> {
  const person = await getPersonRow(tx, link.personId);
  if (!person) throw notFound('The person');
  if (person.mergedIntoId) throw mergedInto('The person', person.mergedIntoId);
  const isNew = await insertPersonEventLink(tx, { ...link, linkedBy: ctx.actor?.userId ?? null });
  if (isNew) {
    await writeAudit(tx, ctx, { action: 'person.linked_to_event', entityType: 'person', entityId: link.personId, details: { eventType: link.eventType, eventId: link.eventId, role: link.role } });
  }
  return { isNew };
}
