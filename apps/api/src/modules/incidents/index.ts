import type { ModuleDefinition } from '../../http/types';
import { incidentPermissions } from './incidents.permissions';
import { registerIncidentRoutes } from './incidents.routes';
import { registerDispatchRoutes } from './dispatch/dispatch.routes';
import { registerResponseReportRoutes } from './report/response-report.routes';
import { startBreachSweep } from './breach-sweep';
import { boardCacheFor } from './queries/board';

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
    // A change answered here has committed: this process's board is re-read on its next request,
    // without waiting for the change event to come back from the database (read your own writes).
    app.addHook('onSend', async (request, _reply, payload) => {
      if (request.method !== 'GET' && request.url.startsWith('/api/incidents')) boardCacheFor(deps).invalidate();
      return payload;
    });
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
