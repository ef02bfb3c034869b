import { useMemo, useState } from 'react';
import { Link } from '../../../../app/router';
import { PageHeader } from '../../../../ui/PageHeader';
import { Panel } from '../../../../ui/Panel';
import { QueryStatus } from '../../../../ui/QueryStatus';
import { useSession } from '../../../platform/auth/hooks/useSession';
import { useShiftTypes, useSkills, useTeamRoster } from '../hooks/useRosterData';
import { useRosterLiveRefresh } from '../hooks/useRosterLiveRefresh';
import { useTeamWeek } from '../hooks/useTeamWeek';
import { buildRosterGrid, describeShortfalls } from '../utils/rosterGrid';
import { addDays, weekDates } from '../utils/week';
import { RosterDayEditor } from './RosterDayEditor';
import { RosterGrid } from './RosterGrid';
import { RostersNav } from './RostersNav';
import { ShortfallList } from './ShortfallList';
import { TeamWeekControls } from './TeamWeekControls';
import '../rosters.css';

/**
 * The supervisor's week: a team's people × days with each duty in London time, changes marked and
 * each shift's shortfall against minimum staffing. Those who may edit rosters open a day to change it.
 */
export function RosterWeekPage() {
  const { can } = useSession();
  if (!can('workforce:roster-read')) return <NoRosterAccess />;
  return <RosterWeek canEdit={can('workforce:roster')} />;
}

function RosterWeek({ canEdit }: { canEdit: boolean }) {
  const { teams, teamId, monday, setParams } = useTeamWeek();
  const sunday = addDays(monday, 6);
  const roster = useTeamRoster(teamId, monday, sunday);
  const shiftTypes = useShiftTypes();
  const skills = useSkills();
  const [editing, setEditing] = useState<{ staffId: string; date: string } | undefined>();

  const types = useMemo(() => shiftTypes.data?.items ?? [], [shiftTypes.data]);
  const shown = roster.data?.teamId === teamId && roster.data?.from === monday ? roster.data : undefined;
  const rows = useMemo(() => (shown ? buildRosterGrid(shown, types) : []), [shown, types]);
  const skillNames = useMemo(() => new Map((skills.data?.items ?? []).map((s) => [s.code, s.name])), [skills.data]);
  const shortfalls = useMemo(() => (shown ? describeShortfalls(shown.shortfalls, types, skillNames) : []), [shown, types, skillNames]);
  const shownIds = useMemo(() => new Set(rows.map((r) => r.staffId)), [rows]);
  useRosterLiveRefresh(shownIds);
  const shortShifts = useMemo(() => new Set(shortfalls.map((s) => `${s.date} ${s.shiftTypeCode}`)), [shortfalls]);
  const editRow = editing && rows.find((r) => r.staffId === editing.staffId);
  const editCell = editing && editRow?.cells.find((c) => c.date === editing.date);

  return (
    <>
      <PageHeader title="Week roster" description="Each person's duty by day, in Europe/London time, with the changes made to the pattern and the shifts below minimum staffing." />
      <RostersNav />
      <TeamWeekControls teams={teams.data?.items ?? []} teamId={teamId} monday={monday} onChange={(next) => setParams(next)} />
      <QueryStatus isLoading={teams.isLoading || (!shown && roster.isFetching)} error={teams.error ?? roster.error ?? shiftTypes.error} onRetry={roster.refetch} what="the roster" />
      {shown && (
        <>
          <ShortfallList items={shortfalls} />
          <Panel title={`${shown.teamName}: ${rows.length} people`} aside={canEdit ? 'Choose a day to change it' : undefined}>
            <RosterGrid rows={rows} dates={weekDates(monday)} shortShifts={shortShifts} onEdit={canEdit ? (row, cell) => setEditing({ staffId: row.staffId, date: cell.date }) : undefined} />
          </Panel>
        </>
      )}
      {editRow && editCell && <RosterDayEditor key={`${editRow.staffId}${editCell.date}`} row={editRow} cell={editCell} people={rows} shiftTypes={types} skillNames={skillNames} onClose={() => setEditing(undefined)} />}
    </>
  );
}

function NoRosterAccess() {
  const { can } = useSession();
  return (
    <>
      <PageHeader title="Rosters and duty" description="Team rosters are kept by supervisors and senior managers." />
      <RostersNav />
      <Panel title="Your duty">
        <p>
          Book on and off, set your status and share your position from <Link to="/duty">My duty</Link>.
          {can('workforce:availability') && (
            <>
              {' '}
              See who is on duty now in <Link to="/rosters/on-duty">On duty now</Link>.
            </>
          )}
        </p>
      </Panel>
    </>
  );
}
