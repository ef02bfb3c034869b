import { useQuery } from '../../../../api/useQuery';
import { duplicatesApi } from '../api/duplicatesApi';

/** One proposed pair of persons with both records (opening it is audited as a read of both, with the reason if one was asked for). */
export function usePersonDuplicate(id: string, reason: string | undefined) {
  return useQuery(`duplicates:persons:one:${id}:${reason ?? ''}`, (signal) => duplicatesApi.getPersons(id, reason, signal));
}
