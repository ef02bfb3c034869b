import { Link } from '../../../app/router';
import { Panel } from '../../../ui/Panel';
import { QueryStatus } from '../../../ui/QueryStatus';
import { useStaff } from '../hooks/useStaff';
import { StaffCardList } from './StaffCardList';

type TeamMembersPanelProps = {
  teamId: string;
  teamName: string | null;
  /** Leave this person out (the viewer, on their own home). */
  excludeId?: string | null;
  title?: string;
  note?: string;
  limit?: number;
};

/** The members of one team as cards, with a link to the whole team in the directory. */
export function TeamMembersPanel({ teamId, teamName, excludeId, title, note, limit = 100 }: TeamMembersPanelProps) {
  const members = useStaff({ teamId, limit });
  const shown = (members.data?.items ?? []).filter((m) => m.id !== excludeId);
  return (
    <Panel
      title={title ?? `Team: ${teamName ?? 'your team'}`}
      aside={members.data && <Link to={`/staff?teamId=${teamId}`}>{`All ${members.data.total}`}</Link>}
    >
      {note && <p className="muted">{note}</p>}
      <QueryStatus isLoading={members.isLoading} error={members.error} onRetry={members.refetch} what="the team" />
      {members.data && <StaffCardList staff={shown} label={`Members of ${teamName ?? 'the team'}`} emptyText="No one else is in this team" />}
    </Panel>
  );
}
