import { useContext } from 'react';
import { LiveEventsContext, type LiveEvents } from './LiveEventsContext';

/** The live event stream of this tab: its state and the latest events. */
export function useLiveEvents(): LiveEvents {
  const value = useContext(LiveEventsContext);
  if (!value) throw new Error('useLiveEvents needs a LiveEventsProvider');
  return value;
}
