import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { openDatabase } from '../core/db/database';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../../../bin/bluelamp.js');

describe('the bluelamp command', () => {
  let db: TestDatabase;
  let env: Record<string, string>;
  beforeAll(async () => {
    db = await createTestDatabase();
    const dataDir = db.databaseUrl ? '' : fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-cli-test-'));
    env = { ...(process.env as Record<string, string>), NODE_ENV: 'test', BLUELAMP_DATA_DIR: dataDir, DATABASE_URL: db.databaseUrl ?? '' };
  });
  afterAll(async () => {
    await db?.drop();
    if (env?.BLUELAMP_DATA_DIR) fs.rmSync(env.BLUELAMP_DATA_DIR, { recursive: true, force: true });
  });

  const bluelamp = async (args: string[], extra: Record<string, string> = {}) => {
    try {
      const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env: { ...env, ...extra }, timeout: 60_000 });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  it('should print help and fail for an unknown command', async () => {
    const res = await bluelamp(['frobnicate']);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('Unknown command "frobnicate"');
    expect(res.stderr).toContain('bluelamp audit verify');
  });

  it('should migrate, then report it is up to date', async () => {
    const first = await bluelamp(['migrate']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Applied: 0001_platform, 0002_reference, 0003_workforce/);
    const second = await bluelamp(['migrate']);
    expect(second.stdout).toMatch(/Up to date \(version \d+\)/);
  });

  it('should refuse create-admin without a username, and with a weak password', async () => {
    expect((await bluelamp(['create-admin'])).stderr).toContain('--username is required');
    const weak = await bluelamp(['create-admin', '--username', 'root'], { BLUELAMP_ADMIN_PASSWORD: 'short' });
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('Password must be at least 12 characters long');
  });

  it('should create the first administrator', async () => {
    const res = await bluelamp(['create-admin', '--username', 'force.admin', '--display-name', 'Force Administrator'], { BLUELAMP_ADMIN_PASSWORD: 'a sound admin password' });
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/Created administrator force.admin/);
  });

  it('should verify the audit chain, then name the first broken record after tampering', async () => {
    const ok = await bluelamp(['audit', 'verify']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/Audit chain intact: 1 records/);

    const database = await openDatabase({ databaseUrl: db.databaseUrl, dataDir: env.BLUELAMP_DATA_DIR!, poolSize: 1 });
    try {
      await sql`alter table audit_event disable trigger audit_event_no_update`.execute(database.db);
      await sql`update audit_event set actor_username = 'someone-else' where seq = 1`.execute(database.db);
      await sql`alter table audit_event enable trigger audit_event_no_update`.execute(database.db);
    } finally {
      await database.close();
    }
    const broken = await bluelamp(['audit', 'verify']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('Audit chain BROKEN at record 1: record 1 was altered');
  });
  it('should write a synthetic population and find its duplicates with persons synth and persons dedupe', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-persons-cli-'));
    try {
      const input = path.join(dir, 'people.csv');
      const output = path.join(dir, 'pairs.csv');
      const synth = await bluelamp(['persons', 'synth', '--count', '300', '--seed', '7', '--out', input]);
      expect(synth.code).toBe(0);
      const dedupe = await bluelamp([
        'persons', 'dedupe', '--input', input, '--id', 'id', '--out', output,
        '--map', 'first_name=first_name,middle_name=middle_name,last_name=last_name,dob=dob,gender=gender,phone=phone,email=email,address=address,postcode=postcode,city=city,id_number=id_number',
      ]);
      expect(dedupe.code).toBe(0);
      const lines = fs.readFileSync(output, 'utf8').trim().split('\n');
      expect(lines[0]).toBe('id_l,id_r,match_probability');
      expect(lines.length).toBeGreaterThan(10);
      const unknown = await bluelamp(['persons', 'dedupe', '--input', input, '--id', 'id', '--map', 'shoe_size=first_name']);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain('shoe_size');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
