import type { ModuleDefinition } from '../../http/types';
import { contactPermissions } from './contact.permissions';
import { registerContactRoutes } from './contacts.routes';
import { registerLookupRoutes } from './lookup.routes';

/**
 * Contact (call handling): every call, report and walk-in with its caller, location, THRIVE and
 * grade (history kept), and the repeat-caller panel over identity's matching engine.
 */
export const contactModule: ModuleDefinition = {
  name: 'contact',
  permissions: contactPermissions,
  registerRoutes(app, deps) {
    registerContactRoutes(app, deps);
    registerLookupRoutes(app, deps);
  },
};

// The public surface for incidents (created from a contact) and later modules.
export { getContact, type ContactRecord } from './contact.repository';
export { CONTACT_EVENT_TYPE } from './commands/decide-match';
// Incidents: "Save and create incident" records the contact and its incident in one transaction;
// the crime hand-over names the caller confirmed on the contact.
export { createContact } from './commands/create-contact';
export { listMatchDecisions, type MatchDecisionRecord } from './contact.repository';
export { callerName } from './contact.presenter';
// Workforce's demand against strength: calls offered per hour (through the incidents' demand source).
export { countContactsPerHour } from './contact.repository';
