import type { CreatePersonRequest } from '@bluelamp/contracts/identity/persons';
import { useMutation } from '../../../api/useMutation';
import { identityApi } from '../api/identityApi';

/** Creates a person; every search is asked again (the new person is on the index within moments). */
export function useCreatePerson() {
  return useMutation((body: CreatePersonRequest) => identityApi.persons.create(body), { invalidates: ['identity:matches:', 'identity:summaries:', 'identity:persons:'] });
}
