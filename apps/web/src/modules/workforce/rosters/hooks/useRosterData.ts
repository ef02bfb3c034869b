import { useQuery } from '../../../../api/useQuery';
import { rostersApi } from '../api/rostersApi';

/** Every roster read is cached under 'rosters:'; a roster change refreshes them all. */
export const ROSTER_CACHE = 'rosters:';

/** A team's roster for a date range, with its shortfalls (audited by the API). */
export function useTeamRoster(teamId: string | undefined, from: string, to: string) {
  return useQuery(`rosters:team:${teamId}:${from}:${to}`, (signal) => rostersApi.teamRoster({ teamId: teamId!, from, to }, signal), { enabled: !!teamId, keepPreviousData: true });
}

/** The force's shift types (names, local start times, lengths). */
export function useShiftTypes() {
  return useQuery('rosters:shift-types', (signal) => rostersApi.shiftTypes(signal));
}

/** The skill catalogue. */
export function useSkills() {
  return useQuery('rosters:skills', (signal) => rostersApi.skills(signal));
}

/** A team's minimum-staffing rules. */
export function useMinimumStaffing(teamId: string | undefined) {
  return useQuery(`rosters:minimum:${teamId}`, (signal) => rostersApi.minimumStaffing(teamId!, signal), { enabled: !!teamId });
}

/** People on duty per hour of the week for a team (and skill). */
export function useStrength(teamId: string | undefined, from: string, to: string, skill: string | undefined) {
  return useQuery(`rosters:strength:${teamId}:${from}:${to}:${skill ?? ''}`, (signal) => rostersApi.strength({ teamId, from, to, skill }, signal), { enabled: !!teamId, keepPreviousData: true });
}
