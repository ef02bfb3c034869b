import crypto from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../core/db/schema';
import type { Listen } from '../../../core/db/database';
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

/** How long a looked-up session is trusted from memory before the database is asked again. */
const CACHE_MS = 5_000;
const CACHE_MAX = 20_000;
const SESSIONS_CHANNEL = 'bluelamp_sessions';

type Cached = { user: SessionUser; until: number };

// Process-wide: every request looks its session up, so the last few seconds' answers are kept. Any
// change to a session or its user evicts here at once and in every other process through NOTIFY.
const cache = new Map<string, Cached>();

function evict(change: { tokenHash?: string; userId?: string }): void {
  if (change.tokenHash) cache.delete(change.tokenHash);
  if (change.userId) for (const [key, entry] of cache) if (entry.user.userId === change.userId) cache.delete(key);
}

/**
 * Says that a session, or every session of a user, has changed (signed out, disabled, roles or name
 * changed): evicts it here and, when the transaction commits, in every other server process.
 */
export async function notifySessionChange(tx: Transaction<DB> | Kysely<DB>, change: { tokenHash?: string; userId?: string }): Promise<void> {
  evict(change);
  await sql`select pg_notify(${SESSIONS_CHANNEL}, ${JSON.stringify(change)})`.execute(tx);
}

/** Evicts what other processes report as changed (see notifySessionChange); resolves to a stop function. */
export async function listenForSessionChanges(listen: Listen): Promise<() => Promise<void>> {
  return listen(SESSIONS_CHANNEL, (payload) => {
    try {
      evict(JSON.parse(payload) as { tokenHash?: string; userId?: string });
    } catch {
      cache.clear();
    }
  });
}

/** Forgets every remembered session (tests that change sessions behind the application's back). */
export function clearSessionCache(): void {
  cache.clear();
}

/**
 * Looks a token up: from memory for up to five seconds, else in one query. `expired` when the
 * session ran out or the user was disabled. Slides the expiry at most once a minute, so a busy
 * reader does not write on every request.
 */
export async function findSession(db: Kysely<DB>, token: string, ttlSeconds: number): Promise<SessionUser | 'expired' | undefined> {
  const tokenHash = hashToken(token);
  const now = Date.now();
  const cached = cache.get(tokenHash);
  if (cached && cached.until > now) return cached.user;
  if (cached) cache.delete(tokenHash);
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
  if (!row.is_active || row.expires_at.getTime() <= now) return 'expired';
  let expiresAt = row.expires_at.getTime();
  if (now - row.last_seen_at.getTime() > 60_000) {
    expiresAt = now + ttlSeconds * 1000;
    await db.updateTable('user_session').set({ last_seen_at: new Date(now), expires_at: new Date(expiresAt) }).where('token_hash', '=', tokenHash).execute();
  }
  const user: SessionUser = { userId: row.id, username: row.username, displayName: row.display_name, staffId: row.staff_id, roles: row.roles as RoleCode[] };
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(tokenHash, { user, until: Math.min(now + CACHE_MS, expiresAt) });
  return user;
}

export async function deleteSession(tx: Transaction<DB> | Kysely<DB>, token: string): Promise<void> {
  const tokenHash = hashToken(token);
  await tx.deleteFrom('user_session').where('token_hash', '=', tokenHash).execute();
  await notifySessionChange(tx, { tokenHash });
}

/** Ends every session of a user (on disable or password change). */
export async function deleteUserSessions(tx: Transaction<DB> | Kysely<DB>, userId: string): Promise<void> {
  await tx.deleteFrom('user_session').where('user_id', '=', userId).execute();
  await notifySessionChange(tx, { userId });
}

/** Removes a user's sessions that have expired (done at each sign-in, so the table does not grow forever). */
export async function purgeExpiredSessions(tx: Transaction<DB> | Kysely<DB>, userId: string): Promise<void> {
  await tx.deleteFrom('user_session').where('user_id', '=', userId).where('expires_at', '<', new Date()).execute();
}
