import { Link } from '../../../app/router';
import { DescriptionList } from '../../../ui/DescriptionList';
import { PageHeader } from '../../../ui/PageHeader';
import { Panel } from '../../../ui/Panel';
import { QueryStatus } from '../../../ui/QueryStatus';
import { useStaffMember } from '../hooks/useStaffMember';
import { staffName } from '../utils/staffName';
import { TeamMembersPanel } from './TeamMembersPanel';

/** One officer or staff member: rank, role, team, station, line manager, and their team. */
export function StaffDetailPage({ id }: { id: string }) {
  const staff = useStaffMember(id);
  const manager = useStaffMember(staff.data?.lineManagerId);
  if (!staff.data) {
    return (
      <>
        <PageHeader title="Officer or staff member" />
        <QueryStatus isLoading={staff.isLoading} error={staff.error} onRetry={staff.refetch} what="the record" />
      </>
    );
  }
  const s = staff.data;
  return (
    <>
      <PageHeader title={staffName(s)} description={s.roleTitle} actions={<Link to="/staff">Staff directory</Link>} />
      <div className="columns">
        <div className="column-main">
          <Panel title="Details">
            <DescriptionList
              items={[
                { term: 'Collar number', value: s.collarNumber },
                { term: 'Name', value: `${s.firstName} ${s.lastName}` },
                { term: 'Rank', value: s.rank || '—' },
                { term: 'Role', value: s.roleTitle },
                { term: 'Officer or staff', value: s.isPoliceOfficer ? 'Police officer' : 'Police staff' },
                { term: 'Team', value: s.teamId ? <Link to={`/staff?teamId=${s.teamId}`}>{s.teamName}</Link> : '—' },
                { term: 'Station', value: s.stationName ?? '—' },
                {
                  term: 'Line manager',
                  value: s.lineManagerId ? <Link to={`/staff/${s.lineManagerId}`}>{manager.data ? staffName(manager.data) : 'Open record'}</Link> : '—',
                },
                { term: 'E-mail', value: s.email ? <a href={`mailto:${s.email}`}>{s.email}</a> : '—' },
              ]}
            />
          </Panel>
        </div>
        <div className="column-side">{s.teamId && <TeamMembersPanel teamId={s.teamId} teamName={s.teamName} excludeId={s.id} title="Same team" />}</div>
      </div>
    </>
  );
}
