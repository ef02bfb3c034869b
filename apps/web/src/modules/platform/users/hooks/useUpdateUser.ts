import type { UpdateUserRequest } from '@bluelamp/contracts/platform/users';
import { api } from '../../../../api/api';
import { useMutation } from '../../../../api/useMutation';

/** Changes a user (with the version it was read at; a stale one is refused with 409). */
export function useUpdateUser(id: string) {
  return useMutation((body: UpdateUserRequest) => api.users.update(id, body), { invalidates: ['users:', 'audit:'] });
}
