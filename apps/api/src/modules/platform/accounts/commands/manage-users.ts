import type { Transaction } from 'kysely';
import type { CreateUserRequest, UpdateUserRequest } from '@bluelamp/contracts/platform/users';
import type { DB } from '../../../../core/db/schema';
import type { RequestContext } from '../../../../core/context';
import { AppError, notFound, versionConflict } from '../../../../core/errors';
import { writeAudit } from '../../../../core/audit';
import { checkPasswordStrength, hashPassword } from '../password';
import { countActiveAdministrators, getUser, insertUser, updateUser, usernameTaken, type UserRecord } from '../users.repository';
import { deleteUserSessions } from '../session.repository';
import { presentUser } from '../user.presenter';

/** Creates a user account with its roles. */
export async function createUser(tx: Transaction<DB>, ctx: RequestContext, input: CreateUserRequest): Promise<UserRecord> {
  const weakness = checkPasswordStrength(input.password);
  if (weakness) throw new AppError('WEAK_PASSWORD', weakness);
  if (await usernameTaken(tx, input.username)) throw new AppError('ALREADY_EXISTS', `The username ${input.username} is already taken`);
  const id = await insertUser(tx, {
    username: input.username,
    displayName: input.displayName,
    email: input.email ?? null,
    passwordHash: await hashPassword(input.password),
    staffId: input.staffId ?? null,
    roles: input.roles,
  });
  await writeAudit(tx, ctx, {
    action: 'user.created',
    entityType: 'user',
    entityId: id,
    details: { username: input.username, roles: input.roles, staffId: input.staffId ?? null },
  });
  const created = await getUser(tx, id);
  if (!created) throw new Error('created user vanished');
  return created;
}

/**
 * Changes a user's details, roles or active flag. Refuses to disable or demote the last active
 * administrator, which would lock the force out of its own system.
 */
export async function changeUser(tx: Transaction<DB>, ctx: RequestContext, id: string, input: UpdateUserRequest): Promise<UserRecord> {
  const before = await getUser(tx, id);
  if (!before) throw notFound('The user');
  if (before.version !== input.version) throw versionConflict('The user', presentUser(before));
  const losesAdmin =
    before.roles.includes('administrator') &&
    before.isActive &&
    (input.isActive === false || (input.roles !== undefined && !input.roles.includes('administrator')));
  if (losesAdmin && (await countActiveAdministrators(tx, id)) === 0) {
    throw new AppError('LAST_ADMINISTRATOR', 'This is the last active administrator; make someone else an administrator first');
  }
  const updated = await updateUser(tx, id, input.version, {
    displayName: input.displayName,
    email: input.email,
    isActive: input.isActive,
    staffId: input.staffId,
    roles: input.roles,
  });
  if (!updated) {
    const current = await getUser(tx, id);
    throw versionConflict('The user', current && presentUser(current));
  }
  if (input.isActive === false) await deleteUserSessions(tx, id);
  const after = await getUser(tx, id);
  if (!after) throw notFound('The user');
  await writeAudit(tx, ctx, {
    action: 'user.updated',
    entityType: 'user',
    entityId: id,
    details: { changes: diff(before, after) },
  });
  return after;
}

/** An administrator sets a new password for a user; the user's sessions end. */
export async function resetPassword(tx: Transaction<DB>, ctx: RequestContext, id: string, input: { version: number; password: string }): Promise<UserRecord> {
  const before = await getUser(tx, id);
  if (!before) throw notFound('The user');
  const weakness = checkPasswordStrength(input.password);
  if (weakness) throw new AppError('WEAK_PASSWORD', weakness);
  const ok = await updateUser(tx, id, input.version, { passwordHash: await hashPassword(input.password) });
  if (!ok) throw versionConflict('The user', presentUser(before));
  await deleteUserSessions(tx, id);
  await writeAudit(tx, ctx, { action: 'user.password_reset', entityType: 'user', entityId: id });
  const after = await getUser(tx, id);
  if (!after) throw notFound('The user');
  return after;
}

function diff(before: UserRecord, after: UserRecord): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of ['displayName', 'email', 'isActive', 'staffId', 'roles'] as const) {
    const a = JSON.stringify(before[field]);
    const b = JSON.stringify(after[field]);
    if (a !== b) out[field] = { from: before[field], to: after[field] };
  }
  return out;
}
