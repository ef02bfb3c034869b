import { api } from '../../../../api/api';
import { useQuery } from '../../../../api/useQuery';

/** One user account (the read is audited by the API). */
export function useUser(id: string) {
  return useQuery(`users:one:${id}`, (signal) => api.users.get(id, signal));
}
