/** The roles of the product. Permissions per role are declared by each module on the server. */
export const ROLE_CODES = [
  'call_handler',
  'dispatcher',
  'response_officer',
  'neighbourhood_officer',
  'detective',
  'crime_management_unit',
  'supervisor',
  'senior_manager',
  'crime_registrar',
  'offender_manager',
  'analyst',
  'administrator',
] as const;
export type RoleCode = (typeof ROLE_CODES)[number];
