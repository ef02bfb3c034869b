import type { LiveEvent } from '../../../platform/events/liveEventTypes';

/** Sent by the API on commit of every roster change (with the people whose days changed, if any). */
export const ROSTER_CHANGED = 'workforce.roster_changed';

/** The events that arrived after the one last seen (events are newest first; an unseen id means all are new). */
export function eventsSince(events: readonly LiveEvent[], lastSeenId: string | undefined): LiveEvent[] {
  const index = lastSeenId === undefined ? -1 : events.findIndex((e) => e.id === lastSeenId);
  return index === -1 ? [...events] : events.slice(0, index);
}

/**
 * True when a roster change may alter what is on screen: one naming any of these people, or one
 * naming nobody (a pattern, assignment or minimum-staffing change touches whole teams).
 */
export function concernsRoster(event: LiveEvent, staffIds: ReadonlySet<string>): boolean {
  if (event.type !== ROSTER_CHANGED) return false;
  const changed = Array.isArray(event.data?.staffIds) ? (event.data.staffIds as unknown[]).filter((id): id is string => typeof id === 'string') : [];
  return changed.length === 0 || changed.some((id) => staffIds.has(id));
}
