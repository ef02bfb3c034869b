import { api } from '../../../../api/api';
import { useQuery } from '../../../../api/useQuery';

/** The product's roles with their names (rarely changes; cached for the session). */
export function useRoles() {
  return useQuery('roles:list', (signal) => api.roles.list(signal));
}
