import { ALL_ROLES, definePermissions } from '../../core/access';

/** Who may do what in the platform module: accounts, audit, reference data and force policy. */
export const platformPermissions = definePermissions({
  /** See the list of user accounts and their roles. */
  'users:read': ['administrator'],
  /** Create users, change their roles, disable them, reset passwords. */
  'users:manage': ['administrator'],
  /** Search the audit trail and verify its chain. */
  'audit:search': ['administrator'],
  /** Read reference data: grades, offence codes, outcome types, incident categories. */
  'reference:read': ALL_ROLES,
  /** Change the force's response-grade targets. */
  'reference:manage': ['administrator', 'senior_manager'],
  /** Read force policy settings. */
  'policy:read': ALL_ROLES,
  /** Change force policy settings. */
  'policy:manage': ['administrator', 'senior_manager'],
});
