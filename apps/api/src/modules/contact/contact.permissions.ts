import type { RoleCode } from '@bluelamp/contracts/roles';
import { definePermissions } from '../../core/access';

// The control room takes, grades and reads every contact. Response and neighbourhood officers
// record contacts too (officer-initiated, a walk-in at the front counter) and read the ones they
// recorded; a contact they did not record answers 404 for them (contact.policy.ts). Detectives, the
// crime management unit and the registrar will reach contacts through incidents and crimes (later
// issues); analysts get figures, not callers' details; administrators and senior managers hold no
// access to personal records, as in identity.
const controlRoom: readonly RoleCode[] = ['call_handler', 'dispatcher', 'supervisor'];
const recorders: readonly RoleCode[] = [...controlRoom, 'response_officer', 'neighbourhood_officer'];

/** Who may do what with contacts (calls, reports, walk-ins). */
export const contactPermissions = definePermissions({
  /**
   * Record a contact, answer the repeat-caller panel (confirm or reject a suggested person) and
   * create a person from a caller. Every holder also holds identity:write.
   */
  'contact:create': recorders,
  /** Open and list contacts: every read is audited (callers' personal details). See contact:read_all. */
  'contact:read': recorders,
  /** See every contact, not only the ones one recorded. */
  'contact:read_all': controlRoom,
  /** Change a contact's grade later, with a reason. */
  'contact:regrade': controlRoom,
  /** The repeat and vulnerability look-up while a contact is taken (audited). */
  'contact:lookup': recorders,
});
