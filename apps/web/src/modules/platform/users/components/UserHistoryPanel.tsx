import { Link } from '../../../../app/router';
import { Panel } from '../../../../ui/Panel';
import { QueryStatus } from '../../../../ui/QueryStatus';
import { AuditEventsTable } from '../../audit/components/AuditEventsTable';
import { useAuditSearch } from '../../audit/hooks/useAuditSearch';

/** The latest audit records about one user account, with a link to the full trail. */
export function UserHistoryPanel({ userId }: { userId: string }) {
  const history = useAuditSearch({ entityType: 'user', entityId: userId, limit: 10 });
  return (
    <Panel title="History" aside={<Link to={`/audit?entityType=user&entityId=${encodeURIComponent(userId)}`}>Full audit trail</Link>}>
      <QueryStatus isLoading={history.isLoading} error={history.error} onRetry={history.refetch} what="history" />
      {history.data && <AuditEventsTable events={history.data.items} caption="Latest changes to this account" variant="history" />}
    </Panel>
  );
}
