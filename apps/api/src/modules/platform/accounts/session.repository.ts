import crypto from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../core/db/schema';
import type { RoleCode } from '@bluelamp/contracts/roles';

export const SESSION_COOKIE = 'bluelamp_session';

/** The stored form of a session token: its SHA-256, so the table alone cannot be replayed. */
export const hashToken = (token: string): string => crypto.createHash('sha256').update(token).digest('hex');

/** Creates a session and returns the token for the cookie (256 random bits). */
export async function createSession(
  tx: Transaction<DB> | Kysely<DB>,
  input: { userId: string; ttlSeconds: number; ip: string | null; userAgent: string | null },
): Promise<string> {
  const token = crypto.randomBytes(32).toString('base64url');
  await tx
    .insertInto('user_session')
    .values({
      token_hash: hashToken(token),
      user_id: input.userId,
      expires_at: new Date(Date.now() + input.ttlSeconds * 1000),
      ip: input.ip,
      user_agent: input.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return token;
}

export type SessionUser = {
  userId: string;
  username: string;
  displayName: string;
  staffId: string | null;
  roles: RoleCode[];
};

/**
 * Looks a token up in one query. `expired` when the session ran out or the user was disabled.
 * Slides the expiry at most once a minute, so a busy reader does not write on every request.
 */
export async function findSession(db: Kysely<DB>, token: string, ttlSeconds: number): Promise<SessionUser | 'expired' | undefined> {
  const tokenHash = hashToken(token);
  const row = await db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.staff_id',
      'u.is_active',
      's.expires_at',
      's.last_seen_at',
      sql<string[]>`array(select ur.role_code from user_role ur where ur.user_id = u.id order by ur.role_code)`.as('roles'),
    ])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return undefined;
  const now = Date.now();
  if (!row.is_active || row.expires_at.getTime() <= now) return 'expired';
  if (now - row.last_seen_at.getTime() > 60_000) {
    await db
      .updateTable('user_session')
      .set({ last_seen_at: new Date(now), expires_at: new Date(now + ttlSeconds * 1000) })
      .where('token_hash', '=', tokenHash)
      .execute();
  }
  return { userId: row.id, username: row.username, displayName: row.display_name, staffId: row.staff_id, roles: row.roles as RoleCode[] };
}

export async function deleteSession(tx: Transaction<DB> | Kysely<DB>, token: string): Promise<void> {
  await tx.deleteFrom('user_session').where('token_hash', '=', hashToken(token)).execute();
}

/** Ends every session of a user (on disable or password change). */
export async function deleteUserSessions(tx: Transaction<DB> | Kysely<DB>, userId: string): Promise<void> {
  await tx.deleteFrom('user_session').where('user_id', '=', userId).execute();
}

/** Removes sessions that expired more than a day ago. */
export async function purgeExpiredSessions(db: Kysely<DB>): Promise<number> {
  const result = await db.deleteFrom('user_session').where('expires_at', '<', new Date(Date.now() - 86_400_000)).executeTakeFirst();
  return Number(result.numDeletedRows);
}
