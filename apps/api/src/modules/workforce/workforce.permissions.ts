import type { RoleCode } from '@bluelamp/contracts/roles';
import { ALL_ROLES, definePermissions } from '../../core/access';

// The people who run shifts and their numbers: sergeants and inspectors (supervisor) and senior managers.
const rosterManagers: readonly RoleCode[] = ['supervisor', 'senior_manager'];

/** Who may do what in the workforce module. */
export const workforcePermissions = definePermissions({
  /** The force directory: officers and staff, teams, stations, beats, postcode look-up, the skill catalogue. */
  'workforce:read': ALL_ROLES,
  /**
   * Read rosters (who works when, and who is on leave or sick: personal data, so every read of a
   * named roster is audited), shortfalls and strength. Analysts set demand against strength.
   */
  'workforce:roster-read': [...rosterManagers, 'analyst'],
  /** Edit rosters: shift types, patterns, assignments, leave and other changes, minimum staffing, skills. */
  'workforce:roster': rosterManagers,
  /**
   * Authorise a roster change that breaks a rest rule or minimum staffing (with a reason). Kept to
   * senior managers: a sergeant who needs one asks up the chain, as the Working Time Regulations expect.
   */
  'workforce:roster-override': ['senior_manager'],
  /** See who is on duty and available, where they are and what they are committed to (dispatch). */
  'workforce:availability': ['dispatcher', 'call_handler', 'supervisor', 'senior_manager'],
  /**
   * Book on and off, set one's own status and report one's position (the mobile view). Every role may;
   * the account must belong to a person on the workforce.
   */
  'workforce:own-status': ALL_ROLES,
  /** Staffing calculations: call handlers (Erlang C) and response officers needed per hour. */
  'workforce:staffing': [...rosterManagers, 'analyst'],
});
