import type { ContactLookupRequest } from '@bluelamp/contracts/contact/lookup';
import { useQuery } from '../../../api/useQuery';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { contactApi } from '../api/contactApi';

/**
 * The repeat-caller panel's answer for what is typed so far. Asks as the handler pauses (250 ms);
 * a newer question cancels the one in flight (useQuery aborts it), so a stale answer never replaces
 * a fresher one, and the last answer stays on screen, marked stale, while the next loads.
 */
export function useCallerLookup(request: ContactLookupRequest | undefined, delayMs = 250) {
  const key = request ? JSON.stringify(request) : '';
  const debouncedKey = useDebouncedValue(key, delayMs);
  const asked = debouncedKey ? (JSON.parse(debouncedKey) as ContactLookupRequest) : undefined;
  const result = useQuery(`contact:lookup:${debouncedKey}`, (signal) => contactApi.lookup(asked!, signal), { enabled: !!asked, keepPreviousData: true });
  return {
    result: asked ? result.data : undefined,
    isStale: key !== debouncedKey || result.isFetching,
    error: result.error,
    retry: result.refetch,
  };
}
