import { api } from '../../../../api/api';
import { useQuery } from '../../../../api/useQuery';

/** The force's policy settings (refreshed live when one changes). */
export function usePolicySettings() {
  return useQuery('policy:list', (signal) => api.policy.list(signal));
}
