import type { SetPasswordRequest } from '@bluelamp/contracts/platform/users';
import { api } from '../../../../api/api';
import { useMutation } from '../../../../api/useMutation';

/** Sets a user's password; the API ends their sessions. */
export function useSetUserPassword(id: string) {
  return useMutation((body: SetPasswordRequest) => api.users.setPassword(id, body), { invalidates: ['users:', 'audit:'] });
}
