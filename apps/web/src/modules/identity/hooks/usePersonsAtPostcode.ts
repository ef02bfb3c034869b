import { useQuery } from '../../../api/useQuery';
import { identityApi } from '../api/identityApi';

/** Persons with a current or past address at a postcode (exact search, audited), for a place's page. */
export function usePersonsAtPostcode(postcode: string | null) {
  return useQuery(`identity:persons:postcode:${postcode ?? ''}`, (signal) => identityApi.persons.search({ postcode: postcode!, limit: 25 }, signal), { enabled: !!postcode });
}
