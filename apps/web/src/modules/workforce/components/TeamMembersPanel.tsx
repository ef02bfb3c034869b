import { useState } from 'react';
import { Link } from '../../../app/router';
import { Button } from '../../../ui/Button';
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
  /** How many cards to show before "Show everyone". */
  initialCount?: number;
};

/** The members of one team as cards, with a link to the whole team in the directory. */
export function TeamMembersPanel({ teamId, teamName, excludeId, title, note, limit = 100, initialCount = 8 }: TeamMembersPanelProps) {
  const members = useStaff({ teamId, limit });
  const [isExpanded, setIsExpanded] = useState(false);
  const others = (members.data?.items ?? []).filter((m) => m.id !== excludeId);
  const shown = isExpanded ? others : others.slice(0, initialCount);
  return (
    <Panel
      title={title ?? `Team: ${teamName ?? 'your team'}`}
      aside={members.data && <Link to={`/staff?teamId=${teamId}`}>{`All ${members.data.total}`}</Link>}
    >
      {note && <p className="muted">{note}</p>}
      <QueryStatus isLoading={members.isLoading} error={members.error} onRetry={members.refetch} what="the team" />
      {members.data && <StaffCardList staff={shown} label={`Members of ${teamName ?? 'the team'}`} emptyText="No one else is in this team" />}
      {others.length > shown.length && (
        <p className="show-more">
          <Button onClick={() => setIsExpanded(true)}>{`Show all ${others.length}`}</Button>
        </p>
      )}
    </Panel>
  );
}
