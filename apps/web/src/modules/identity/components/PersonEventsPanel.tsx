import type { ApiError } from '../../../api/ApiError';
import { DataTable } from '../../../ui/DataTable';
import { formatLondon } from '../../../ui/format';
import { Panel } from '../../../ui/Panel';
import { QueryStatus } from '../../../ui/QueryStatus';
import type { PersonEventLinkDto } from '../api/identityApi';
import { EVENT_ROLE_NAMES, nameOf } from './personLabels';

/** The calls, incidents and crimes this person was part of, with their role in each. */
export function PersonEventsPanel({ links, isLoading, error }: { links: PersonEventLinkDto[] | undefined; isLoading: boolean; error: ApiError | undefined }) {
  return (
    <Panel title="Linked events" aside={links ? `${links.length}` : undefined}>
      <QueryStatus isLoading={isLoading} error={error} what="linked events" />
      {links && (
        <DataTable
          caption="Events this person was part of"
          rows={links}
          rowKey={(l) => l.id}
          emptyText="Not linked to any event yet"
          columns={[
            { header: 'Event', cell: (l) => `${l.eventType.replace(/_/g, ' ')} ${l.eventId}` },
            { header: 'Role', cell: (l) => nameOf(EVENT_ROLE_NAMES, l.role) },
            { header: 'Linked', cell: (l) => formatLondon(l.linkedAt), className: 'nowrap' },
          ]}
        />
      )}
    </Panel>
  );
}
