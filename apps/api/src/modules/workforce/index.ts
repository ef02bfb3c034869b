import type { ModuleDefinition } from '../../http/types';
import { workforcePermissions } from './workforce.permissions';
import { registerWorkforceRoutes } from './workforce.routes';
import { registerStaffingRoutes } from './staffing/staffing.routes';

/** Workforce: officers and staff, teams, stations, geography. Rosters and availability come next. */
export const workforceModule: ModuleDefinition = {
  name: 'workforce',
  permissions: workforcePermissions,
  registerRoutes(app, deps) {
    registerWorkforceRoutes(app, deps);
    registerStaffingRoutes(app, deps);
  },
};

export { seedDemoForce } from './demo/seed-demo-force';
export { lookupPostcode, normalisePostcode } from './workforce.repository';
export type { DemandSource, DemandProfile, DemandPeriod, IncidentsByGrade } from './staffing/demand-source';
