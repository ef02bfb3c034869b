import type { ListStaffQuery } from '@bluelamp/contracts/workforce/staff';
import { api } from '../../../api/api';
import { useQuery } from '../../../api/useQuery';

/** A page of officers and staff matching a name or collar number, a team or a station. */
export function useStaff(query: ListStaffQuery, options: { enabled?: boolean } = {}) {
  return useQuery(`workforce:staff:${JSON.stringify(query)}`, (signal) => api.workforce.staff(query, signal), { keepPreviousData: true, ...options });
}
