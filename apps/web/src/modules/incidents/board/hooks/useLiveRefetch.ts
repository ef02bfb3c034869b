import { useEffect, useRef } from 'react';
import type { LiveEvent } from '../../../platform/events/liveEventTypes';
import { useLiveEvents } from '../../../platform/events/hooks/useLiveEvents';

/** Sent on commit of every change to an incident (data: change, status, grade, version). */
export const INCIDENT_CHANGED = 'incidents.incident_changed';
/** Sent on commit of every change to an officer's status or position (dispatch commits them too). */
export const AVAILABILITY_CHANGED = 'workforce.availability_changed';

/** Events newer than the one last seen (newest first; a last-seen id no longer in the list means all are new). */
export function eventsAfter(events: readonly LiveEvent[], lastSeenId: string | undefined): readonly LiveEvent[] {
  const index = lastSeenId === undefined ? -1 : events.findIndex((e) => e.id === lastSeenId);
  return index === -1 ? events : events.slice(0, index);
}

/** Quiet time after an event before reading again: a burst of changes makes one read, not one each. */
const SETTLE_MS = 250;

/**
 * Reads data again when live events say it changed, without reloading the page: `wants(event)`
 * picks the events that matter, and `refetch` runs at most once per burst (after SETTLE_MS). After
 * the stream reconnects it reads again too, since events may have been missed meanwhile. Holds only
 * the id of the last event seen and one timer, cleared on unmount, so nothing grows over a shift.
 */
export function useLiveRefetch(wants: (event: LiveEvent) => boolean, refetch: () => void): void {
  const { events, status } = useLiveEvents();
  const seen = useRef(events[0]?.id);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const wasLive = useRef(status === 'live');
  const latest = useRef({ wants, refetch });
  latest.current = { wants, refetch };

  useEffect(() => () => clearTimeout(timer.current), []);

  useEffect(() => {
    const fresh = eventsAfter(events, seen.current);
    if (!fresh.length) return;
    seen.current = events[0]?.id;
    if (!fresh.some((e) => latest.current.wants(e))) return;
    if (timer.current !== undefined) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      latest.current.refetch();
    }, SETTLE_MS);
  }, [events]);

  useEffect(() => {
    const live = status === 'live';
    if (live && !wasLive.current) latest.current.refetch();
    wasLive.current = live;
  }, [status]);
}
