import type { Actor } from '../../../core/context';

/**
 * May this actor see the account with this id? Administrators (users:read) see every account; anyone
 * else only their own. Decided from the id alone, before the record is read; a refusal answers 404.
 */
export const canViewUser = (actor: Actor, userId: string): boolean => actor.permissions.has('users:read') || actor.userId === userId;
