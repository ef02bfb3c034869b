import type { User } from '@bluelamp/contracts/platform/users';
import type { CurrentUser as CurrentUserDto } from '@bluelamp/contracts/platform/auth';
import type { Actor } from '../../../core/context';
import type { UserRecord } from './users.repository';

/** The only shape of a user that leaves the server: never the password hash. */
export const presentUser = (u: UserRecord): User => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  email: u.email,
  isActive: u.isActive,
  roles: u.roles,
  staffId: u.staffId,
  lastSignInAt: u.lastSignInAt?.toISOString() ?? null,
  createdAt: u.createdAt.toISOString(),
  version: u.version,
});

export const presentCurrentUser = (a: Actor): CurrentUserDto => ({
  id: a.userId,
  username: a.username,
  displayName: a.displayName,
  roles: [...a.roles],
  permissions: [...a.permissions].sort(),
  staffId: a.staffId,
});

