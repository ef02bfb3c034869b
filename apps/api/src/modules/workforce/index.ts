import type { ModuleDefinition } from '../../http/types';
import { workforcePermissions } from './workforce.permissions';
import { registerWorkforceRoutes } from './workforce.routes';

/** Workforce: officers and staff, teams, stations, geography. Rosters and availability come next. */
export const workforceModule: ModuleDefinition = {
  name: 'workforce',
  permissions: workforcePermissions,
  registerRoutes: registerWorkforceRoutes,
};

export { seedDemoForce } from './demo/seed-demo-force';
export { lookupPostcode, normalisePostcode } from './workforce.repository';
