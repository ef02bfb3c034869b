import type { ModuleDefinition } from '../../http/types';
import { incidentPermissions } from './incidents.permissions';
import { registerIncidentRoutes } from './incidents.routes';
import { registerDispatchRoutes } from './dispatch/dispatch.routes';
import { registerResponseReportRoutes } from './report/response-report.routes';
import { startBreachSweep } from './breach-sweep';

/**
 * Command and control: incidents created from a contact (nothing re-typed), their status machine
 * and timeline, dispatch from live availability with a recommended officer, officers' own updates,
 * grade clocks and breaches, attendance, closing, the crime hand-over, the response report and
 * bringing history in from an old system.
 */
export const incidentsModule: ModuleDefinition = {
  name: 'incidents',
  permissions: incidentPermissions,
  registerRoutes(app, deps) {
    registerIncidentRoutes(app, deps);
    registerDispatchRoutes(app, deps);
    registerResponseReportRoutes(app, deps);
  },
  start: (deps) => startBreachSweep(deps),
};

export { INCIDENT_CHANGED } from './commands/sync-incident-status';
export { incidentDemandSource } from './demand/demand-profile';
export { ASSIGNMENT_CHANGED } from './dispatch/dispatch.commands';
// "Record a crime": the hand-over the crime module calls (everything known about an incident).
export { crimeHandoverFor, type CrimeHandover } from './queries/crime-handover';
export { sweepBreaches } from './breach-sweep';
