import type { StaffMember } from '@bluelamp/contracts/workforce/staff';
import { Link } from '../../../app/router';
import { DataTable, type Column } from '../../../ui/DataTable';

const columns: Column<StaffMember>[] = [
  { header: 'Collar no.', cell: (s) => s.collarNumber, className: 'nowrap' },
  { header: 'Name', cell: (s) => <Link to={`/staff/${s.id}`}>{`${s.lastName}, ${s.firstName}`}</Link> },
  { header: 'Rank', cell: (s) => s.rank },
  { header: 'Role', cell: (s) => s.roleTitle },
  { header: 'Team', cell: (s) => s.teamName ?? '—' },
  { header: 'Station', cell: (s) => s.stationName ?? '—' },
];

/** Officers and staff as a compact table (desktop). */
export function StaffTable({ staff, caption, isStale = false }: { staff: StaffMember[]; caption: string; isStale?: boolean }) {
  return <DataTable caption={caption} columns={columns} rows={staff} rowKey={(s) => s.id} emptyText="Nobody matches" isStale={isStale} />;
}
