import type { Config } from './config';
import { openDatabase, type Database } from './core/db/database';
import { migrateUp } from './core/db/migrate';
import { AccessControl } from './core/access';
import { EventBus } from './core/events';
import { AuditSealer } from './core/audit';
import { buildServer } from './http/server';
import type { App, AppDeps } from './http/types';
import { MODULES } from './modules';
import { countActiveAdministrators } from './modules/platform/accounts/users.repository';
import { listenForSessionChanges } from './modules/platform/accounts/session.repository';
import { hashPassword } from './modules/platform';
import { seedDemoForce } from './modules/workforce';
import { seedDemoHistory } from './modules/incidents/demo/demo-history';

/** The password of every demo account (demo mode only; printed in the README). */
export const DEMO_PASSWORD = 'bluelamp-demo';

export class NoAdministratorError extends Error {
  constructor() {
    super('No active administrator exists. Create one first: npx bluelamp create-admin --username <name> (or start in demo mode: BLUELAMP_DEMO=1)');
  }
}

export type RunningApp = { app: App; deps: AppDeps; close: () => Promise<void> };

/**
 * Opens the database, migrates it (under a lock, so several processes may start at once), seeds the
 * demo force in demo mode, refuses to start a non-demo force that has no administrator, and builds
 * the HTTP server. Does not listen: the caller decides where.
 */
export async function createApp(config: Config, options: { database?: Database } = {}): Promise<RunningApp> {
  const database = options.database ?? (await openDatabase(config));
  try {
    await migrateUp(database.db);
    if (config.demo) {
      // Idempotent and locked: of several processes starting together on one empty database, one seeds.
      await seedDemoForce(database.db, { hashPassword, demoPassword: DEMO_PASSWORD });
      // Eight weeks of past incidents for the report and demand chart (once; tests start from an empty history).
      if (config.env !== 'test') await seedDemoHistory(database.db);
    } else if ((await countActiveAdministrators(database.db)) === 0) {
      throw new NoAdministratorError();
    }
    const events = new EventBus(database);
    await events.start();
    const stopSessionListener = await listenForSessionChanges(database.listen);
    const access = new AccessControl(MODULES.map((m) => m.permissions));
    const deps: AppDeps = { config, database, db: database.db, events, access };
    const app = await buildServer(deps, MODULES);
    const sealer = new AuditSealer(database.db, (error) => app.log.error({ err: error }, 'audit sealing failed'));
    sealer.start();
    const stopModules: (() => Promise<void>)[] = [];
    for (const mod of MODULES) if (mod.start) stopModules.push(await mod.start(deps));
    return {
      app,
      deps,
      close: async () => {
        await app.close();
        for (const stop of stopModules) await stop();
        await sealer.stop();
        await stopSessionListener();
        await events.stop();
        await database.close();
      },
    };
  } catch (error) {
    if (!options.database) await database.close();
    throw error;
  }
}
