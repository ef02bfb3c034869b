import type { CreateUserRequest } from '@bluelamp/contracts/platform/users';
import { api } from '../../../../api/api';
import { useMutation } from '../../../../api/useMutation';

/** Creates a user account; refreshes every user list on success. */
export function useCreateUser() {
  return useMutation((body: CreateUserRequest) => api.users.create(body), { invalidates: ['users:'] });
}
