import type { LiveEvent } from '../../../platform/events/liveEventTypes';

/** Sent by the API on commit of every change to an incident (entityId: the incident). */
export const INCIDENT_CHANGED = 'incidents.incident_changed';
/** Sent on commit of every change to one officer's assignment (entityId: the incident; data.staffId: the officer). */
export const ASSIGNMENT_CHANGED = 'incidents.assignment_changed';

/**
 * True when a live event may alter the officer's own list: any change to an incident on it (its
 * grade, a colleague's progress), or an assignment change naming this officer (a new assignment
 * arrives this way). Changes to other incidents are ignored, so a busy control room costs nothing.
 */
export function concernsMine(event: LiveEvent, myIncidentIds: ReadonlySet<string>, myStaffId: string | null | undefined): boolean {
  if (event.type !== INCIDENT_CHANGED && event.type !== ASSIGNMENT_CHANGED) return false;
  if (event.entityId && myIncidentIds.has(event.entityId)) return true;
  return event.type === ASSIGNMENT_CHANGED && !!myStaffId && event.data?.staffId === myStaffId;
}
