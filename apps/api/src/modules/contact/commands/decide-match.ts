import type { Transaction } from 'kysely';
import type { MatchDecisionCode } from '../../../core/db/schema.contact';
import type { DB } from '../../../core/db/schema';
import type { RequestContext } from '../../../core/context';
import type { EventBus } from '../../../core/events';
import { AppError } from '../../../core/errors';
import { writeAudit } from '../../../core/audit';
import { getPerson, learnPersonDetails, linkPersonToEvent } from '../../identity';
import { listMatchDecisions, upsertMatchDecision, type ContactRecord } from '../contact.repository';

/** The event type contacts are linked to persons under (identity's person_event_link). */
export const CONTACT_EVENT_TYPE = 'contact';

/**
 * The handler's answer about one suggested person. Confirming links the person to the contact as
 * its caller and teaches the person record the name, phone and date of birth as given this time
 * (identity's learnPersonDetails), so the next look-up finds them more surely. Rejecting records who
 * said no and when; that person is not suggested again for this contact. A contact has one confirmed
 * caller: confirming a second is 409.
 */
export async function decideMatch(
  tx: Transaction<DB>,
  ctx: RequestContext,
  events: EventBus,
  contact: ContactRecord,
  personId: string,
  decision: MatchDecisionCode,
  probability: number | null,
): Promise<{ learned: string[] }> {
  const person = await getPerson(tx, personId);
  if (!person) throw new AppError('NOT_FOUND', 'The person was not found');
  if (person.mergedIntoId) throw new AppError('NOT_FOUND', 'The person was merged into another record', { mergedInto: person.mergedIntoId });
  const other = (await listMatchDecisions(tx, contact.id)).find((d) => d.decision === 'confirmed' && d.personId !== personId);
  if (decision === 'confirmed' && other) throw new AppError('ALREADY_EXISTS', 'This contact already has a confirmed caller', { personId: other.personId });

  await upsertMatchDecision(tx, { contactId: contact.id, personId, decision, probability, by: ctx.actor?.userId ?? null, byUsername: ctx.actor?.username ?? null });
  let learned: string[] = [];
  if (decision === 'confirmed') {
    await linkPersonToEvent(tx, ctx, { personId, eventType: CONTACT_EVENT_TYPE, eventId: contact.id, role: 'caller' });
    learned = await learnPersonDetails(
      tx,
      ctx,
      events,
      personId,
      { givenNames: contact.callerGivenNames, familyName: contact.callerFamilyName, phone: contact.callerPhone, dateOfBirth: contact.callerDateOfBirth },
      { eventType: CONTACT_EVENT_TYPE, eventId: contact.id },
    );
  }
  await writeAudit(tx, ctx, { action: `contact.match_${decision}`, entityType: 'contact', entityId: contact.id, details: { personId, probability, learned } });
  return { learned };
}
