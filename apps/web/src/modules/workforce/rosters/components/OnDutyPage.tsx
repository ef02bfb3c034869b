import { useEffect, useRef, useState } from 'react';
import type { OfficerAvailability } from '@bluelamp/contracts/workforce/availability';
import { Button } from '../../../../ui/Button';
import { DataTable, type Column } from '../../../../ui/DataTable';
import { PageHeader } from '../../../../ui/PageHeader';
import { Panel } from '../../../../ui/Panel';
import { QueryStatus } from '../../../../ui/QueryStatus';
import { SelectField } from '../../../../ui/SelectField';
import { formatLondon } from '../../../../ui/format';
import { useSearchParams } from '../../../../app/router';
import { useLiveEvents } from '../../../platform/events/hooks/useLiveEvents';
import { useTeams } from '../../hooks/useTeams';
import { useOnDuty } from '../hooks/useAvailability';
import { ageOf, dutyTimes } from '../utils/localTime';
import { OfficerStatusBadge } from './OfficerStatusBadge';
import { RostersNav } from './RostersNav';
import '../rosters.css';

const AVAILABILITY_CHANGED = 'workforce.availability_changed';

function positionText(o: OfficerAvailability, now: Date): string {
  if (!o.position) return 'No position';
  if (o.position.source === 'station') return 'Station (no device report)';
  return `Device, ${ageOf(o.position.at, now)}`;
}

/** Everyone on duty now (from the roster and their own status), with skills and how old their position is. */
export function OnDutyPage() {
  const [params, setParams] = useSearchParams();
  const teamId = params.get('team') || undefined;
  const teams = useTeams();
  const onDuty = useOnDuty(teamId);
  const { events } = useLiveEvents();
  const [now, setNow] = useState(() => new Date());
  const latest = events[0];

  const seen = useRef(latest?.id);
  const { refetch } = onDuty;
  useEffect(() => {
    // A status changed somewhere since the page opened: read the list again (each read is audited, so not on a timer).
    if (!latest || latest.id === seen.current) return;
    seen.current = latest.id;
    if (latest.type === AVAILABILITY_CHANGED) refetch();
  }, [latest, refetch]);
  useEffect(() => setNow(new Date()), [onDuty.data]);

  const columns: Column<OfficerAvailability>[] = [
    { header: 'Officer', cell: (o) => `${o.firstName} ${o.lastName} (${o.collarNumber})` },
    { header: 'Role', cell: (o) => `${o.rank}, ${o.roleTitle}` },
    { header: 'Team', cell: (o) => o.teamName ?? '—' },
    { header: 'Status', cell: (o) => <OfficerStatusBadge status={o.status} /> },
    { header: 'Duty', cell: (o) => `${dutyTimes(o.dutyStartsAt, o.dutyEndsAt)?.label ?? '—'}${o.bookedOn && !o.rostered ? ' (booked on)' : ''}` },
    { header: 'Skills', cell: (o) => o.skills.map((s) => s.replace(/_/g, ' ')).join(', ') || '—' },
    { header: 'Position', cell: (o) => positionText(o, now) },
  ];

  return (
    <>
      <PageHeader title="On duty now" description="Who is on duty from the roster and what they have set themselves: status, skills and how old their last position is." />
      <RostersNav />
      <div className="roster-controls">
        <SelectField label="Team" value={teamId ?? ''} onChange={(e) => setParams({ team: e.target.value })}>
          <option value="">All teams</option>
          {(teams.data?.items ?? []).map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </SelectField>
        <Button onClick={onDuty.refetch} isBusy={onDuty.isFetching}>
          Refresh
        </Button>
      </div>
      <QueryStatus isLoading={onDuty.isLoading} error={onDuty.error} onRetry={onDuty.refetch} what="who is on duty" />
      {onDuty.data && (
        <Panel title={`${onDuty.data.items.length} on duty at ${formatLondon(onDuty.data.at).slice(11)}`}>
          <DataTable caption="On duty now" columns={columns} rows={onDuty.data.items} rowKey={(o) => o.staffId} emptyText="Nobody is on duty in this team now." isStale={onDuty.isFetching} />
        </Panel>
      )}
    </>
  );
}
