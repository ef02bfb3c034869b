import { useSearchParams } from '../../../../app/router';
import { useCurrentUser } from '../../../platform/auth/hooks/useCurrentUser';
import { useStaffMember } from '../../hooks/useStaffMember';
import { useTeams } from '../../hooks/useTeams';
import { isIsoDate, mondayOf, todayInLondon } from '../utils/week';

/**
 * The team and week a roster screen shows, kept in the address (`?team=…&week=YYYY-MM-DD`) so a
 * view can be shared. Without a team: the user's own, else the first response team.
 */
export function useTeamWeek() {
  const [params, setParams] = useSearchParams();
  const user = useCurrentUser();
  const teams = useTeams();
  const me = useStaffMember(params.get('team') ? null : user.staffId);
  const week = params.get('week');
  const monday = isIsoDate(week) ? mondayOf(week) : mondayOf(todayInLondon());
  const items = teams.data?.items ?? [];
  const chosen = params.get('team');
  const fallback = me.data?.teamId ?? items.find((t) => t.kind === 'response')?.id ?? items[0]?.id;
  const teamId = chosen && items.some((t) => t.id === chosen) ? chosen : me.isLoading ? undefined : fallback;
  return { teams, teamId, monday, setParams };
}
