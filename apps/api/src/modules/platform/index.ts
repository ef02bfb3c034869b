import type { ModuleDefinition } from '../../http/types';
import { platformPermissions } from './platform.permissions';
import { registerAuthRoutes } from './accounts/auth.routes';
import { registerUserRoutes } from './accounts/users.routes';
import { registerAuditRoutes } from './audit/audit.routes';
import { registerReferenceRoutes } from './reference/reference.routes';
import { registerPolicyRoutes } from './policy/policy.routes';
import { registerEventRoutes } from './events/events.routes';
import { registerHealthRoutes } from './health/health.routes';

/** Platform: accounts and sessions, the audit trail, reference data, force policy, live events, health. */
export const platformModule: ModuleDefinition = {
  name: 'platform',
  permissions: platformPermissions,
  registerRoutes(app, deps) {
    registerHealthRoutes(app, deps);
    registerAuthRoutes(app, deps);
    registerUserRoutes(app, deps);
    registerAuditRoutes(app, deps);
    registerReferenceRoutes(app, deps);
    registerPolicyRoutes(app, deps);
    registerEventRoutes(app, deps);
  },
};

export { hashPassword } from './accounts/password';
export { verifyAuditChain } from './audit/audit.repository';
export { getPolicySetting } from './policy/policy.repository';
export { listResponseGrades, listIncidentCategories, type IncidentCategory, type ResponseGrade } from './reference/reference.repository';
export { referenceCacheOf, type ReferenceCache } from './reference/reference-cache';
