import type { Transaction } from 'kysely';
import type { DB } from '../../../core/db/schema';
import type { RequestContext } from '../../../core/context';
import type { EventBus } from '../../../core/events';
import { AppError, notFound } from '../../../core/errors';
import { writeAudit } from '../../../core/audit';
import { mergedInto } from '../identity.errors';
import { publishPersonsChanged } from '../identity.events';
import { normalisePhone } from '../normalise/phone';
import * as repo from '../persons.repository';

/** The details as someone gave them this time (a caller confirmed as this person, say). */
export type GivenDetails = { givenNames?: string | null | undefined; familyName?: string | null | undefined; phone?: string | null | undefined; dateOfBirth?: string | null | undefined };

const nameKey = (given: string, family: string) => `${given} ${family}`.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '').replace(/\s+/g, ' ').trim();

/**
 * Adds to a person what was learned when someone confirmed them in another module's event: the name
 * as given becomes an alias when it is spelled differently from every name they have, a new phone
 * is added, and a date of birth is set when none was known (a different one is left alone: a slip
 * is likelier than a second birthday). Audited; every process's matching index re-reads the person
 * on commit, so the next look-up under this spelling finds them more surely. Returns what it added,
 * in words.
 */
export async function learnPersonDetails(tx: Transaction<DB>, ctx: RequestContext, events: EventBus, personId: string, given: GivenDetails, source: { eventType: string; eventId: string }): Promise<string[]> {
  const person = await repo.getPerson(tx, personId);
  if (!person) throw notFound('The person');
  if (person.mergedIntoId) throw mergedInto('The person', person.mergedIntoId);
  const by = ctx.actor?.userId ?? null;
  const learned: string[] = [];
  const givenNames = given.givenNames?.trim() ?? '';
  const familyName = given.familyName?.trim() ?? '';
  if (givenNames && familyName && !person.names.some((n) => nameKey(n.givenNames, n.familyName) === nameKey(givenNames, familyName))) {
    await repo.insertPersonName(tx, person.id, { kind: 'alias', givenNames, familyName, nameOrder: 'given_first' }, by);
    learned.push(`name ${givenNames} ${familyName} added as an alias`);
  }
  const phone = given.phone ? normalisePhone(given.phone) : undefined;
  if (phone && !person.phones.some((p) => p.number === phone)) {
    await repo.insertPersonPhone(tx, person.id, phone, by);
    learned.push('phone number added');
  }
  const setDateOfBirth = given.dateOfBirth && !person.dateOfBirth ? given.dateOfBirth : undefined;
  if (setDateOfBirth) learned.push('date of birth recorded');
  if (learned.length === 0) return learned;
  if (!(await repo.updatePerson(tx, person.id, person.version, { dateOfBirth: setDateOfBirth }))) {
    // Someone changed the person in the same moment: the whole write is refused and may be retried.
    throw new AppError('VERSION_CONFLICT', 'The person was changed by someone else at the same moment; try again');
  }
  await writeAudit(tx, ctx, { action: 'person.details_learned', entityType: 'person', entityId: person.id, details: { learned, ...source } });
  await publishPersonsChanged(events, tx, [person.id], 'details_learned');
  return learned;
}
