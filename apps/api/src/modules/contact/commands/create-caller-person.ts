import type { Transaction } from 'kysely';
import type { DB } from '../../../core/db/schema';
import type { RequestContext } from '../../../core/context';
import type { EventBus } from '../../../core/events';
import { AppError } from '../../../core/errors';
import { writeAudit } from '../../../core/audit';
import { createPerson, linkPersonToEvent, publishPersonsChanged } from '../../identity';
import { listMatchDecisions, upsertMatchDecision, type ContactRecord } from '../contact.repository';
import { CONTACT_EVENT_TYPE } from './decide-match';

/**
 * "None of these: a new person". Creates an identity person from the caller's details as given
 * (name, date of birth, phone, address), links them as the contact's caller and records the
 * decision as confirmed. Needs a given name and a family name: a person is found by their name.
 */
export async function createCallerPerson(tx: Transaction<DB>, ctx: RequestContext, events: EventBus, contact: ContactRecord): Promise<string> {
  if (!contact.callerGivenNames || !contact.callerFamilyName) throw new AppError('VALIDATION_FAILED', "The caller's given name and family name are needed to create a person");
  const confirmed = (await listMatchDecisions(tx, contact.id)).find((d) => d.decision === 'confirmed');
  if (confirmed) throw new AppError('ALREADY_EXISTS', 'This contact already has a confirmed caller', { personId: confirmed.personId });
  const person = await createPerson(tx, ctx, {
    names: [{ kind: 'birth', givenNames: contact.callerGivenNames, familyName: contact.callerFamilyName }],
    ...(contact.callerDateOfBirth && { dateOfBirth: contact.callerDateOfBirth }),
    ...(contact.callerPhone && { phones: [contact.callerPhone] }),
    ...(contact.callerLocationId && { addresses: [{ locationId: contact.callerLocationId }] }),
  });
  await linkPersonToEvent(tx, ctx, { personId: person.id, eventType: CONTACT_EVENT_TYPE, eventId: contact.id, role: 'caller' });
  await upsertMatchDecision(tx, { contactId: contact.id, personId: person.id, decision: 'confirmed', probability: null, by: ctx.actor?.userId ?? null, byUsername: ctx.actor?.username ?? null });
  await writeAudit(tx, ctx, { action: 'contact.caller_person_created', entityType: 'contact', entityId: contact.id, details: { personId: person.id } });
  await publishPersonsChanged(events, tx, [person.id], 'created');
  return person.id;
}
