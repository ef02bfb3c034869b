import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Database } from '../../core/db/database';
import { migrateDown, migrateUp, readMigrations } from '../../core/db/migrate';
import { openMigratedTestDatabase } from '../../../test/test-database';

// Up to and including 0008_incidents, so later migrations being written elsewhere cannot break this.
const MIGRATIONS = readMigrations().filter((m) => m.version <= 8);
const TABLES = ['incident', 'incident_event', 'incident_assignment', 'incident_non_attendance_reason', 'incident_closing_code'];

describe('migration 0008_incidents', () => {
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
    reference: `OLD-${Math.random().toString().slice(2, 10)}`,
    source: 'import',
    category_text: 'DISTURBANCE',
    grade: 'immediate',
    original_grade: 'immediate',
    target_seconds: 720,
    received_at: '2026-11-29T10:00:00Z',
    target_at: '2026-11-29T10:12:00Z',
    status: 'awaiting_dispatch',
    ...overrides,
  });

  it('should refuse arrival before dispatch, a closed incident without a code, non-attendance without a reason, an unknown status', async () => {
    const insert = (o: Record<string, unknown>) => database.db.insertInto('incident').values(row(o) as never).execute();
    await expect(insert({ first_dispatched_at: '2026-11-29T10:05:00Z', first_arrived_at: '2026-11-29T10:04:00Z' })).rejects.toThrow(/incident_arrival_check/);
    await expect(insert({ status: 'closed', closed_at: '2026-11-29T11:00:00Z' })).rejects.toThrow(/incident_closing_code_check/);
    await expect(insert({ attended: false })).rejects.toThrow(/incident_non_attendance_check/);
    await expect(insert({ status: 'lost' })).rejects.toThrow(/incident_status_check/);
    await expect(insert({ source: 'contact' })).rejects.toThrow(/incident_contact_check/);
    await expect(insert({ category_text: null })).rejects.toThrow(/incident_category_check/);
    await insert({ attended: false, non_attendance_reason: 'resolved-by-phone', non_attendance_status: 'pending_approval' });
    await insert({ status: 'closed', closed_at: '2026-11-29T11:00:00Z', closing_code: 'imported' });
    await database.db.deleteFrom('incident').execute();
  });

  it('should keep one open assignment per officer and incident', async () => {
    const { id } = await database.db.insertInto('incident').values(row() as never).returning('id').executeTakeFirstOrThrow();
    const staffId = '00000000-0000-4000-8000-000000000001';
    const assign = (status: string) => database.db.insertInto('incident_assignment').values({ incident_id: id, staff_id: staffId, status, assigned_at: new Date() } as never).execute();
    await assign('released');
    await assign('assigned');
    await expect(assign('en_route')).rejects.toThrow(/incident_assignment_open_idx/);
    await database.db.deleteFrom('incident_assignment').execute();
    await database.db.deleteFrom('incident').execute();
  });

  it('should migrate down cleanly and up again', async () => {
    await migrateDown(database.db, 1, MIGRATIONS);
    expect(await countTables()).toBe(0);
    await migrateUp(database.db, MIGRATIONS);
    expect(await countTables()).toBe(TABLES.length);
  });
});
