import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../core/db/schema';
import { notifySessionChange } from './session.repository';

type Q = Kysely<DB> | Transaction<DB>;

/** A user as stored, with role codes; presenters decide what leaves the server. */
export type UserRecord = {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  isActive: boolean;
  staffId: string | null;
  lastSignInAt: Date | null;
  createdAt: Date;
  version: number;
  roles: string[];
};

const rolesOf = sql<string[]>`array(select ur.role_code from user_role ur where ur.user_id = u.id order by ur.role_code)`;

function selectUsers(q: Q) {
  return q
    .selectFrom('app_user as u')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.email',
      'u.is_active',
      'u.staff_id',
      'u.last_sign_in_at',
      'u.created_at',
      'u.version',
      rolesOf.as('roles'),
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectUsers>['executeTakeFirstOrThrow']>>;
const toRecord = (r: Row): UserRecord => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  email: r.email,
  isActive: r.is_active,
  staffId: r.staff_id,
  lastSignInAt: r.last_sign_in_at,
  createdAt: r.created_at,
  version: r.version,
  roles: r.roles,
});

export async function getUser(q: Q, id: string): Promise<UserRecord | undefined> {
  const row = await selectUsers(q).where('u.id', '=', id).executeTakeFirst();
  return row && toRecord(row);
}

/** The credentials of an account, by case-insensitive username. */
export async function findCredentials(q: Q, username: string) {
  return q
    .selectFrom('app_user')
    .select(['id', 'username', 'password_hash', 'is_active'])
    .where(sql`lower(username)`, '=', username.toLowerCase())
    .executeTakeFirst();
}

export async function getPasswordHash(q: Q, id: string): Promise<string | undefined> {
  const row = await q.selectFrom('app_user').select('password_hash').where('id', '=', id).executeTakeFirst();
  return row?.password_hash;
}

export async function listUsers(q: Q, filter: { search?: string | undefined; role?: string | undefined; limit: number; offset: number }) {
  let query = q.selectFrom('app_user as u');
  if (filter.search) {
    const like = `%${filter.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb(sql`lower(u.username)`, 'like', like), eb(sql`lower(u.display_name)`, 'like', like)]));
  }
  if (filter.role) {
    const role = filter.role;
    query = query.where((eb) => eb.exists(eb.selectFrom('user_role as r').select('r.user_id').whereRef('r.user_id', '=', 'u.id').where('r.role_code', '=', role)));
  }
  const [{ total }, rows] = await Promise.all([
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
    query
      .select(['u.id', 'u.username', 'u.display_name', 'u.email', 'u.is_active', 'u.staff_id', 'u.last_sign_in_at', 'u.created_at', 'u.version', rolesOf.as('roles')])
      .orderBy('u.username')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
  ]);
  return { total: Number(total), items: rows.map(toRecord) };
}

export async function insertUser(
  tx: Transaction<DB>,
  input: { username: string; displayName: string; email: string | null; passwordHash: string; staffId: string | null; roles: string[] },
): Promise<string> {
  const { id } = await tx
    .insertInto('app_user')
    .values({ username: input.username, display_name: input.displayName, email: input.email, password_hash: input.passwordHash, staff_id: input.staffId })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx.insertInto('user_role').values(input.roles.map((role_code) => ({ user_id: id, role_code }))).execute();
  return id;
}

export async function usernameTaken(q: Q, username: string): Promise<boolean> {
  const row = await q.selectFrom('app_user').select('id').where(sql`lower(username)`, '=', username.toLowerCase()).executeTakeFirst();
  return row !== undefined;
}

/**
 * Applies a change only if the stored version is still `expectedVersion`; returns false when someone
 * else changed the user first (the caller answers 409 with the current state).
 */
export async function updateUser(
  tx: Transaction<DB>,
  id: string,
  expectedVersion: number,
  changes: { displayName?: string | undefined; email?: string | null | undefined; isActive?: boolean | undefined; staffId?: string | null | undefined; passwordHash?: string | undefined; roles?: string[] | undefined },
): Promise<boolean> {
  const result = await tx
    .updateTable('app_user')
    .set((eb) => ({
      ...(changes.displayName !== undefined && { display_name: changes.displayName }),
      ...(changes.email !== undefined && { email: changes.email }),
      ...(changes.isActive !== undefined && { is_active: changes.isActive }),
      ...(changes.staffId !== undefined && { staff_id: changes.staffId }),
      ...(changes.passwordHash !== undefined && { password_hash: changes.passwordHash }),
      updated_at: new Date(),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  // Sessions carry the user's name and roles: every process must look them up again.
  await notifySessionChange(tx, { userId: id });
  if (changes.roles) {
    await tx.deleteFrom('user_role').where('user_id', '=', id).execute();
    await tx.insertInto('user_role').values(changes.roles.map((role_code) => ({ user_id: id, role_code }))).execute();
  }
  return true;
}

export async function recordSignIn(tx: Transaction<DB>, id: string): Promise<void> {
  await tx.updateTable('app_user').set({ last_sign_in_at: new Date() }).where('id', '=', id).execute();
}

/** Active users holding the administrator role, for the "never remove the last administrator" rule. */
export async function countActiveAdministrators(q: Q, excludingUserId?: string): Promise<number> {
  let query = q
    .selectFrom('app_user as u')
    .innerJoin('user_role as r', 'r.user_id', 'u.id')
    .where('r.role_code', '=', 'administrator')
    .where('u.is_active', '=', true);
  if (excludingUserId) query = query.where('u.id', '!=', excludingUserId);
  const { n } = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(n);
}

export async function listRoles(q: Q) {
  return q.selectFrom('role').select(['code', 'name', 'description']).orderBy('sort_order').execute();
}
