import { useEffect, useRef } from 'react';
import { queryCache } from '../../../../api/queryCache';
import { useLiveEvents } from '../../../platform/events/hooks/useLiveEvents';
import { concernsRoster, eventsSince } from '../utils/liveRefresh';
import { ROSTER_CACHE } from './useRosterData';

/**
 * Reads the roster again when another session changes it: a change to one of the people shown,
 * or one that touches whole teams (patterns, assignments, minimum staffing). Reads are audited, so
 * this follows events rather than a timer.
 */
export function useRosterLiveRefresh(staffIds: ReadonlySet<string>): void {
  const { events } = useLiveEvents();
  const seen = useRef(events[0]?.id);
  useEffect(() => {
    const fresh = eventsSince(events, seen.current);
    if (!fresh.length) return;
    seen.current = events[0]?.id;
    if (fresh.some((e) => concernsRoster(e, staffIds))) queryCache.invalidate(ROSTER_CACHE);
  }, [events, staffIds]);
}
