import { useQuery } from '../../../../api/useQuery';
import { duplicatesApi } from '../api/duplicatesApi';

/** One proposed pair of places with both records. */
export function useLocationDuplicate(id: string) {
  return useQuery(`duplicates:locations:one:${id}`, (signal) => duplicatesApi.getLocations(id, signal));
}
