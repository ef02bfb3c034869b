import crypto from 'node:crypto';
import { sql } from 'kysely';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Database } from '../../../core/db/database';
import { migrateDown, migrateUp, readMigrations } from '../../../core/db/migrate';
import { openMigratedTestDatabase, TEST_ENGINE } from '../../../../test/test-database';
import {
  getOffenceCode,
  getResponseGrade,
  listIncidentCategories,
  listOutcomeTypes,
  listPoliceUkCategories,
  listResponseGrades,
  searchOffenceCodes,
  updateResponseGradeTarget,
} from './reference.repository';

// Only the migrations this module depends on, so a later migration being written elsewhere cannot
// break these tests (and migrateDown here reverts 0002, not someone else's).
const MIGRATIONS = readMigrations().filter((m) => m.version <= 2);

// The vitest project picks the engine: in-memory PGlite, or a throwaway database on the PostgreSQL
// server named by TEST_DATABASE_URL (dropped afterwards).
describe(`reference repository on ${TEST_ENGINE}`, () => {
  let close: (() => Promise<void>) | undefined;
  let database: Database;

  beforeAll(async () => {
    ({ database, close } = await openMigratedTestDatabase(MIGRATIONS));
  });

  afterAll(async () => {
    await close?.();
  });

  it('has the 164 offence rows, 136 of them Home Office leaf codes', async () => {
    const { db } = database;
    const counts = await db
      .selectFrom('offence_code')
      .select((eb) => [eb.fn.countAll<number>().as('all'), eb.fn.countAll<number>().filterWhere('is_leaf', '=', true).as('leaves')])
      .executeTakeFirstOrThrow();
    expect(counts).toEqual({ all: 164, leaves: 136 });
  });

  it('maps every leaf except fraud to a police.uk category', async () => {
    const { db } = database;
    const unmapped = await db
      .selectFrom('offence_code')
      .select(['code', 'group_label'])
      .where('is_leaf', '=', true)
      .where('police_uk_category_code', 'is', null)
      .execute();
    expect(unmapped.length).toBe(8);
    expect(new Set(unmapped.map((r) => r.group_label))).toEqual(new Set(['Fraud offences']));
    const fraudMapped = await db
      .selectFrom('offence_code')
      .select('code')
      .where('group_label', '=', 'Fraud offences')
      .where('police_uk_category_code', 'is not', null)
      .execute();
    expect(fraudMapped).toEqual([]);
  });

  it('spot-checks the police.uk mapping', async () => {
    const { db } = database;
    const expected: Record<string, string> = {
      '46': 'shoplifting',
      '44': 'bicycle-theft',
      '39': 'theft-from-the-person',
      '28E': 'burglary',
      '30C': 'burglary',
      '45': 'vehicle-crime',
      '48': 'vehicle-crime',
      '126': 'vehicle-crime',
      '8N': 'violent-crime',
      '19C': 'violent-crime',
      '34B': 'robbery',
      '58A': 'criminal-damage-arson',
      '56B': 'criminal-damage-arson',
      '92A': 'drugs',
      '10D': 'possession-of-weapons',
      '9A': 'public-order',
      '49A': 'other-theft',
      '54': 'other-crime',
      '802': 'other-crime',
    };
    const rows = await db.selectFrom('offence_code').select(['code', 'police_uk_category_code']).where('code', 'in', Object.keys(expected)).execute();
    expect(Object.fromEntries(rows.map((r) => [r.code, r.police_uk_category_code]))).toEqual(expected);
  });

  it('lists the 14 police.uk categories in the public wording', async () => {
    const categories = await listPoliceUkCategories(database.db);
    expect(categories).toHaveLength(14);
    expect(categories).toContainEqual({ code: 'violent-crime', name: 'Violence and sexual offences' });
  });

  it('ranks shoplifting first for "theft from shop"', async () => {
    const results = await searchOffenceCodes(database.db, { query: 'theft from shop', limit: 10 });
    expect(results[0]).toEqual({
      code: '46',
      label: 'Shoplifting',
      groupLabel: 'Theft offences',
      policeUkCategoryCode: 'shoplifting',
      policeUkCategoryName: 'Shoplifting',
    });
  });

  it('finds burglary codes for "burglary"', async () => {
    const results = await searchOffenceCodes(database.db, { query: 'burglary', limit: 20, leafOnly: true });
    expect(results.length).toBeGreaterThanOrEqual(10);
    expect(results.slice(0, 10).every((r) => r.policeUkCategoryCode === 'burglary')).toBe(true);
    expect(results.map((r) => r.code)).toEqual(expect.arrayContaining(['28E', '28F', '30C', '30D']));
  });

  it('puts an exact code first, whether written 4/1 or 4.1', async () => {
    const [byCode] = await searchOffenceCodes(database.db, { query: '8n', limit: 5 });
    expect(byCode?.code).toBe('8N');
    const [homicide] = await searchOffenceCodes(database.db, { query: '4/1', limit: 5 });
    expect(homicide?.code).toBe('1-4.1-4.10-4.2');
  });

  it('finds everyday names and tolerates typos', async () => {
    const [abh] = await searchOffenceCodes(database.db, { query: 'ABH', limit: 5 });
    expect(abh?.code).toBe('8N');
    const [typo] = await searchOffenceCodes(database.db, { query: 'shoplfting', limit: 5 });
    expect(typo?.code).toBe('46');
    const [bike] = await searchOffenceCodes(database.db, { query: 'stolen bike', limit: 5 });
    expect(bike?.code).toBe('44');
    const [murder] = await searchOffenceCodes(database.db, { query: 'Murder', limit: 5 });
    expect(murder?.code).toBe('1-4.1-4.10-4.2');
  });

  it('lists without a query, honours leafOnly and the limit, and ignores punctuation such as LIKE wildcards', async () => {
    const { db } = database;
    expect(await searchOffenceCodes(db, { limit: 500 })).toHaveLength(164);
    expect(await searchOffenceCodes(db, { query: '', limit: 500, leafOnly: true })).toHaveLength(136);
    expect(await searchOffenceCodes(db, { query: 'theft', limit: 3 })).toHaveLength(3);
    expect(await searchOffenceCodes(db, { query: '%_%', limit: 500 })).toHaveLength(164);
    expect(await searchOffenceCodes(db, { query: 'theft_from%shop', limit: 1 })).toEqual(await searchOffenceCodes(db, { query: 'theft from shop', limit: 1 }));
  });

  it('gets one offence code with its place in the hierarchy', async () => {
    expect(await getOffenceCode(database.db, '28A')).toEqual({
      code: '28A',
      label: 'Burglary in a dwelling(outcome only)',
      groupLabel: 'Theft offences',
      policeUkCategoryCode: 'burglary',
      policeUkCategoryName: 'Burglary',
      parentCode: 'domestic-burglary',
      isLeaf: true,
      isOutcomesOnly: true,
    });
    expect(await getOffenceCode(database.db, 'nope')).toBeUndefined();
  });

  it('has the default response grades', async () => {
    const grades = await listResponseGrades(database.db);
    expect(grades.map((g) => [g.code, g.targetSeconds, g.version])).toEqual([
      ['immediate', 720, 1],
      ['scheduled', 3600, 1],
      ['routine', 172800, 1],
    ]);
  });

  it('updates a grade target once per version and refuses a stale version', async () => {
    const { db } = database;
    const user = await db
      .insertInto('app_user')
      .values({ username: `ref-${crypto.randomUUID()}`, display_name: 'Reference tester', email: null, password_hash: 'x', staff_id: null, last_sign_in_at: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const updated = await updateResponseGradeTarget(db, { code: 'scheduled', targetSeconds: 2700, expectedVersion: 1, userId: user.id });
    expect(updated).toMatchObject({ code: 'scheduled', targetSeconds: 2700, version: 2, updatedBy: user.id });
    expect(updated?.updatedAt).toBeInstanceOf(Date);
    const stale = await updateResponseGradeTarget(db, { code: 'scheduled', targetSeconds: 1800, expectedVersion: 1, userId: user.id });
    expect(stale).toBeUndefined();
    expect((await getResponseGrade(db, 'scheduled'))?.targetSeconds).toBe(2700);
    expect(await updateResponseGradeTarget(db, { code: 'nope', targetSeconds: 60, expectedVersion: 1, userId: null })).toBeUndefined();
    await expect(updateResponseGradeTarget(db, { code: 'scheduled', targetSeconds: 0, expectedVersion: 2, userId: null })).rejects.toThrow(/response_grade_target_seconds_check/);
  });

  it('has the 22 numbered outcome types plus sub-type 1A', async () => {
    const outcomes = await listOutcomeTypes(database.db);
    const numbered = outcomes.filter((o) => /^\d+$/.test(o.code));
    expect(numbered.map((o) => o.code)).toEqual(Array.from({ length: 22 }, (_, i) => String(i + 1)));
    expect(outcomes.map((o) => o.code)).toEqual(['1', '1A', ...numbered.slice(1).map((o) => o.code)]);
    expect(outcomes.find((o) => o.code === '18')?.label).toBe('Investigation complete, no suspect identified');
  });

  it('lists incident categories with NSIR classes and default grades, hiding inactive ones by default', async () => {
    const { db } = database;
    const all = await listIncidentCategories(db, { includeInactive: false });
    expect(all.length).toBeGreaterThanOrEqual(25);
    expect(all.length).toBeLessThanOrEqual(35);
    expect(new Set(all.map((c) => c.nsirClass))).toEqual(new Set(['crime', 'anti_social_behaviour', 'public_safety', 'transport']));
    expect(all.find((c) => c.code === 'missing-person')).toEqual({
      code: 'missing-person',
      name: 'Missing person',
      nsirClass: 'public_safety',
      defaultGradeCode: 'immediate',
      isActive: true,
    });
    await db.updateTable('incident_category').set({ is_active: false }).where('code', '=', 'licensing').execute();
    expect((await listIncidentCategories(db, { includeInactive: false })).map((c) => c.code)).not.toContain('licensing');
    expect((await listIncidentCategories(db, { includeInactive: true })).map((c) => c.code)).toContain('licensing');
    await db.updateTable('incident_category').set({ is_active: true }).where('code', '=', 'licensing').execute();
  });

  it('reverts and re-applies the migration cleanly', async () => {
    const { db } = database;
    expect(await migrateDown(db, 1, MIGRATIONS)).toEqual(['0002_reference']);
    const left = await sql<{ n: number }>`select count(*)::int as n from information_schema.tables
      where table_schema = current_schema() and table_name in ('response_grade', 'police_uk_category', 'offence_code', 'outcome_type', 'incident_category')`.execute(db);
    expect(left.rows[0]?.n).toBe(0);
    expect((await migrateUp(db, MIGRATIONS)).applied).toEqual(['0002_reference']);
    expect(await listPoliceUkCategories(db)).toHaveLength(14);
  });
});
