import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema';

/** Folder of the numbered SQL migrations (`0001_name.sql`, with `-- migrate:up` and `-- migrate:down` sections). */
export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../../migrations');

/** Every server and CLI run takes this advisory lock while migrating, so two starting at once do not race. */
const MIGRATION_LOCK_KEY = 7_240_311;

export type Migration = { version: number; name: string; up: string; down: string; checksum: string };

/** Reads and parses the migration files in version order. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const upAt = text.indexOf('-- migrate:up');
      const downAt = text.indexOf('-- migrate:down');
      if (upAt < 0 || downAt < upAt) throw new Error(`${file}: needs a "-- migrate:up" section followed by "-- migrate:down"`);
      return {
        version: Number(file.slice(0, 4)),
        name: file.slice(5, -4),
        up: text.slice(upAt, downAt),
        down: text.slice(downAt),
        checksum: crypto.createHash('sha256').update(text).digest('hex'),
      };
    });
}

export type MigrationReport = { applied: string[]; current: number };

/**
 * Applies pending migrations, each in its own transaction, holding a session advisory lock
 * on one connection. Refuses to run when an applied migration's file has since changed.
 */
export async function migrateUp(db: Kysely<DB>, migrations = readMigrations()): Promise<MigrationReport> {
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`.execute(conn);
    try {
      await sql`create table if not exists schema_migration (
        version integer primary key,
        name text not null,
        checksum text not null,
        applied_at timestamptz not null default now()
      )`.execute(conn);
      const done = await sql<{ version: number; name: string; checksum: string }>`
        select version, name, checksum from schema_migration order by version`.execute(conn);
      const doneByVersion = new Map(done.rows.map((r) => [r.version, r]));
      const applied: string[] = [];
      for (const m of migrations) {
        const prior = doneByVersion.get(m.version);
        if (prior) {
          if (prior.checksum !== m.checksum) {
            throw new Error(`migration ${m.version}_${m.name} was changed after it was applied; add a new migration instead`);
          }
          continue;
        }
        await conn.transaction().execute(async (trx) => {
          await sql.raw(m.up).execute(trx);
          await sql`insert into schema_migration (version, name, checksum) values (${m.version}, ${m.name}, ${m.checksum})`.execute(trx);
        });
        applied.push(`${String(m.version).padStart(4, '0')}_${m.name}`);
      }
      const current = migrations.length ? Math.max(...migrations.map((m) => m.version), ...doneByVersion.keys()) : 0;
      return { applied, current };
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.execute(conn);
    }
  });
}

/** Reverts the latest `steps` applied migrations using their `-- migrate:down` sections. */
export async function migrateDown(db: Kysely<DB>, steps = 1, migrations = readMigrations()): Promise<string[]> {
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`.execute(conn);
    try {
      const done = await sql<{ version: number }>`select version from schema_migration order by version desc limit ${steps}`.execute(conn);
      const reverted: string[] = [];
      for (const { version } of done.rows) {
        const m = migrations.find((x) => x.version === version);
        if (!m) throw new Error(`migration ${version} is applied but its file is missing`);
        await conn.transaction().execute(async (trx) => {
          await sql.raw(m.down).execute(trx);
          await sql`delete from schema_migration where version = ${version}`.execute(trx);
        });
        reverted.push(`${String(m.version).padStart(4, '0')}_${m.name}`);
      }
      return reverted;
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.execute(conn);
    }
  });
}
