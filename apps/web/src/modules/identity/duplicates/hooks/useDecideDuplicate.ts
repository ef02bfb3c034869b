import type { DismissDuplicateRequest, MergeDuplicateRequest, UnmergeDuplicateRequest } from '@bluelamp/contracts/identity/duplicates';
import { useMutation } from '../../../../api/useMutation';
import { duplicatesApi, type DuplicateKind } from '../api/duplicatesApi';

// A decision changes the queue, the proposal and the records themselves.
const invalidates = ['duplicates:', 'identity:', 'persons:', 'locations:', 'audit:'];

/** "Not the same": dismisses the proposal with a reason. */
export function useDismissDuplicate(kind: DuplicateKind, id: string) {
  return useMutation((body: DismissDuplicateRequest) => duplicatesApi.dismiss(kind, id, body), { invalidates });
}

/** Merges the pair, keeping the chosen survivor. */
export function useMergeDuplicate(kind: DuplicateKind, id: string) {
  return useMutation((body: MergeDuplicateRequest) => duplicatesApi.merge(kind, id, body), { invalidates });
}

/** Undoes the merge the proposal made (the proposal is then dismissed). */
export function useUnmergeDuplicate(kind: DuplicateKind, id: string) {
  return useMutation((body: UnmergeDuplicateRequest) => duplicatesApi.unmerge(kind, id, body), { invalidates });
}
