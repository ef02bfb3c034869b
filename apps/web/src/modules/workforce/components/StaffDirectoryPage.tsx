import { useState } from 'react';
import { useSearchParams } from '../../../app/router';
import { PageHeader } from '../../../ui/PageHeader';
import { Pager } from '../../../ui/Pager';
import { QueryStatus } from '../../../ui/QueryStatus';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useStaff } from '../hooks/useStaff';
import { useTeams } from '../hooks/useTeams';
import { teamKindName } from '../utils/staffName';
import { StaffCardList } from './StaffCardList';
import { StaffTable } from './StaffTable';

const PAGE_SIZE = 50;

/** The force directory: search by name or collar number, filter by team, page through. */
export function StaffDirectoryPage() {
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('search') ?? '');
  const teamId = params.get('teamId') ?? '';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const debounced = useDebouncedValue(search.trim());
  const teams = useTeams();
  const staff = useStaff({ search: debounced || undefined, teamId: teamId || undefined, limit: PAGE_SIZE, offset });
  const teamsByKind = new Map<string, { id: string; name: string }[]>();
  for (const t of teams.data?.items ?? []) teamsByKind.set(t.kind, [...(teamsByKind.get(t.kind) ?? []), t]);

  return (
    <>
      <PageHeader title="Staff directory" description="Officers and staff of the force." />
      <form className="filter-bar" role="search" aria-label="Search staff" onSubmit={(e) => e.preventDefault()}>
        <TextField
          label="Search"
          hint="Name or collar number"
          type="search"
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setParams({ search: e.target.value.trim(), offset: undefined });
          }}
          data-search=""
        />
        <SelectField label="Team" value={teamId} onChange={(e) => setParams({ teamId: e.target.value, offset: undefined })}>
          <option value="">All teams</option>
          {[...teamsByKind.entries()].map(([kind, list]) => (
            <optgroup key={kind} label={teamKindName(kind)}>
              {list.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
      </form>
      <QueryStatus isLoading={staff.isLoading} error={staff.error} onRetry={staff.refetch} what="staff" />
      {staff.data && (
        <>
          {isMobile ? <StaffCardList staff={staff.data.items} label="Officers and staff" /> : <StaffTable staff={staff.data.items} caption="Officers and staff" isStale={staff.isFetching} />}
          <Pager noun="people" offset={offset} limit={PAGE_SIZE} total={staff.data.total} onChange={(next) => setParams({ offset: next })} />
        </>
      )}
    </>
  );
}
