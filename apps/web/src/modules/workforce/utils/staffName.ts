import type { StaffMember } from '@bluelamp/contracts/workforce/staff';

/**
 * "PC 4127 Jane Smith": rank, collar number and name, as colleagues say it on the radio. Police
 * staff have no rank to say, so theirs is left out ("S4127 Ann Lee").
 */
export function staffName(staff: Pick<StaffMember, 'rank' | 'collarNumber' | 'firstName' | 'lastName'> & { isPoliceOfficer?: boolean }): string {
  const rank = staff.isPoliceOfficer === false ? '' : staff.rank;
  return [rank, staff.collarNumber, `${staff.firstName} ${staff.lastName}`].filter(Boolean).join(' ');
}

const KIND_NAMES: Record<string, string> = {
  response: 'Response',
  neighbourhood: 'Neighbourhood',
  cid: 'CID',
  crime_management_unit: 'Crime Management Unit',
  control_room: 'Control room',
  other: 'Other',
};

/** A team kind's name ("cid" → "CID"). */
export function teamKindName(kind: string): string {
  return KIND_NAMES[kind] ?? kind.replace(/_/g, ' ');
}
