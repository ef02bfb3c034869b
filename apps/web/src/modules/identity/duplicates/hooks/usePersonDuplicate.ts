import { useQuery } from '../../../../api/useQuery';
import { duplicatesApi } from '../api/duplicatesApi';

/** One proposed pair of persons with both records (opening it is audited as a read of both). */
export function usePersonDuplicate(id: string) {
  return useQuery(`duplicates:persons:one:${id}`, (signal) => duplicatesApi.getPersons(id, signal));
}
