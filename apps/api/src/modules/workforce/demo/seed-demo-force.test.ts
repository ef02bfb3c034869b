import { sql } from 'kysely';
import { sealAuditChain } from '../../../core/audit';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Database } from '../../../core/db/database';
import { migrateDown, migrateUp, readMigrations } from '../../../core/db/migrate';
import { openMigratedTestDatabase, TEST_ENGINE } from '../../../../test/test-database';
import { lookupPostcode } from '../workforce.repository';
import { seedDemoForce, type SeedDemoForceResult } from './seed-demo-force';
import { rankLevel } from './generate-demo-force';

// Only the migrations the workforce depends on (0001 platform) and its own (0003 people, 0006
// rosters), so a migration being written elsewhere cannot break these tests.
const MIGRATIONS = readMigrations().filter((m) => m.version === 1 || m.version === 3 || m.version === 6);

// A stand-in for argon2, which is deliberately slow; counts its calls.
let hashCalls = 0;
const fakeHash = async (password: string) => {
  hashCalls++;
  return `fake$${password}`;
};

describe(`seedDemoForce on ${TEST_ENGINE}`, () => {
  let close: (() => Promise<void>) | undefined;
  let database: Database;
  let first: SeedDemoForceResult;
  let seedMs = 0;

  beforeAll(async () => {
    ({ database, close } = await openMigratedTestDatabase(MIGRATIONS));
    const started = performance.now();
    first = await seedDemoForce(database.db, { hashPassword: fakeHash, demoPassword: 'demo-password-123' });
    seedMs = performance.now() - started;
    console.log(`demo force seeded on ${TEST_ENGINE} in ${Math.round(seedMs)} ms`);
  });

  afterAll(async () => {
    await close?.();
  });

  it('should seed in one go, quickly, and report what it made', () => {
    expect(first.seeded).toBe(true);
    if (!first.seeded) return;
    expect(first.counts).toMatchObject({ stations: 3, beats: 15, postcodes: 12_637, users: 12 });
    expect(first.counts.staff).toBeGreaterThan(760);
    expect(first.counts.staff).toBeLessThan(840);
    expect(first.counts.rosters).toMatchObject({ skills: 19, patterns: 5, minimumStaffingRules: 76 });
    // Every team on a pattern, and every other member of the split teams on their own.
    expect(first.counts.rosters.assignments).toBeGreaterThan(first.counts.teams + 50);
    expect(seedMs).toBeLessThan(10_000);
  });

  it('should store about 800 staff and a member in every team', async () => {
    const { db } = database;
    const { total } = await db.selectFrom('staff').select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
    expect(total).toBeGreaterThan(760);
    const empty = await db
      .selectFrom('team as t')
      .select('t.code')
      .where((eb) => eb.not(eb.exists(eb.selectFrom('staff as s').select('s.id').whereRef('s.team_id', '=', 't.id'))))
      .execute();
    expect(empty).toEqual([]);
  });

  it('should give every response team a sergeant and an inspector', async () => {
    const rows = await database.db
      .selectFrom('team as t')
      .innerJoin('staff as s', 's.team_id', 't.id')
      .select(['t.code', 's.rank'])
      .where('t.kind', '=', 'response')
      .execute();
    const teams = new Set(rows.map((r) => r.code));
    expect(teams.size).toBe(5);
    for (const code of teams) {
      const ranks = rows.filter((r) => r.code === code).map((r) => r.rank);
      expect(ranks).toContain('Sergeant');
      expect(ranks).toContain('Inspector');
    }
  });

  it('should store line managers who outrank the officers they manage', async () => {
    const pairs = await database.db
      .selectFrom('staff as s')
      .innerJoin('staff as m', 'm.id', 's.line_manager_id')
      .select(['s.rank as rank', 'm.rank as managerRank'])
      .where('s.is_police_officer', '=', true)
      .execute();
    expect(pairs.length).toBeGreaterThan(500);
    expect(pairs.filter((p) => rankLevel(p.managerRank) <= rankLevel(p.rank))).toEqual([]);
  });

  it('should create the twelve demo accounts, each with its role and linked to a person', async () => {
    const users = await database.db
      .selectFrom('app_user as u')
      .innerJoin('user_role as r', 'r.user_id', 'u.id')
      .innerJoin('staff as s', 's.id', 'u.staff_id')
      .select(['u.username', 'u.display_name', 'u.password_hash', 'r.role_code', 's.rank', 's.first_name', 's.last_name'])
      .orderBy('r.role_code')
      .execute();
    expect(users).toHaveLength(12);
    const roles = await database.db.selectFrom('role').select('code').orderBy('code').execute();
    expect(users.map((u) => u.role_code)).toEqual(roles.map((r) => r.code));
    const byName = new Map(users.map((u) => [u.username, u]));
    expect(byName.get('demo.callhandler')?.role_code).toBe('call_handler');
    expect(byName.get('demo.cmu')?.role_code).toBe('crime_management_unit');
    expect(byName.get('demo.supervisor')?.rank).toBe('Sergeant');
    expect(byName.get('demo.admin')?.role_code).toBe('administrator');
    for (const u of users) {
      expect(u.display_name).toBe(`${u.first_name} ${u.last_name} (${u.rank})`);
      expect(u.display_name).not.toMatch(/test user/i);
      expect(u.password_hash).toBe('fake$demo-password-123');
    }
    expect(hashCalls).toBe(1);
  });

  it('should record the seeding in the audit trail, sealed into the chain', async () => {
    await sealAuditChain(database.db);
    const events = await database.db.selectFrom('audit_event').select(['action', 'entity_type', 'entity_id', 'details', 'hash']).where('action', '=', 'demo.seeded').execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entity_type: 'force', entity_id: 'demo', details: { stations: 3, users: 12 } });
    expect(events[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('should look up a City postcode typed any way', async () => {
    expect(await lookupPostcode(database.db, 'ec2m4np')).toMatchObject({ postcode: 'EC2M 4NP', inForceArea: true, beatCode: 'CL11', beatName: 'Bishopsgate' });
    expect(await lookupPostcode(database.db, 'SW1A 2AA')).toBeUndefined();
    expect(await lookupPostcode(database.db, 'not a postcode')).toBeUndefined();
    const islington = await database.db.selectFrom('postcode').select('postcode').where('postcode', 'like', 'EC1V %').limit(1).executeTakeFirstOrThrow();
    expect(await lookupPostcode(database.db, islington.postcode)).toMatchObject({ inForceArea: false, beatCode: null, beatName: null });
  });

  it('should do nothing the second time', async () => {
    const before = await sql<{ n: number }>`select (select count(*) from staff) + (select count(*) from app_user) + (select count(*) from audit_event) as n`.execute(database.db);
    expect(await seedDemoForce(database.db, { hashPassword: fakeHash, demoPassword: 'other-password-456' })).toEqual({ seeded: false });
    const after = await sql<{ n: number }>`select (select count(*) from staff) + (select count(*) from app_user) + (select count(*) from audit_event) as n`.execute(database.db);
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
    expect(hashCalls).toBe(1);
  });

  it('should migrate down cleanly with demo accounts still linked to staff', async () => {
    // Rosters (0006) first, then the workforce itself (0003).
    await migrateDown(database.db, 2, MIGRATIONS);
    const tables = await sql<{ n: number }>`select count(*) as n from information_schema.tables where table_name in ('station', 'beat', 'postcode', 'team', 'staff')`.execute(database.db);
    expect(tables.rows[0]!.n).toBe(0);
    const fk = await sql<{ n: number }>`select count(*) as n from information_schema.table_constraints where constraint_name = 'app_user_staff_fk'`.execute(database.db);
    expect(fk.rows[0]!.n).toBe(0);
    await migrateUp(database.db, MIGRATIONS);
  });
});
