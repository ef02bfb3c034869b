import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database';
import { openDatabase } from '../../../core/db/database';
import { migrateUp } from '../../../core/db/migrate';
import { systemContext } from '../../../core/context';
import { createPerson } from '../commands/create-person';
import { findOrCreateLocation } from '../commands/find-or-create-location';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../../../../../bin/bluelamp.js');

describe('bluelamp persons duplicates scan', () => {
  let db: TestDatabase;
  let env: Record<string, string>;
  beforeAll(async () => {
    db = await createTestDatabase();
    const dataDir = db.databaseUrl ? '' : fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-duplicates-cli-'));
    env = { ...(process.env as Record<string, string>), NODE_ENV: 'test', BLUELAMP_DATA_DIR: dataDir, DATABASE_URL: db.databaseUrl ?? '' };
    // Records written straight to the database, as a bulk import would: no server saw them change.
    const database = await openDatabase({ databaseUrl: db.databaseUrl, dataDir, poolSize: 2 });
    try {
      await migrateUp(database.db);
      await database.db.transaction().execute(async (tx) => {
        const ctx = systemContext('test:import');
        await createPerson(tx, ctx, { names: [{ kind: 'birth', givenNames: 'Elizabeth', familyName: 'Featherstonehaugh' }], dateOfBirth: '1970-06-01', phones: ['020 7946 0001'] });
        await createPerson(tx, ctx, { names: [{ kind: 'birth', givenNames: 'Liz', familyName: 'Featherstonhaugh' }], dateOfBirth: '1970-06-01', phones: ['02079460001'] });
        await createPerson(tx, ctx, { names: [{ kind: 'birth', givenNames: 'Tomasz', familyName: 'Nowak' }], dateOfBirth: '1988-10-30' });
        await findOrCreateLocation(tx, ctx, { address: '3 Bread Street, London EC4M 9BE' });
        await findOrCreateLocation(tx, ctx, { address: '3 Bred Street, London EC4M 9BE' });
      });
    } finally {
      await database.close();
    }
  });
  afterAll(async () => {
    await db?.drop();
    if (env?.BLUELAMP_DATA_DIR) fs.rmSync(env.BLUELAMP_DATA_DIR, { recursive: true, force: true });
  });

  const bluelamp = async (args: string[]) => {
    try {
      const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env, timeout: 60_000 });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  it('should refuse a wrong use with its usage', async () => {
    const res = await bluelamp(['persons', 'duplicates', 'rescan']);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('bluelamp persons duplicates scan');
    expect((await bluelamp(['persons', 'duplicates', 'scan', '--kind', 'vehicles'])).stderr).toContain('--kind is persons, places or all');
  });

  it('should propose the imported duplicates once, and find nothing new the second time', async () => {
    const first = await bluelamp(['persons', 'duplicates', 'scan']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Persons: 3 records, 1 pairs alike; 1 proposed/);
    expect(first.stdout).toMatch(/Places: 2 records, 1 pairs alike; 1 proposed/);
    const second = await bluelamp(['persons', 'duplicates', 'scan', '--kind', 'persons']);
    expect(second.stdout).toMatch(/Persons: 3 records, 1 pairs alike; 0 proposed, 0 proposed again, 0 updated, 0 withdrawn/);
    expect(second.stdout).not.toMatch(/Places/);
  });
});
