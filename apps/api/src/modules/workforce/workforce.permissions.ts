import { ALL_ROLES, definePermissions } from '../../core/access';

/** Who may do what in the workforce module. Later: rosters, leave, availability. */
export const workforcePermissions = definePermissions({
  /** The force directory: officers and staff, teams, stations, beats, postcode look-up. */
  'workforce:read': ALL_ROLES,
  /** Staffing calculations: call handlers (Erlang C) and response officers needed per hour. */
  'workforce:staffing': ['supervisor', 'senior_manager', 'analyst'],
});
