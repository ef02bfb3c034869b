import { useQuery } from '../../../../api/useQuery';
import { rostersApi } from '../api/rostersApi';

/** Everyone on duty now (optionally one team), with status and position (audited by the API). */
export function useOnDuty(teamId: string | undefined) {
  return useQuery(`rosters:on-duty:${teamId ?? 'all'}`, (signal) => rostersApi.onDuty(teamId, signal), { keepPreviousData: true });
}

/** The signed-in officer's own status now. */
export function useMyAvailability() {
  return useQuery('rosters:me', (signal) => rostersApi.me(signal));
}
