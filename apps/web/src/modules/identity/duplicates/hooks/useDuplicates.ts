import type { ListDuplicatesQuery } from '@bluelamp/contracts/identity/duplicates';
import { useQuery } from '../../../../api/useQuery';
import { duplicatesApi, type DuplicateKind } from '../api/duplicatesApi';

/** A page of proposed duplicates of one kind, most probable first. */
export function useDuplicates(kind: DuplicateKind, query: ListDuplicatesQuery) {
  return useQuery(`duplicates:${kind}:list:${JSON.stringify(query)}`, (signal) => duplicatesApi.list(kind, query, signal), { keepPreviousData: true });
}
