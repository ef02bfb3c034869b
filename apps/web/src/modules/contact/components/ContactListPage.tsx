import { useState } from 'react';
import type { ContactSummary } from '@bluelamp/contracts/contact/contacts';
import { Link } from '../../../app/router';
import { useSession } from '../../platform/auth/hooks/useSession';
import { DataTable, type Column } from '../../../ui/DataTable';
import { formatLondon } from '../../../ui/format';
import { PageHeader } from '../../../ui/PageHeader';
import { Pager } from '../../../ui/Pager';
import { QueryStatus } from '../../../ui/QueryStatus';
import { useContactList } from '../hooks/useContacts';
import { CHANNEL_NAMES, gradeName } from '../utils/contactLabels';

const LIMIT = 50;

const columns: Column<ContactSummary>[] = [
  { header: 'Reference', cell: (c) => <Link to={`/contact/${c.id}`}>{c.reference}</Link>, className: 'nowrap' },
  { header: 'Received', cell: (c) => formatLondon(c.receivedAt), className: 'nowrap' },
  { header: 'Channel', cell: (c) => CHANNEL_NAMES[c.channel] ?? c.channel },
  { header: 'Category', cell: (c) => c.categoryName },
  { header: 'Grade', cell: (c) => <span className={`grade-${c.grade}`}>{gradeName(c.grade)}</span> },
  { header: 'Caller', cell: (c) => c.callerName ?? '—' },
  { header: 'Where', cell: (c) => c.locationText ?? '—' },
];

/** Recent contacts, newest first. */
export function ContactListPage() {
  const [offset, setOffset] = useState(0);
  const { can } = useSession();
  const list = useContactList(offset, LIMIT);
  return (
    <>
      <PageHeader
        title="Contacts"
        description={can('contact:read_all') ? 'Every call, report and walk-in, newest first.' : 'The contacts you recorded, newest first.'}
        actions={
          can('contact:create') && (
            <Link to="/contact/new" className="btn btn-primary">
              Take a call
            </Link>
          )
        }
      />
      <QueryStatus isLoading={list.isLoading} error={list.error} onRetry={list.refetch} what="contacts" />
      {list.data && (
        <>
          <DataTable caption="Recent contacts" columns={columns} rows={list.data.items} rowKey={(c) => c.id} emptyText="No contacts yet" isStale={list.isFetching} />
          <Pager offset={offset} limit={LIMIT} total={list.data.total} onChange={setOffset} noun="contacts" />
        </>
      )}
    </>
  );
}
