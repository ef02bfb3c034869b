import type { PREMISES_TYPES } from '@bluelamp/contracts/identity/locations';

export const PREMISES_TYPE_NAMES: Record<(typeof PREMISES_TYPES)[number], string> = {
  residential: 'Residential',
  commercial: 'Commercial',
  licensed_premises: 'Licensed premises',
  school: 'School',
  hospital: 'Hospital',
  care_home: 'Care home',
  transport: 'Transport',
  public_space: 'Public space',
  government: 'Government',
  religious: 'Place of worship',
  other: 'Other',
};
