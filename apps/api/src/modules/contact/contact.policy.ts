import type { Actor } from '../../core/context';
import { notFound } from '../../core/errors';
import type { ContactRecord } from './contact.repository';

/** Whether the actor sees every contact (the control room) or only those they recorded. */
export const seesAllContacts = (actor: Actor): boolean => actor.permissions.has('contact:read_all');

/**
 * The contact if the actor may see it; otherwise 404, exactly like a contact that does not exist.
 * Decided on the row's creator before anything of it is returned or audited as read.
 */
export function requireVisibleContact(actor: Actor, contact: ContactRecord | undefined): ContactRecord {
  if (!contact) throw notFound('The contact');
  if (seesAllContacts(actor) || contact.createdBy === actor.userId) return contact;
  throw notFound('The contact');
}
