import type { IncidentStatus } from '@bluelamp/contracts/incidents/incidents';

export const INCIDENT_STATUS_NAMES: Record<IncidentStatus, string> = {
  awaiting_dispatch: 'Awaiting dispatch',
  dispatched: 'Dispatched',
  en_route: 'En route',
  on_scene: 'On scene',
  cleared: 'Cleared',
  closed: 'Closed',
};

export const ASSIGNMENT_STATUS_NAMES: Record<string, string> = {
  assigned: 'Assigned',
  en_route: 'En route',
  on_scene: 'On scene',
  cleared: 'Cleared',
  released: 'Released',
};

export const UNIT_STATUS_NAMES: Record<string, string> = { available: 'Available', committed: 'Committed', refreshment: 'Refreshment', off_duty: 'Off duty' };

/** Badge tone per grade; the grade's name is always written beside the colour. */
export function gradeTone(grade: string): 'danger' | 'warning' | 'info' | 'neutral' {
  return grade === 'immediate' ? 'danger' : grade === 'scheduled' ? 'warning' : grade === 'routine' ? 'info' : 'neutral';
}

export function statusTone(status: string): 'danger' | 'warning' | 'info' | 'success' | 'neutral' {
  if (status === 'awaiting_dispatch') return 'danger';
  if (status === 'dispatched' || status === 'en_route') return 'warning';
  if (status === 'on_scene') return 'info';
  if (status === 'cleared') return 'success';
  return 'neutral';
}
