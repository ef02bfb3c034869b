import fs from 'node:fs';
import path from 'node:path';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../core/db/schema';
import { generateDemoForce, type DemoForce, type DemoSourceData, type GenerateOptions } from './generate-demo-force';
import { insertDemoRosters, type DemoRosterCounts } from './seed-demo-rosters';
import { formatLocalDate, londonClock } from '../rosters/local-time';

/** The demo force's data files (shipped with the application; attribution in SOURCES.md there). */
export const DEMO_DATA_DIR = path.resolve(import.meta.dirname, '../../../../data/demo');

export function readDemoSourceData(dir = DEMO_DATA_DIR): DemoSourceData {
  const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
  return { postcodesCsv: read('ec-postcodes.csv'), firstNamesCsv: read('first-names.csv'), surnamesCsv: read('surnames.csv') };
}

export type DemoSeedCounts = {
  stations: number;
  beats: number;
  postcodes: number;
  postcodesInForceArea: number;
  teams: number;
  staff: number;
  policeOfficers: number;
  /** PCSOs and police staff. */
  nonOfficers: number;
  users: number;
  /** Skills, patterns, assignments, minimum staffing, leave and sickness. */
  rosters: DemoRosterCounts;
};

export type SeedDemoForceResult = { seeded: false } | { seeded: true; counts: DemoSeedCounts };

export type SeedDemoForceOptions = {
  hashPassword: (password: string) => Promise<string>;
  /** The one password of every demo account (they are published; demo mode never runs in production). */
  demoPassword: string;
  /** Defaults to the files in DEMO_DATA_DIR. */
  data?: DemoSourceData;
  /** The day ('YYYY-MM-DD') demo skills and leave are dated around; defaults to today in London. */
  rosterToday?: string;
} & GenerateOptions;

// Two servers starting on an empty database at once must not both seed: the second waits, then
// finds stations and does nothing. (0001 uses 7240311 for migrations and 7240312 for the audit chain.)
const SEED_LOCK_KEY = 7_240_320;
// Rows per INSERT: few statements, and well under PostgreSQL's 65,535 parameters per statement.
const BATCH = 1000;

async function insertInBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

/**
 * Fills an empty workforce with the City of London demo force and one demo account per role, in
 * one transaction. Does nothing, and says so, when the force already has stations.
 */
export async function seedDemoForce(db: Kysely<DB>, options: SeedDemoForceOptions): Promise<SeedDemoForceResult> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`.execute(trx);
    const existing = await trx.selectFrom('station').select('id').limit(1).executeTakeFirst();
    if (existing) return { seeded: false } as const;

    const force = generateDemoForce(options.data ?? readDemoSourceData(), { seed: options.seed, asOf: options.asOf });
    await insertForce(trx, force);
    const rosters = await insertDemoRosters(trx, force, options.rosterToday ?? formatLocalDate(londonClock.dayOf(Date.now())));

    // argon2 is deliberately slow: hash once, share the hash among the demo accounts.
    const passwordHash = await options.hashPassword(options.demoPassword);
    const users = await trx
      .insertInto('app_user')
      .values(force.demoUsers.map((u) => ({ username: u.username, display_name: u.displayName, email: u.email, password_hash: passwordHash, staff_id: u.staffId })))
      // An account someone already made with a demo name is left alone.
      .onConflict((oc) => oc.expression(sql`lower(username)`).doNothing())
      .returning(['id', 'username'])
      .execute();
    const roleOf = new Map(force.demoUsers.map((u) => [u.username, u.roleCode]));
    if (users.length) await trx.insertInto('user_role').values(users.map((u) => ({ user_id: u.id, role_code: roleOf.get(u.username)! }))).execute();

    const policeOfficers = force.staff.filter((s) => s.isPoliceOfficer).length;
    const counts: DemoSeedCounts = {
      stations: force.stations.length,
      beats: force.beats.length,
      postcodes: force.postcodes.length,
      postcodesInForceArea: force.postcodes.filter((p) => p.inForceArea).length,
      teams: force.teams.length,
      staff: force.staff.length,
      policeOfficers,
      nonOfficers: force.staff.length - policeOfficers,
      users: users.length,
      rosters,
    };
    // Last, as the audit trigger holds its lock until commit.
    await trx
      .insertInto('audit_event')
      .values({ action: 'demo.seeded', entity_type: 'force', entity_id: 'demo', details: JSON.stringify(counts) })
      .execute();
    return { seeded: true, counts };
  });
}

async function insertForce(trx: Transaction<DB>, force: DemoForce): Promise<void> {
  await trx.insertInto('station').values(force.stations).execute();
  await trx
    .insertInto('beat')
    .values(
      force.beats.map((b) => ({
        id: b.id,
        code: b.code,
        name: b.name,
        station_id: b.stationId,
        neighbourhood_team: b.neighbourhoodTeam,
        centroid_latitude: b.centroidLatitude,
        centroid_longitude: b.centroidLongitude,
      })),
    )
    .execute();
  await insertInBatches(force.postcodes, (batch) =>
    trx
      .insertInto('postcode')
      .values(batch.map((p) => ({ postcode: p.postcode, latitude: p.latitude, longitude: p.longitude, beat_id: p.beatId, in_force_area: p.inForceArea })))
      .execute(),
  );
  await trx
    .insertInto('team')
    .values(force.teams.map((t) => ({ id: t.id, code: t.code, name: t.name, kind: t.kind, neighbourhood_focus: t.neighbourhoodFocus, station_id: t.stationId })))
    .execute();
  // The generator lists managers before their reports, so each batch's line managers already exist.
  await insertInBatches(force.staff, (batch) =>
    trx
      .insertInto('staff')
      .values(
        batch.map((s) => ({
          id: s.id,
          collar_number: s.collarNumber,
          first_name: s.firstName,
          last_name: s.lastName,
          rank: s.rank,
          role_title: s.roleTitle,
          is_police_officer: s.isPoliceOfficer,
          team_id: s.teamId,
          station_id: s.stationId,
          line_manager_id: s.lineManagerId,
          email: s.email,
          started_on: s.startedOn,
        })),
      )
      .execute(),
  );
}
