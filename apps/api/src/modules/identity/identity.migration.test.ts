import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Database } from '../../core/db/database';
import { migrateDown, migrateUp, readMigrations } from '../../core/db/migrate';
import { openMigratedTestDatabase } from '../../../test/test-database';

// Up to and including 0004_identity, so later migrations being written elsewhere cannot break this.
const MIGRATIONS = readMigrations().filter((m) => m.version <= 4);
const TABLES = ['location', 'location_flag', 'person', 'person_name', 'person_phone', 'person_email', 'person_address', 'person_identifier', 'person_flag', 'person_event_link', 'vehicle', 'identity_merge'];

describe('migration 0004_identity', () => {
  let close: (() => Promise<void>) | undefined;
  let database: Database;
  beforeAll(async () => {
    ({ database, close } = await openMigratedTestDatabase(MIGRATIONS));
  });
  afterAll(async () => {
    await close?.();
  });

  const countTables = async () =>
    Number((await sql<{ n: number }>`select count(*) as n from information_schema.tables where table_name in (${sql.join(TABLES)})`.execute(database.db)).rows[0]!.n);
  const setting = () => database.db.selectFrom('policy_setting').select('value').where('key', '=', 'identity.reasonRequiredForPersonRead').executeTakeFirst();

  it('should create the tables and the reason-for-read policy setting, off by default', async () => {
    expect(await countTables()).toBe(TABLES.length);
    expect(await setting()).toEqual({ value: false });
  });

  it('should keep one live location per address key, however many merged ones share it', async () => {
    const values = { address: '1 A Street', address_key: '||1 A STREET|', search_text: '1 A STREET' };
    const { id } = await database.db.insertInto('location').values(values).returning('id').executeTakeFirstOrThrow();
    await expect(database.db.insertInto('location').values(values).execute()).rejects.toThrow(/location_address_key_live_idx/);
    const other = await database.db.insertInto('location').values({ ...values, address_key: '||1 A STREET|X' }).returning('id').executeTakeFirstOrThrow();
    await database.db.updateTable('location').set({ address_key: values.address_key, merged_into_id: id }).where('id', '=', other.id).execute();
    await database.db.deleteFrom('location').execute();
  });

  it('should migrate down cleanly and up again', async () => {
    await migrateDown(database.db, 1, MIGRATIONS);
    expect(await countTables()).toBe(0);
    expect(await setting()).toBeUndefined();
    await migrateUp(database.db, MIGRATIONS);
    expect(await countTables()).toBe(TABLES.length);
  });
});
