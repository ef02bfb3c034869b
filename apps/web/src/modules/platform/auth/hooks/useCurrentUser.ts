import type { CurrentUser } from '@bluelamp/contracts/platform/auth';
import { useSession } from './useSession';

/** The signed-in user, for screens that are only shown to one. */
export function useCurrentUser(): CurrentUser {
  const { user } = useSession();
  if (!user) throw new Error('useCurrentUser is only for signed-in screens');
  return user;
}
