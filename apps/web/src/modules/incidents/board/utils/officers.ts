import { ApiError } from '../../../../api/ApiError';

const RANK_SHORT: Record<string, string> = {
  'Police Constable': 'PC',
  'Detective Constable': 'DC',
  Sergeant: 'PS',
  'Detective Sergeant': 'DS',
  Inspector: 'Insp',
  'Detective Inspector': 'DI',
  'Chief Inspector': 'CI',
  PCSO: 'PCSO',
};

/** "PC Smith" as a control room says it (rank short form and surname). */
export function officerShortName(o: { rank: string; lastName: string }): string {
  const rank = RANK_SHORT[o.rank];
  return rank ? `${rank} ${o.lastName}` : o.lastName;
}

/** "PC 247CP Jane Smith". */
export function officerLongName(o: { rank: string; collarNumber: string; firstName: string; lastName: string }): string {
  return `${RANK_SHORT[o.rank] ?? o.rank} ${o.collarNumber} ${o.firstName} ${o.lastName}`;
}

/** An estimated arrival in words: "about 4 min", "under a minute". */
export function etaText(seconds: number | null): string {
  if (seconds === null) return 'no estimate';
  if (seconds < 60) return 'under a minute';
  return `about ${Math.round(seconds / 60)} min`;
}

export function distanceText(metres: number | null): string {
  if (metres === null) return '—';
  return metres < 1000 ? `${metres} m` : `${(metres / 1000).toFixed(1)} km`;
}

/**
 * A refused assignment in plain words. When another dispatcher committed the officer first the API
 * answers 409 OFFICER_ALREADY_COMMITTED; the resources read again after it say where they went.
 */
export function assignRefusal(error: ApiError, officer: { rank: string; lastName: string } | undefined, committedTo: string | null | undefined): string {
  const who = officer ? officerShortName(officer) : 'The officer';
  if (error.code === 'OFFICER_ALREADY_COMMITTED') return `${who} was just committed to ${committedTo ?? 'another incident'} by another dispatcher. Choose another officer.`;
  if (error.code === 'OFFICER_NOT_ON_DUTY') return `${who} is no longer on duty. Choose another officer.`;
  if (error.code === 'INCIDENT_CLOSED') return 'This incident has been closed; nobody more can be assigned.';
  return error.message;
}
