import { formatDuration, formatLondon } from '../../../../ui/format';
import { Button } from '../../../../ui/Button';
import { Panel } from '../../../../ui/Panel';
import { useLiveEvents } from '../hooks/useLiveEvents';
import { LIVE_EVENT_TYPES, type LiveEvent } from '../liveEventTypes';
import { LiveStatusIndicator } from './LiveStatusIndicator';

/** What changed, in a few words: "immediate: 15 minutes", "contact.repeatWindowDays → 60". */
function describe(event: LiveEvent): string {
  const data = event.data ?? {};
  if (event.type === 'reference.grade_updated' && typeof data.targetSeconds === 'number') {
    return `${event.entityId ?? 'grade'}: target now ${formatDuration(data.targetSeconds)}`;
  }
  if (event.type === 'policy.updated' && 'value' in data) return `${event.entityId ?? 'setting'} is now ${String(data.value)}`;
  return event.entityId ? `${event.entityType ?? 'record'} ${event.entityId}` : '';
}

/**
 * Events as they arrive on this tab's live stream, newest first. The list is a polite live
 * region, so a screen reader announces each new event without interrupting.
 */
export function LiveEventsPanel({ limit = 10 }: { limit?: number }) {
  const { events, status, reconnect } = useLiveEvents();
  const shown = events.slice(0, limit);
  return (
    <Panel title="Live events" aside={<LiveStatusIndicator announce={false} />}>
      {status === 'offline' && (
        <p>
          <Button onClick={reconnect}>Reconnect now</Button>
        </p>
      )}
      <ol className="event-list" aria-live="polite" aria-relevant="additions">
        {shown.length === 0 ? (
          <li className="muted">No events since you opened this page. Changes to policy and response grades appear here as they happen.</li>
        ) : (
          shown.map((event) => (
            <li key={event.id}>
              <time dateTime={event.at}>{formatLondon(event.at)}</time>{' '}
              <strong>{LIVE_EVENT_TYPES[event.type]?.label ?? event.type}</strong> <span className="muted">{describe(event)}</span>
            </li>
          ))
        )}
      </ol>
    </Panel>
  );
}
