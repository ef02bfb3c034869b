import { api } from '../../../api/api';
import { useQuery } from '../../../api/useQuery';

/** One officer or staff member (the read is audited by the API). */
export function useStaffMember(id: string | null | undefined) {
  return useQuery(`workforce:staff-member:${id ?? ''}`, (signal) => api.workforce.staffMember(id ?? '', signal), { enabled: Boolean(id) });
}
