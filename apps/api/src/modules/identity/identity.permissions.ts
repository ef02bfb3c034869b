import type { RoleCode } from '@bluelamp/contracts/roles';
import { definePermissions } from '../../core/access';

// Everyone who deals with the public or with cases needs to know who someone is and what warnings
// they carry. Senior managers and administrators do not: they work on accounts and performance,
// not on nominals, so they hold no access to personal records here.
const operational: readonly RoleCode[] = [
  'call_handler', 'dispatcher', 'response_officer', 'neighbourhood_officer', 'detective',
  'crime_management_unit', 'supervisor', 'crime_registrar', 'offender_manager', 'analyst',
];

/** Who may do what with persons and places. */
export const identityPermissions = definePermissions({
  /** Open and search persons and locations (every read of a person is audited). */
  'identity:read': operational,
  /** Create persons and locations and change their details and flags. Analysts read only. */
  'identity:write': operational.filter((role) => role !== 'analyst'),
  /**
   * Merge and unmerge duplicates. A wrong merge puts one person's warnings on another, so it is kept
   * to the roles that own data quality and can also read what they merge: supervisors, the crime
   * registrar and the crime management unit. Administrators are left out on purpose (see above).
   * The same roles review the proposed duplicates: a proposal shows two people's details side by side.
   */
  'identity:merge': ['supervisor', 'crime_registrar', 'crime_management_unit'],
});
