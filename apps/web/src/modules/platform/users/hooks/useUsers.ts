import type { ListUsersQuery } from '@bluelamp/contracts/platform/users';
import { api } from '../../../../api/api';
import { useQuery } from '../../../../api/useQuery';

/** A page of user accounts matching a search. */
export function useUsers(query: ListUsersQuery) {
  return useQuery(`users:list:${JSON.stringify(query)}`, (signal) => api.users.list(query, signal), { keepPreviousData: true });
}
