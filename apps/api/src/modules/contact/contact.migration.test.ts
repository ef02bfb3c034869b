import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Database } from '../../core/db/database';
import { migrateDown, migrateUp, readMigrations } from '../../core/db/migrate';
import { openMigratedTestDatabase } from '../../../test/test-database';

// Up to and including 0007_contact, so later migrations being written elsewhere cannot break this.
const MIGRATIONS = readMigrations().filter((m) => m.version <= 7);
const TABLES = ['contact', 'contact_grade_change', 'contact_match_decision'];
const THRIVE = JSON.stringify({ threat: { level: 'low' } });

describe('migration 0007_contact', () => {
  let close: (() => Promise<void>) | undefined;
  let database: Database;
  beforeAll(async () => {
    ({ database, close } = await openMigratedTestDatabase(MIGRATIONS));
  });
  afterAll(async () => {
    await close?.();
  });

  const countTables = async () =>
    Number((await sql<{ n: number }>`select count(*) as n from information_schema.tables where table_schema = current_schema() and table_name in (${sql.join(TABLES)})`.execute(database.db)).rows[0]!.n);
  const row = (overrides: Record<string, unknown> = {}) => ({
    reference: `CON-2026-${Math.random().toString().slice(2, 8)}`,
    channel: '999' as const,
    received_at: '2026-11-29T10:00:00Z',
    category_code: 'theft',
    narrative: 'x',
    thrive: THRIVE,
    proposed_grade: 'routine',
    grade: 'routine',
    ...overrides,
  });

  it('should refuse an answer before the call, another grade without a reason, and an unknown channel or category', async () => {
    const insert = (o: Record<string, unknown>) => database.db.insertInto('contact').values(row(o) as never).execute();
    await expect(insert({ answered_at: '2026-11-29T09:59:59Z' })).rejects.toThrow(/contact_answered_check/);
    await expect(insert({ grade: 'immediate' })).rejects.toThrow(/contact_grade_reason_check/);
    await expect(insert({ channel: 'pigeon' })).rejects.toThrow(/contact_channel_check/);
    await expect(insert({ category_code: 'nope' })).rejects.toThrow(/foreign key|violates/);
    await insert({ grade: 'immediate', grade_reason: 'Caller hiding upstairs' });
    await database.db.deleteFrom('contact').execute();
  });

  it('should migrate down cleanly and up again', async () => {
    await migrateDown(database.db, 1, MIGRATIONS);
    expect(await countTables()).toBe(0);
    await migrateUp(database.db, MIGRATIONS);
    expect(await countTables()).toBe(TABLES.length);
  });
});
