import { Link } from '../../../../app/router';
import { Panel } from '../../../../ui/Panel';
import { QueryStatus } from '../../../../ui/QueryStatus';
import { useAuditSearch } from '../hooks/useAuditSearch';
import { AuditEventsTable } from './AuditEventsTable';

/** The latest audit records, for the administrator's home. */
export function LatestAuditPanel({ limit = 10 }: { limit?: number }) {
  const audit = useAuditSearch({ limit });
  return (
    <Panel title="Latest audit records" aside={<Link to="/audit">Audit trail</Link>}>
      <QueryStatus isLoading={audit.isLoading} error={audit.error} onRetry={audit.refetch} what="the audit trail" />
      {audit.data && <AuditEventsTable events={audit.data.items} caption="Latest audit records" variant="compact" isStale={audit.isFetching} />}
    </Panel>
  );
}
