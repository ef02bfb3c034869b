import { useEffect, useMemo, useRef } from 'react';
import { queryCache } from '../../../../api/queryCache';
import { useQuery } from '../../../../api/useQuery';
import { useCurrentUser } from '../../../platform/auth/hooks/useCurrentUser';
import { useLiveEvents } from '../../../platform/events/hooks/useLiveEvents';
import { eventsSince } from '../../../workforce/rosters/utils/liveRefresh';
import { responseApi } from '../api/responseApi';
import { concernsMine } from '../utils/liveMine';

export const MY_INCIDENTS = 'incidents:mine';
/** While the live feed is down the list is read this often instead, so an assignment still arrives. */
const POLL_WHEN_OFFLINE_MS = 20_000;

/**
 * The incidents the signed-in officer is assigned to, kept current without a reload: read again when
 * a live event touches one of them or changes an assignment of this officer, when the live feed comes back (events may
 * have been missed meanwhile), and every 20 s while it is down.
 */
export function useMyIncidents() {
  const mine = useQuery(MY_INCIDENTS, (signal) => responseApi.mine(signal));
  const { events, status } = useLiveEvents();
  const { staffId } = useCurrentUser();
  const ids = useMemo(() => new Set((mine.data?.items ?? []).map((i) => i.incidentId)), [mine.data]);
  const seen = useRef(events[0]?.id);
  const refetch = mine.refetch;

  useEffect(() => {
    const fresh = eventsSince(events, seen.current);
    if (!fresh.length) return;
    seen.current = events[0]?.id;
    if (fresh.some((e) => concernsMine(e, ids, staffId))) {
      // The officer's own status (committed, available) follows the assignment too.
      queryCache.invalidate(MY_INCIDENTS, 'rosters:me');
    }
  }, [events, ids, staffId]);

  const wasLive = useRef(status === 'live');
  useEffect(() => {
    if (status === 'live' && !wasLive.current) refetch();
    wasLive.current = status === 'live';
    if (status === 'live') return;
    const timer = setInterval(refetch, POLL_WHEN_OFFLINE_MS);
    return () => clearInterval(timer);
  }, [status, refetch]);

  return mine;
}
