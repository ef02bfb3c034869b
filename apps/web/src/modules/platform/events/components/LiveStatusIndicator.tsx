import { useLiveEvents } from '../hooks/useLiveEvents';

const LABELS = {
  connecting: 'Connecting to live updates…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Live updates offline',
} as const;

/**
 * A small status: is the screen being kept up to date? `announce` makes it a live region (only one
 * copy on a page should be, or a screen reader hears each change twice).
 */
export function LiveStatusIndicator({ announce = true }: { announce?: boolean }) {
  const { status, retryInSeconds } = useLiveEvents();
  const label = status === 'offline' && retryInSeconds !== undefined ? `${LABELS.offline}; retrying in ${retryInSeconds} s` : LABELS[status];
  return (
    <span className={`live-indicator live-${status}`} role={announce ? 'status' : undefined}>
      <span className="live-dot" aria-hidden="true" />
      <span className="live-label">{label}</span>
    </span>
  );
}
