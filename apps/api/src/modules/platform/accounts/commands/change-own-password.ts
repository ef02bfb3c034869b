import type { Kysely } from 'kysely';
import type { DB } from '../../../../core/db/schema';
import type { RequestContext } from '../../../../core/context';
import { AppError } from '../../../../core/errors';
import { writeAudit } from '../../../../core/audit';
import { checkPasswordStrength, hashPassword, verifyPassword } from '../password';
import { getPasswordHash } from '../users.repository';

/** Changes the signed-in user's password after checking the current one. */
export async function changeOwnPassword(db: Kysely<DB>, ctx: RequestContext, input: { currentPassword: string; newPassword: string }): Promise<void> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  const stored = await getPasswordHash(db, actor.userId);
  if (!stored || !(await verifyPassword(stored, input.currentPassword))) {
    throw new AppError('INVALID_CREDENTIALS', 'Your current password is wrong');
  }
  const weakness = checkPasswordStrength(input.newPassword);
  if (weakness) throw new AppError('WEAK_PASSWORD', weakness);
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('app_user')
      .set((eb) => ({ password_hash: passwordHash, updated_at: new Date(), version: eb('version', '+', 1) }))
      .where('id', '=', actor.userId)
      .execute();
    await writeAudit(tx, ctx, { action: 'user.password_changed', entityType: 'user', entityId: actor.userId });
  });
}
