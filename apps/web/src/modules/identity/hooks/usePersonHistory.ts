import { useMutation } from '../../../api/useMutation';
import { useQuery } from '../../../api/useQuery';
import { identityApi } from '../api/identityApi';

/** The events a person took part in, with their role (an audited read). */
export function usePersonEvents(id: string, enabled = true) {
  return useQuery(`identity:person-events:${id}`, (signal) => identityApi.persons.events(id, signal), { enabled });
}

/** The merges a person took part in, newest first. */
export function usePersonMerges(id: string, enabled = true) {
  return useQuery(`identity:person-merges:${id}`, (signal) => identityApi.persons.merges(id, signal), { enabled });
}

/** Undoes a merge of two persons; both records, their merges and every search are read again. */
export function useUnmergePerson() {
  return useMutation(({ mergeId, reason }: { mergeId: string; reason: string }) => identityApi.persons.unmerge(mergeId, { reason }), {
    invalidates: ['identity:'],
  });
}
