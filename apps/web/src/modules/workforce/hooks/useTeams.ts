import { api } from '../../../api/api';
import { useQuery } from '../../../api/useQuery';

/** The force's teams with their member counts. */
export function useTeams() {
  return useQuery('workforce:teams', (signal) => api.workforce.teams(signal));
}
