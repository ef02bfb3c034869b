import { ROLE_CODES } from '@bluelamp/contracts/roles';
import { api } from '../../../../api/api';
import { useQuery } from '../../../../api/useQuery';

/**
 * How many accounts hold each role, and how many accounts there are. The API has no count
 * endpoint, so this asks for one row per role and reads the page totals (13 tiny requests).
 */
export function useUserCountsByRole() {
  return useQuery('users:counts', async (signal) => {
    const [all, ...perRole] = await Promise.all([
      api.users.list({ limit: 1 }, signal),
      ...ROLE_CODES.map((role) => api.users.list({ role, limit: 1 }, signal)),
    ]);
    return { total: all?.total ?? 0, byRole: ROLE_CODES.map((role, i) => ({ role, count: perRole[i]?.total ?? 0 })) };
  });
}
