import type { ModuleDefinition } from '../../http/types';
import { workforcePermissions } from './workforce.permissions';
import { registerWorkforceRoutes } from './workforce.routes';
import { registerStaffingRoutes } from './staffing/staffing.routes';
import { registerRosterRoutes } from './rosters/rosters.routes';
import { registerSkillRoutes } from './rosters/skills.routes';
import { registerAvailabilityRoutes } from './availability/availability.routes';

/**
 * Workforce: officers and staff, teams, stations, geography; skills, shift patterns and rosters
 * (computed from patterns plus changes); live availability for dispatch (recorded once); staffing.
 */
export const workforceModule: ModuleDefinition = {
  name: 'workforce',
  permissions: workforcePermissions,
  registerRoutes(app, deps) {
    registerWorkforceRoutes(app, deps);
    registerStaffingRoutes(app, deps);
    registerSkillRoutes(app, deps);
    registerRosterRoutes(app, deps);
    registerAvailabilityRoutes(app, deps);
  },
};

export { seedDemoForce } from './demo/seed-demo-force';
export { lookupPostcode, normalisePostcode } from './workforce.repository';
// Staff as people (for command and control's officers on incidents).
export { getStaff, getStaffNames, type StaffRecord } from './workforce.repository';
export type { DemandSource, DemandProfile, DemandPeriod, IncidentsByGrade } from './staffing/demand-source';

// Live availability: the hand-over for command and control (commit and release inside its own
// transaction) and the dispatch query, callable without going through HTTP.
export { commitOfficer, releaseOfficer, AVAILABILITY_CHANGED } from './availability/availability.commands';
export { availabilityFor, type AvailabilityService } from './availability/availability.service';
export { ROSTER_CHANGED } from './rosters/rosters.events';
