import type { ModuleDefinition } from '../../http/types';
import { identityPermissions } from './identity.permissions';
import { registerPersonRoutes } from './persons.routes';
import { registerPersonDetailRoutes } from './person-details.routes';
import { registerLocationRoutes } from './locations.routes';
import { registerVehicleRoutes } from './vehicles.routes';
import { registerPersonMatchRoutes } from './person-matches.routes';
import { registerPersonSummaryRoutes } from './person-summaries.routes';
import { personMatchingFor } from './person-matching.service';
import { registerDuplicateRoutes } from './duplicates/duplicates.routes';
import { duplicateProposalsFor } from './duplicates/duplicate-proposals.service';

/**
 * Identity: persons, locations and vehicles, the POLE core other modules link to. Merged records answer 404
 * with `details.mergedInto` (the survivor's id); merges are kept as history and can be undone.
 */
export const identityModule: ModuleDefinition = {
  name: 'identity',
  permissions: identityPermissions,
  registerRoutes(app, deps) {
    registerPersonRoutes(app, deps);
    registerPersonDetailRoutes(app, deps);
    registerLocationRoutes(app, deps);
    registerVehicleRoutes(app, deps);
    registerPersonMatchRoutes(app, deps);
    registerPersonSummaryRoutes(app, deps);
    registerDuplicateRoutes(app, deps);
  },
  // The duplicate proposals follow changes once the matching index has loaded.
  start: async (deps) => {
    const stopMatching = await personMatchingFor(deps).start();
    const stopProposals = await duplicateProposalsFor(deps).start();
    return async () => {
      await stopProposals();
      await stopMatching();
    };
  },
};

// The public surface for other modules (contact, crimes…) and the matching engine.
export { linkPersonToEvent } from './commands/link-person-to-event';
export { listEventLinksOfPerson, listPersonsOfEvent, type PersonEventLinkRecord } from './person-event-links.repository';
export { listPersonsForMatching, type PersonMatchRecord } from './person-search.repository';
export { PERSON_CHANGED } from './identity.events';
export { getPerson, type PersonRecord } from './persons.repository';
export { getLocation, type LocationRecord } from './locations.repository';
export { findOrCreateLocation, type LocationInput } from './commands/find-or-create-location';
export { createPerson } from './commands/create-person';
export { normalisePhone } from './normalise/phone';
export { normaliseNiNumber, normalisePncId, normaliseIdentifier } from './normalise/identifiers';
export { normaliseAddress } from './normalise/address';
export { normaliseVrm } from './normalise/vrm';
export { findOrCreateVehicle } from './commands/find-or-create-vehicle';
// For the contact module's repeat-caller panel: the matching index, and what a confirmed match teaches it.
export { personMatchingFor, type PersonMatch } from './person-matching.service';
export { learnPersonDetails, type GivenDetails } from './commands/learn-person-details';
export { findLocationByAddress } from './queries/find-location-by-address';
export { listEventLinksOfPersons } from './queries/list-event-links-of-persons';
export { listPersonSummaries, type PersonSummaryRecord } from './person-search.repository';
export { publishPersonsChanged } from './identity.events';
export { displayName as personDisplayName } from './person.presenter';
export type { FlagRecord } from './locations.repository';
