import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../../core/db/schema';
import type { RequestContext } from '../../../../core/context';
import { AppError } from '../../../../core/errors';
import { writeAudit } from '../../../../core/audit';
import { verifyPassword, getDecoyHash } from '../password';
import { findCredentials, recordSignIn } from '../users.repository';
import { createSession, purgeExpiredSessions } from '../session.repository';

export type SignInPolicy = { maxFailures: number; lockSeconds: number; sessionTtlSeconds: number };

/**
 * Checks a username and password and opens a session. After `maxFailures` wrong passwords in a row
 * the account name is locked for `lockSeconds` (even the right password is refused meanwhile, so
 * guessing gains nothing); the lock lapses by itself, so the owner can sign in later.
 */
export async function signIn(
  db: Kysely<DB>,
  ctx: RequestContext,
  input: { username: string; password: string },
  policy: SignInPolicy,
): Promise<{ token: string; userId: string }> {
  const usernameKey = input.username.trim().toLowerCase();
  const throttle = await db.selectFrom('sign_in_throttle').select('locked_until').where('username_key', '=', usernameKey).executeTakeFirst();
  const lockedUntil = throttle?.locked_until;
  if (lockedUntil && lockedUntil.getTime() > Date.now()) {
    throw throttled(lockedUntil);
  }

  const credentials = await findCredentials(db, usernameKey);
  // Verify against a decoy when the user does not exist, so the answer takes as long either way.
  const ok = await verifyPassword(credentials?.password_hash ?? (await getDecoyHash()), input.password);
  if (!credentials || !ok || !credentials.is_active) {
    const locked = await db.transaction().execute(async (tx) => {
      const row = await sql<{ locked_until: Date | null }>`
        insert into sign_in_throttle as t (username_key, failures, last_failure_at, locked_until)
        values (${usernameKey}, 1, now(), case when 1 >= ${policy.maxFailures} then now() + make_interval(secs => ${policy.lockSeconds}) end)
        on conflict (username_key) do update set
          -- A lapsed lock, or a last failure older than the lock window, starts the count again.
          failures = case when t.locked_until is not null or t.last_failure_at < now() - make_interval(secs => ${policy.lockSeconds})
                          then 1 else t.failures + 1 end,
          locked_until = case when (case when t.locked_until is not null or t.last_failure_at < now() - make_interval(secs => ${policy.lockSeconds})
                                         then 1 else t.failures + 1 end) >= ${policy.maxFailures}
                              then now() + make_interval(secs => ${policy.lockSeconds}) end,
          last_failure_at = now()
        returning locked_until`.execute(tx);
      await writeAudit(tx, ctx, {
        action: 'session.sign_in_failed',
        entityType: 'user',
        entityId: credentials?.id ?? null,
        details: { username: usernameKey, reason: !credentials ? 'unknown_user' : !ok ? 'wrong_password' : 'account_disabled' },
      });
      return row.rows[0]?.locked_until ?? null;
    });
    if (locked) throw throttled(locked);
    throw new AppError('INVALID_CREDENTIALS', 'The username or password is wrong');
  }

  return db.transaction().execute(async (tx) => {
    await tx.deleteFrom('sign_in_throttle').where('username_key', '=', usernameKey).execute();
    await purgeExpiredSessions(tx, credentials.id);
    const token = await createSession(tx, { userId: credentials.id, ttlSeconds: policy.sessionTtlSeconds, ip: ctx.ip, userAgent: ctx.userAgent });
    await recordSignIn(tx, credentials.id);
    const actor = { userId: credentials.id, username: credentials.username, displayName: credentials.username, roles: [], permissions: new Set<string>(), staffId: null };
    await writeAudit(tx, { ...ctx, actor }, {
      action: 'session.signed_in',
      entityType: 'user',
      entityId: credentials.id,
      details: { username: credentials.username },
    });
    return { token, userId: credentials.id };
  });
}

function throttled(until: Date): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  return new AppError('SIGN_IN_THROTTLED', `Too many failed sign-ins for this account; try again in ${formatWait(retryAfterSeconds)}`, {
    retryAfterSeconds,
  });
}

const formatWait = (s: number) => (s < 90 ? `${s} seconds` : `${Math.ceil(s / 60)} minutes`);
