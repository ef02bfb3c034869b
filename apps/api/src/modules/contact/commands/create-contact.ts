import type { Transaction } from 'kysely';
import type { CreateContactRequest } from '@bluelamp/contracts/contact/contacts';
import { proposeGrade } from '@bluelamp/contracts/contact/thrive';
import type { DB } from '../../../core/db/schema';
import type { RequestContext } from '../../../core/context';
import type { EventBus } from '../../../core/events';
import { AppError } from '../../../core/errors';
import { writeAudit } from '../../../core/audit';
import { findOrCreateLocation, normalisePhone } from '../../identity';
import { insertContact, insertGradeChange, type ContactRecord } from '../contact.repository';
import { invalidField } from '../contact.errors';
import { requireCategory, requireGrade, responseGrades } from '../contact.reference';
import { checkContactTimes } from './check-contact-times';
import { resolveContactLocation } from './resolve-contact-location';
import { decideMatch } from './decide-match';

/**
 * Records a contact. Everything typed is checked before anything is written: times, category, grade
 * (a grade other than THRIVE's proposal needs a reason), caller phone, location. The first grading
 * is the first row of the grade history. A person confirmed or rejected on the repeat-caller panel
 * while the call was taken is decided in the same transaction.
 */
export async function createContact(tx: Transaction<DB>, ctx: RequestContext, events: EventBus, input: CreateContactRequest, now = new Date()): Promise<ContactRecord> {
  const times = checkContactTimes(input.receivedAt, input.answeredAt, now);
  await requireCategory(tx, input.categoryCode, 'body/categoryCode', events);
  const grades = await responseGrades(tx, events);
  const proposed = requireGrade(grades, proposeGrade(input.thrive).grade, 'thrive');
  const chosen = input.grade === undefined ? proposed : requireGrade(grades, input.grade, 'body/grade');
  if (chosen.code !== proposed.code && !input.gradeReason) {
    throw new AppError('REASON_REQUIRED', `Give a reason for grading ${chosen.name} when THRIVE proposes ${proposed.name}`, { issues: [{ path: 'body/gradeReason', message: 'body/gradeReason is required when the grade differs from the proposal' }] });
  }
  const caller = input.caller ?? {};
  const phone = caller.phone === undefined ? null : normalisePhone(caller.phone);
  if (phone === undefined) throw invalidField('body/caller/phone', 'is not a valid UK phone number');
  if (caller.postcode !== undefined && caller.address === undefined) throw invalidField('body/caller/postcode', 'goes with the caller address');
  const location = await resolveContactLocation(tx, ctx, input.location);
  const callerLocation = caller.address ? await findOrCreateLocation(tx, ctx, { address: caller.address, postcode: caller.postcode }, 'body/caller') : undefined;

  const by = ctx.actor?.userId ?? null;
  const byUsername = ctx.actor?.username ?? null;
  const contact = await insertContact(tx, {
    channel: input.channel,
    receivedAt: times.receivedAt,
    answeredAt: times.answeredAt,
    callerGivenNames: caller.givenNames?.trim() || null,
    callerFamilyName: caller.familyName?.trim() || null,
    callerPhone: phone,
    callerDateOfBirth: caller.dateOfBirth ?? null,
    callerAddress: caller.address ?? null,
    callerLocationId: callerLocation?.id ?? null,
    locationId: location.locationId,
    locationAddress: location.address,
    locationPostcode: location.postcode,
    latitude: location.latitude,
    longitude: location.longitude,
    directions: location.directions,
    categoryCode: input.categoryCode,
    narrative: input.narrative,
    thrive: input.thrive,
    proposedGrade: proposed.code,
    grade: chosen.code,
    gradeReason: chosen.code === proposed.code ? (input.gradeReason ?? null) : input.gradeReason!,
    createdBy: by,
    createdByUsername: byUsername,
  }, now.getUTCFullYear());
  await insertGradeChange(tx, { contactId: contact.id, from: null, to: chosen.code, reason: input.gradeReason ?? null, by, byUsername });
  // The audit names what kind of contact it was, not the caller's details (they are in the record).
  await writeAudit(tx, ctx, { action: 'contact.created', entityType: 'contact', entityId: contact.id, details: { channel: input.channel, categoryCode: input.categoryCode, proposedGrade: proposed.code, grade: chosen.code } });
  for (const personId of input.rejectedPersonIds ?? []) await decideMatch(tx, ctx, events, contact, personId, 'rejected', null);
  if (input.callerPersonId) await decideMatch(tx, ctx, events, contact, input.callerPersonId, 'confirmed', null);
  return contact;
}
