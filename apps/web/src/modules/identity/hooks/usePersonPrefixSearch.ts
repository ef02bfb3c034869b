import { useQuery } from '../../../api/useQuery';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { identityApi } from '../api/identityApi';

/**
 * Names beginning with what is typed ("smi", "rob smi"), optionally born on a date: the exact
 * search, for while the matching engine has nothing close (a lone first name or part of a surname
 * is too little for it). Waits while `enabled` is false.
 */
export function usePersonPrefixSearch(name: string, dateOfBirth: string | undefined, enabled: boolean) {
  const key = enabled ? JSON.stringify({ name: name.trim().slice(0, 100), dateOfBirth }) : '';
  const asked = useDebouncedValue(key, 150);
  const query = asked ? (JSON.parse(asked) as { name: string; dateOfBirth?: string }) : undefined;
  const result = useQuery(`identity:persons:prefix:${asked}`, (signal) => identityApi.persons.search({ name: query!.name, ...(query!.dateOfBirth && { dateOfBirth: query!.dateOfBirth }), limit: 10 }, signal), {
    enabled: !!query,
    keepPreviousData: true,
  });
  // The last answer stays while the next is typed, so the list does not blink at each key.
  return { page: key ? result.data : undefined, isStale: key !== asked || result.isFetching };
}
