import { api } from '../../../../api/api';
import { useQuery } from '../../../../api/useQuery';

/** data.police.uk crime categories. */
export function usePoliceUkCategories() {
  return useQuery('reference:police-uk-categories', (signal) => api.reference.policeUkCategories(signal));
}
