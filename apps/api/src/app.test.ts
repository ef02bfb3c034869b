import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from './config';
import { createApp, NoAdministratorError } from './app';
import { openDatabase } from './core/db/database';
import { migrateUp, readMigrations } from './core/db/migrate';
import { createUser } from './modules/platform/accounts/commands/manage-users';
import { systemContext } from './core/context';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../test/test-database';

const dropLater: TestDatabase[] = [];
const removeLater: string[] = [];
afterAll(async () => {
  for (const d of dropLater) await d.drop();
  for (const dir of removeLater) fs.rmSync(dir, { recursive: true, force: true });
});

async function freshConfig(overrides: Partial<Config>): Promise<Config> {
  const db = await createTestDatabase();
  dropLater.push(db);
  const dataDir = db.databaseUrl ? '' : fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-app-test-'));
  if (dataDir) removeLater.push(dataDir);
  return { ...loadConfig({ NODE_ENV: 'test' }), databaseUrl: db.databaseUrl, dataDir, ...overrides };
}

describe('starting the application', () => {
  it('should refuse a production start with no administrator, then start once one is created', async () => {
    const config = await freshConfig({ env: 'production', demo: false });
    await expect(createApp(config)).rejects.toBeInstanceOf(NoAdministratorError);

    const database = await openDatabase(config);
    await migrateUp(database.db);
    await database.db.transaction().execute((tx) =>
      createUser(tx, systemContext('test'), { username: 'chief.admin', displayName: 'Chief Admin', password: 'a long admin password', roles: ['administrator'] }),
    );
    const demoAccounts = await database.db.selectFrom('app_user').select('username').where('username', 'like', 'demo.%').execute();
    expect(demoAccounts).toEqual([]); // a production start has no default accounts
    await database.close();

    const running = await createApp(config);
    try {
      const res = await running.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username: 'chief.admin', password: 'a long admin password' } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['set-cookie']).toContain('Secure');
    } finally {
      await running.close();
    }
  });

  it('should refuse demo mode together with NODE_ENV=production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', BLUELAMP_DEMO: '1' })).toThrow(/BLUELAMP_DEMO cannot be on/);
  });

  it('should refuse to start when an applied migration file has been edited', async () => {
    const config = await freshConfig({ demo: false });
    const database = await openDatabase(config);
    try {
      await migrateUp(database.db);
      const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'edited' } : m));
      await expect(migrateUp(database.db, edited)).rejects.toThrow(/was changed after it was applied/);
    } finally {
      await database.close();
    }
  });

  it.runIf(TEST_ENGINE === 'pglite')('should keep the embedded database in its data folder across restarts', async () => {
    const config = await freshConfig({ demo: true });
    const first = await createApp(config);
    const created = await first.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username: 'demo.admin', password: 'bluelamp-demo' } });
    const cookie = String(created.headers['set-cookie']).split(';')[0]!;
    const made = await first.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie },
      payload: { username: 'survivor', displayName: 'Sam Survivor', password: 'survives a restart', roles: ['analyst'] },
    });
    expect(made.statusCode).toBe(201);
    await first.close();

    const second = await createApp(config);
    try {
      const res = await second.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username: 'survivor', password: 'survives a restart' } });
      expect(res.statusCode).toBe(200);
      expect(fs.readdirSync(config.dataDir).length).toBeGreaterThan(0);
    } finally {
      await second.close();
    }
  });
});
