import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api } from '../../../../api/api';
import { queryCache } from '../../../../api/queryCache';
import { LIVE_EVENT_TYPES, type LiveEvent, type LiveStatus } from '../liveEventTypes';
import { LiveEventsContext } from '../hooks/LiveEventsContext';

const MAX_EVENTS = 50;
const MAX_BACKOFF_SECONDS = 60;

/**
 * One EventSource per tab, opened while signed in. The browser reconnects by itself after a dropped
 * connection; when it gives up (the server refused the stream, e.g. a 401) this reconnects with a
 * growing pause, checking the session first so an ended session goes back to sign-in.
 * Each event also refreshes the cached data it makes stale, so open screens update themselves.
 */
export function LiveEventsProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [events, setEvents] = useState<LiveEvent[]>([]);
  const [retryInSeconds, setRetryInSeconds] = useState<number | undefined>();
  const [attempt, setAttempt] = useState(0);
  const failures = useRef(0);

  useEffect(() => {
    setStatus(attempt === 0 ? 'connecting' : 'reconnecting');
    setRetryInSeconds(undefined);
    const source = new EventSource(api.eventsUrl, { withCredentials: true });
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let countdown: ReturnType<typeof setInterval> | undefined;

    source.addEventListener('ready', () => {
      failures.current = 0;
      setStatus('live');
    });
    const handleEvent = (message: MessageEvent<string>) => {
      let event: LiveEvent;
      try {
        event = JSON.parse(message.data) as LiveEvent;
      } catch {
        return;
      }
      setEvents((previous) => [event, ...previous.filter((e) => e.id !== event.id)].slice(0, MAX_EVENTS));
      const known = LIVE_EVENT_TYPES[event.type];
      if (known?.invalidates.length) queryCache.invalidate(...known.invalidates);
    };
    // Every live event arrives as an unnamed message carrying its type, so new types need no listener.
    source.onmessage = handleEvent;

    source.onerror = () => {
      if (source.readyState === EventSource.CONNECTING) {
        setStatus('reconnecting');
        return;
      }
      // CLOSED: the browser will not try again. Check the session (a 401 signs the user out),
      // then try again after 3, 6, 12 … seconds.
      source.close();
      failures.current += 1;
      const wait = Math.min(MAX_BACKOFF_SECONDS, 3 * 2 ** (failures.current - 1));
      setStatus('offline');
      setRetryInSeconds(wait);
      void api.auth.me().catch(() => undefined);
      let left = wait;
      countdown = setInterval(() => {
        left -= 1;
        setRetryInSeconds(Math.max(0, left));
      }, 1000);
      retryTimer = setTimeout(() => setAttempt((a) => a + 1), wait * 1000);
    };

    return () => {
      source.close();
      clearTimeout(retryTimer);
      clearInterval(countdown);
    };
  }, [attempt]);

  const reconnect = useCallback(() => {
    failures.current = 0;
    setAttempt((a) => a + 1);
  }, []);

  const value = useMemo(() => ({ status, events, retryInSeconds, reconnect }), [status, events, retryInSeconds, reconnect]);
  return <LiveEventsContext.Provider value={value}>{children}</LiveEventsContext.Provider>;
}
