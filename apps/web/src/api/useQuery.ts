import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './ApiError';
import { queryCache } from './queryCache';

export type QueryState<T> = {
  data: T | undefined;
  error: ApiError | undefined;
  /** True while there is nothing to show yet. */
  isLoading: boolean;
  /** True while a request is in flight (also when older data is on screen). */
  isFetching: boolean;
  refetch: () => void;
};

type Options = {
  /** When false the query waits (e.g. until the user has typed something). */
  enabled?: boolean;
  /** Keep showing the previous key's data while the new key loads (lists, as the user types or pages). */
  keepPreviousData?: boolean;
};

/**
 * Reads from the API: `useQuery('users:list:…', (signal) => api.users.list(q, signal))`.
 * The key names the data; a new key fetches again (cancelling the previous request). With
 * `keepPreviousData` the last page stays on screen meanwhile, so tables do not flicker as the user
 * pages or types.
 */
export function useQuery<T>(key: string, fetcher: (signal: AbortSignal) => Promise<T>, options: Options = {}): QueryState<T> {
  const enabled = options.enabled ?? true;
  const [error, setError] = useState<ApiError | undefined>();
  const [data, setData] = useState<T | undefined>(() => queryCache.get<T>(key));
  const [shownKey, setShownKey] = useState(key);
  if (shownKey !== key) {
    // A different record: never show the last one's data under the new one's heading.
    setShownKey(key);
    setError(undefined);
    if (!options.keepPreviousData) setData(queryCache.get<T>(key));
  }
  const [isFetching, setIsFetching] = useState(false);
  const [generation, setGeneration] = useState(0);
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;

  useEffect(() => {
    if (!enabled) return;
    const cached = queryCache.get<T>(key);
    if (cached !== undefined) setData(cached);
    const controller = new AbortController();
    setIsFetching(true);
    fetcherRef
      .current(controller.signal)
      .then((result) => {
        queryCache.set(key, result);
        setData(result);
        setError(undefined);
      })
      .catch((e: unknown) => {
        if (controller.signal.aborted) return;
        setError(e instanceof ApiError ? e : new ApiError(0, { code: 'INTERNAL_ERROR', message: String(e) }));
      })
      .finally(() => {
        if (!controller.signal.aborted) setIsFetching(false);
      });
    return () => controller.abort();
  }, [key, enabled, generation]);

  useEffect(
    () =>
      queryCache.subscribe((prefix) => {
        if (key.startsWith(prefix)) setGeneration((g) => g + 1);
      }),
    [key],
  );

  const refetch = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, isLoading: data === undefined && error === undefined && enabled, isFetching, refetch };
}
