import crypto from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../src/core/db/database';
import { migrateUp, type Migration } from '../src/core/db/migrate';

/** Which engine this test run uses: `pglite` (embedded, in memory) or `postgres` (the server). */
export const TEST_ENGINE = process.env.BLUELAMP_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

const ADMIN_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

export type TestDatabase = { databaseUrl: string | undefined; dataDir: string; drop: () => Promise<void> };

/**
 * A database of its own for one test file: a fresh in-memory PGlite, or a freshly created database
 * on the PostgreSQL server that is dropped afterwards.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (TEST_ENGINE === 'pglite') return { databaseUrl: undefined, dataDir: 'memory://', drop: async () => undefined };
  const name = `bluelamp_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`The PostgreSQL test server at ${ADMIN_URL} is not reachable (${(error as Error).message}). Start it, or set TEST_DATABASE_URL.`);
  }
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    dataDir: '',
    drop: async () => {
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** A fresh test database, opened and migrated with `migrations`; `close` closes and drops it. */
export async function openMigratedTestDatabase(migrations: Migration[]): Promise<{ database: Database; close: () => Promise<void> }> {
  const target = await createTestDatabase();
  const database = await openDatabase({ databaseUrl: target.databaseUrl, dataDir: target.dataDir, poolSize: 2 });
  await migrateUp(database.db, migrations);
  return {
    database,
    close: async () => {
      await database.close();
      await target.drop();
    },
  };
}
