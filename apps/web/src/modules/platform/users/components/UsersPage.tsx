import { useState } from 'react';
import type { RoleCode } from '@bluelamp/contracts/roles';
import type { User } from '@bluelamp/contracts/platform/users';
import { Link, useSearchParams } from '../../../../app/router';
import { Badge } from '../../../../ui/Badge';
import { DataTable, type Column } from '../../../../ui/DataTable';
import { formatLondon } from '../../../../ui/format';
import { PageHeader } from '../../../../ui/PageHeader';
import { Pager } from '../../../../ui/Pager';
import { QueryStatus } from '../../../../ui/QueryStatus';
import { SelectField } from '../../../../ui/SelectField';
import { TextField } from '../../../../ui/TextField';
import { useDebouncedValue } from '../../../../ui/useDebouncedValue';
import { useSession } from '../../auth/hooks/useSession';
import { useRoles } from '../hooks/useRoles';
import { useUsers } from '../hooks/useUsers';
import { RoleBadges } from './RoleBadges';

const PAGE_SIZE = 50;

const columns: Column<User>[] = [
  { header: 'Username', cell: (u) => <Link to={`/users/${u.id}`}>{u.username}</Link> },
  { header: 'Name', cell: (u) => u.displayName },
  { header: 'Roles', cell: (u) => <RoleBadges roles={u.roles} /> },
  { header: 'Status', cell: (u) => (u.isActive ? 'Active' : <Badge tone="danger">Disabled</Badge>) },
  { header: 'Last sign-in', cell: (u) => formatLondon(u.lastSignInAt), className: 'nowrap' },
  { header: 'Created', cell: (u) => formatLondon(u.createdAt), className: 'nowrap' },
];

/** User accounts: search by name or username, filter by role, page through. */
export function UsersPage() {
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('search') ?? '');
  const role = (params.get('role') ?? '') as RoleCode | '';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const debounced = useDebouncedValue(search.trim());
  const roles = useRoles();
  const users = useUsers({ search: debounced || undefined, role: role || undefined, limit: PAGE_SIZE, offset });

  const handleSearch = (value: string) => {
    setSearch(value);
    setParams({ search: value.trim(), offset: undefined });
  };

  return (
    <>
      <PageHeader
        title="Users"
        description="Accounts that can sign in to Bluelamp, with their roles."
        actions={can('users:manage') && <Link to="/users/new" className="btn btn-primary">Create user</Link>}
      />
      <form className="filter-bar" role="search" onSubmit={(e) => e.preventDefault()}>
        <TextField label="Search" hint="Name or username" type="search" value={search} onChange={(e) => handleSearch(e.target.value)} data-search="" />
        <SelectField label="Role" value={role} onChange={(e) => setParams({ role: e.target.value, offset: undefined })}>
          <option value="">Any role</option>
          {roles.data?.items.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </SelectField>
      </form>
      <QueryStatus isLoading={users.isLoading} error={users.error} onRetry={users.refetch} what="users" />
      {users.data && (
        <>
          <DataTable caption="User accounts" columns={columns} rows={users.data.items} rowKey={(u) => u.id} emptyText="No user matches this search" isStale={users.isFetching} />
          <Pager noun="users" offset={offset} limit={PAGE_SIZE} total={users.data.total} onChange={(next) => setParams({ offset: next })} />
        </>
      )}
    </>
  );
}
