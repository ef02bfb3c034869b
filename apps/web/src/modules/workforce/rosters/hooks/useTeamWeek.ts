import { useCallback } from 'react';
import { useSearchParams } from '../../../../app/router';
import { useCurrentUser } from '../../../platform/auth/hooks/useCurrentUser';
import { useStaffMember } from '../../hooks/useStaffMember';
import { useTeams } from '../../hooks/useTeams';
import { isIsoDate, mondayOf, todayInLondon } from '../utils/week';

// The team and week last chosen in this tab, so moving between the roster screens keeps them.
const REMEMBERED = 'bluelamp.rosters.teamWeek';

function remembered(): { team?: string; week?: string } {
  try {
    return JSON.parse(sessionStorage.getItem(REMEMBERED) ?? '{}') as { team?: string; week?: string };
  } catch {
    return {};
  }
}

/**
 * The team and week a roster screen shows, kept in the address (`?team=…&week=YYYY-MM-DD`) so a
 * view can be shared. Without them: the last chosen in this tab, else the user's own team (or the
 * first response team) and this week.
 */
export function useTeamWeek() {
  const [params, setSearch] = useSearchParams();
  const user = useCurrentUser();
  const teams = useTeams();
  const last = remembered();
  const chosen = params.get('team') ?? last.team;
  const week = params.get('week') ?? last.week;
  const me = useStaffMember(chosen ? null : user.staffId);
  const monday = isIsoDate(week) ? mondayOf(week) : mondayOf(todayInLondon());
  const items = teams.data?.items ?? [];
  const fallback = me.data?.teamId ?? items.find((t) => t.kind === 'response')?.id ?? items[0]?.id;
  const teamId = chosen && items.some((t) => t.id === chosen) ? chosen : me.isLoading ? undefined : fallback;

  const setParams = useCallback(
    (next: Record<string, string | undefined>) => {
      const merged = { ...remembered(), ...(teamId ? { team: teamId } : {}), week: monday };
      if (next.team !== undefined) merged.team = next.team;
      if (next.week !== undefined) merged.week = next.week;
      sessionStorage.setItem(REMEMBERED, JSON.stringify(merged));
      setSearch({ ...merged, ...next });
    },
    [setSearch, teamId, monday],
  );
  return { teams, teamId, monday, setParams };
}
