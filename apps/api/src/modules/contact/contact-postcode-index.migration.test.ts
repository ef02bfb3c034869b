import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Database } from '../../core/db/database';
import { migrateDown, migrateUp, readMigrations } from '../../core/db/migrate';
import { openMigratedTestDatabase } from '../../../test/test-database';

const MIGRATIONS = readMigrations().filter((m) => m.version <= 9);

describe('migration 0009_contact_postcode_index', () => {
  let close: (() => Promise<void>) | undefined;
  let database: Database;
  beforeAll(async () => {
    ({ database, close } = await openMigratedTestDatabase(MIGRATIONS));
  });
  afterAll(async () => {
    await close?.();
  });

  const hasIndex = async () => (await sql<{ n: number }>`select count(*)::int as n from pg_indexes where indexname = 'contact_postcode_idx'`.execute(database.db)).rows[0]!.n === 1;

  it('should index contacts by postcode, and migrate down and up again', async () => {
    expect(await hasIndex()).toBe(true);
    await migrateDown(database.db, 1, MIGRATIONS);
    expect(await hasIndex()).toBe(false);
    await migrateUp(database.db, MIGRATIONS);
    expect(await hasIndex()).toBe(true);
  });
});
