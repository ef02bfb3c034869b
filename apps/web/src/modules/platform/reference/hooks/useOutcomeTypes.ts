import { api } from '../../../../api/api';
import { useQuery } from '../../../../api/useQuery';

/** Home Office crime outcome types. */
export function useOutcomeTypes() {
  return useQuery('reference:outcome-types', (signal) => api.reference.outcomeTypes(signal));
}
