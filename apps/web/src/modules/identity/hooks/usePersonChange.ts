import type { Person, PersonDetailKind, RemovePersonDetailRequest, UpdatePersonRequest } from '@bluelamp/contracts/identity/persons';
import { useMutation } from '../../../api/useMutation';
import { identityApi, type PersonDetailBodies } from '../api/identityApi';

/** One change to a person: add a detail, remove one, or change date of birth / gender. */
export type PersonChange =
  | { [K in keyof PersonDetailBodies]: { action: 'add'; kind: K; body: PersonDetailBodies[K] } }[keyof PersonDetailBodies]
  | { action: 'remove'; kind: PersonDetailKind; detailId: string; body: RemovePersonDetailRequest }
  | { action: 'update'; body: UpdatePersonRequest };

function send(id: string, change: PersonChange): Promise<Person> {
  if (change.action === 'update') return identityApi.persons.update(id, change.body);
  if (change.action === 'remove') return identityApi.persons.removeDetail(id, change.kind, change.detailId, change.body);
  return identityApi.persons.addDetail(id, change.kind, change.body as never);
}

/**
 * Changes a person (each with the version on screen; someone else's change first is 409 with the
 * record as it now stands). Search answers are refreshed, since names and flags may have changed.
 */
export function usePersonChange(id: string) {
  return useMutation((change: PersonChange) => send(id, change), { invalidates: ['identity:matches:', 'identity:summaries:', 'identity:persons:'] });
}
