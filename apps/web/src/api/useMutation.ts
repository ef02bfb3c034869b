import { useCallback, useRef, useState } from 'react';
import { ApiError } from './ApiError';
import { queryCache } from './queryCache';

export type MutationState<V, T> = {
  /** Sends the change; resolves with the answer, or undefined when it failed (see `error`). */
  mutate: (variables: V) => Promise<T | undefined>;
  isPending: boolean;
  error: ApiError | undefined;
  data: T | undefined;
  reset: () => void;
};

type Options = {
  /** Cache key prefixes to refresh after a successful change, e.g. ['users:']. */
  invalidates?: string[];
};

/**
 * Sends a change to the API and keeps its state for the form. A second submit while one is in
 * flight is ignored, so a double click never sends the change twice.
 */
export function useMutation<V, T>(send: (variables: V) => Promise<T>, options: Options = {}): MutationState<V, T> {
  const [isPending, setIsPending] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const [data, setData] = useState<T | undefined>();
  const inFlight = useRef(false);
  const sendRef = useRef(send);
  sendRef.current = send;
  // Joined so the callback stays stable although callers pass a new array each render.
  const invalidateKey = (options.invalidates ?? []).join('|');

  const mutate = useCallback(
    async (variables: V) => {
      if (inFlight.current) return undefined;
      inFlight.current = true;
      setIsPending(true);
      setError(undefined);
      try {
        const result = await sendRef.current(variables);
        setData(result);
        if (invalidateKey) queryCache.invalidate(...invalidateKey.split('|'));
        return result;
      } catch (e) {
        setError(e instanceof ApiError ? e : new ApiError(0, { code: 'INTERNAL_ERROR', message: String(e) }));
        return undefined;
      } finally {
        inFlight.current = false;
        setIsPending(false);
      }
    },
    [invalidateKey],
  );

  const reset = useCallback(() => {
    setError(undefined);
    setData(undefined);
  }, []);

  return { mutate, isPending, error, data, reset };
}
