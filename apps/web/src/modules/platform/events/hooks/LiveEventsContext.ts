import { createContext } from 'react';
import type { LiveEvent, LiveStatus } from '../liveEventTypes';

export type LiveEvents = {
  status: LiveStatus;
  /** Newest first, at most 50, since this page was opened. */
  events: LiveEvent[];
  /** Seconds until the next reconnection attempt when offline. */
  retryInSeconds: number | undefined;
  reconnect: () => void;
};

export const LiveEventsContext = createContext<LiveEvents | undefined>(undefined);
