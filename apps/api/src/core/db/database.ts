import fs from 'node:fs';
import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import type { Config } from '../../config';
import type { DB } from './schema';

// bigint (int8) and numeric come back as strings by default; counts and sequence numbers fit a JS number.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

/** A listener for NOTIFY on one channel; resolves to an unsubscribe function. */
export type Listen = (channel: string, onPayload: (payload: string) => void) => Promise<() => Promise<void>>;

/** The application's handle on its database, whichever engine is underneath. */
export type Database = {
  db: Kysely<DB>;
  /** `embedded` is PGlite in a folder (one connection); `server` is a PostgreSQL server with a pool. */
  kind: 'embedded' | 'server';
  listen: Listen;
  close: () => Promise<void>;
};

/** Opens the database named by the configuration: PGlite in `dataDir`, or the server at `databaseUrl`. */
export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir' | 'poolSize'>): Promise<Database> {
  return config.databaseUrl ? openServer(config.databaseUrl, config.poolSize) : openEmbedded(config.dataDir);
}

async function openServer(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it. Queries in flight get their own error.
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  const listeners = new Set<pg.Client>();
  const listen: Listen = async (channel, onPayload) => {
    // LISTEN needs a connection of its own that never returns to the pool.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    client.on('error', () => undefined);
    client.on('notification', (msg) => {
      if (msg.channel === channel && msg.payload !== undefined) onPayload(msg.payload);
    });
    await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    listeners.add(client);
    return async () => {
      listeners.delete(client);
      await client.end().catch(() => undefined);
    };
  };
  return {
    db,
    kind: 'server',
    listen,
    close: async () => {
      await Promise.all([...listeners].map((c) => c.end().catch(() => undefined)));
      await db.destroy();
    },
  };
}

async function openEmbedded(dataDir: string): Promise<Database> {
  if (!dataDir.startsWith('memory://')) fs.mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir, { extensions: { pg_trgm, fuzzystrmatch } });
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  const listen: Listen = async (channel, onPayload) => pglite.listen(channel, onPayload);
  return {
    db,
    kind: 'embedded',
    listen,
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
  };
}

/** True when the database answers a trivial query. */
export async function isDatabaseReady(db: Kysely<DB>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
