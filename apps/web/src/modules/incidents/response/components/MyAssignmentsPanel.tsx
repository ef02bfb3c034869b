import { useState } from 'react';
import { Alert } from '../../../../ui/Alert';
import { QueryStatus } from '../../../../ui/QueryStatus';
import { useMyIncidents } from '../hooks/useMyIncidents';
import { useNow } from '../hooks/useNow';
import { MyAssignmentCard } from './MyAssignmentCard';
import '../response.css';

/**
 * The officer's assignments at the top of their duty screen: the current one first (the soonest
 * target), arriving live without a reload. Shown only to those who respond to incidents.
 */
export function MyAssignmentsPanel() {
  const mine = useMyIncidents();
  const now = useNow();
  const [cleared, setCleared] = useState<string | undefined>();
  const items = [...(mine.data?.items ?? [])].sort((a, b) => a.targetAt.localeCompare(b.targetAt));
  return (
    <section className="my-incidents" aria-label="My incidents" data-testid="my-incidents">
      <QueryStatus isLoading={mine.isLoading} error={mine.error} onRetry={mine.refetch} what="your incidents" />
      {cleared && <Alert tone="success" title={`Recorded: cleared from ${cleared}`} />}
      {mine.data && items.length === 0 && <p className="my-incidents-none">No incident assigned to you. An assignment appears here as soon as control makes it.</p>}
      {items.map((incident, i) => (
        <MyAssignmentCard key={`${incident.incidentId}:${incident.assignment.id}`} incident={incident} now={now} isCurrent={i === 0} onCleared={setCleared} />
      ))}
    </section>
  );
}
