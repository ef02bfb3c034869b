import { Link } from '../../../app/router';
import { DescriptionList } from '../../../ui/DescriptionList';
import { Panel } from '../../../ui/Panel';
import { QueryStatus } from '../../../ui/QueryStatus';
import type { QueryState } from '../../../api/useQuery';
import type { StaffMember } from '@bluelamp/contracts/workforce/staff';
import { staffName } from '../utils/staffName';

/** The signed-in user's own staff record, in brief. */
export function MyStaffRecordPanel({ staff }: { staff: QueryState<StaffMember> }) {
  const s = staff.data;
  return (
    <Panel title="You" aside={s && <Link to={`/staff/${s.id}`}>Full record</Link>}>
      <QueryStatus isLoading={staff.isLoading} error={staff.error} onRetry={staff.refetch} what="your staff record" />
      {s && (
        <DescriptionList
          className="dl-compact"
          items={[
            { term: 'Name', value: staffName(s) },
            { term: 'Role', value: s.roleTitle },
            { term: 'Team', value: s.teamName ?? '—' },
            { term: 'Station', value: s.stationName ?? '—' },
          ]}
        />
      )}
    </Panel>
  );
}
