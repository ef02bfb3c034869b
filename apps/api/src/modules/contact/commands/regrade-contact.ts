import type { Transaction } from 'kysely';
import type { RegradeContactRequest } from '@bluelamp/contracts/contact/contacts';
import type { DB } from '../../../core/db/schema';
import type { RequestContext } from '../../../core/context';
import { AppError } from '../../../core/errors';
import { writeAudit } from '../../../core/audit';
import { getContact, insertGradeChange, updateContactGrade, type ContactRecord } from '../contact.repository';
import { requireGrade, responseGrades } from '../contact.reference';

/**
 * Changes a contact's grade later (more is learned, a call back), always with a reason; the change
 * joins the grade history. A stale version is a conflict the caller turns into 409 with the contact
 * as it now stands (`onConflict`).
 */
export async function regradeContact(tx: Transaction<DB>, ctx: RequestContext, contact: ContactRecord, input: RegradeContactRequest, onConflict: (current: ContactRecord) => Promise<Error>): Promise<ContactRecord> {
  const grade = requireGrade(await responseGrades(tx), input.grade, 'body/grade');
  if (!(await updateContactGrade(tx, contact.id, input.version, grade.code, input.reason))) {
    const current = await getContact(tx, contact.id);
    throw await onConflict(current ?? contact);
  }
  if (grade.code === contact.grade) throw new AppError('VALIDATION_FAILED', `The contact is already graded ${grade.name}`);
  await insertGradeChange(tx, { contactId: contact.id, from: contact.grade, to: grade.code, reason: input.reason, by: ctx.actor?.userId ?? null, byUsername: ctx.actor?.username ?? null });
  await writeAudit(tx, ctx, { action: 'contact.regraded', entityType: 'contact', entityId: contact.id, reason: input.reason, details: { from: contact.grade, to: grade.code } });
  const after = await getContact(tx, contact.id);
  if (!after) throw new Error('regraded contact vanished');
  return after;
}
