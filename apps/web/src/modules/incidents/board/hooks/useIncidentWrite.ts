import { isApiError } from '../../../../api/ApiError';
import { queryCache } from '../../../../api/queryCache';
import { useMutation } from '../../../../api/useMutation';
import { INCIDENT_CACHE } from '../../api/useIncidents';

/**
 * A change to one incident that sends the version it was read at. On success the incident, the
 * board and the lists are read again; on 409 VERSION_CONFLICT the API's current state
 * (`details.current`) goes straight into the cache, so the page shows what someone else did.
 */
export function useIncidentWrite<V, T>(id: string, send: (variables: V) => Promise<T>) {
  return useMutation(
    async (variables: V) => {
      try {
        return await send(variables);
      } catch (error) {
        if (isApiError(error, 'VERSION_CONFLICT')) {
          // Shown at once when it is the whole incident as the page reads it; read again otherwise.
          const current = error.current<{ timeline?: unknown; assignments?: unknown }>();
          if (current && Array.isArray(current.timeline) && Array.isArray(current.assignments)) queryCache.set(INCIDENT_CACHE.one(id), current);
          queryCache.invalidate(INCIDENT_CACHE.one(id), INCIDENT_CACHE.board);
        }
        throw error;
      }
    },
    { invalidates: [INCIDENT_CACHE.one(id), INCIDENT_CACHE.board, INCIDENT_CACHE.list, INCIDENT_CACHE.handover(id)] },
  );
}

/** A refused change in words a dispatcher can act on (a stale version says so plainly). */
export function refusalText(error: { code: string; message: string }): string {
  if (error.code === 'VERSION_CONFLICT') return 'Someone else changed this incident while you had it open. The page now shows the incident as it stands; check it and try again.';
  return error.message;
}
