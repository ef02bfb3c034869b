import path from 'node:path';

/** Where the server's configuration comes from: the environment, read once. Server and CLI share it. */
export type Config = {
  /** PostgreSQL server URL; unset means the embedded PGlite database in `dataDir`. */
  databaseUrl: string | undefined;
  /** Folder of the embedded database (ignored when `databaseUrl` is set). */
  dataDir: string;
  port: number;
  host: string;
  /** `development` relaxes the Secure cookie flag; `test` also; `production` is strict. */
  env: 'development' | 'production' | 'test';
  /** Demo mode seeds the demo force and its demo accounts on first start. Never on in production. */
  demo: boolean;
  /** Size of the PostgreSQL server pool (embedded is always one connection). */
  poolSize: number;
  /** Idle lifetime of a session, seconds. */
  sessionTtlSeconds: number;
  /** Failed sign-ins for one account before it is locked for `signInLockSeconds`. */
  signInMaxFailures: number;
  signInLockSeconds: number;
  /** Largest accepted request body, bytes. */
  bodyLimitBytes: number;
  logLevel: string;
  /** Validate every response against its schema (on unless production). */
  validateResponses: boolean;
  /** Folder of the built web app served at `/`. */
  webDistDir: string;
  /** Trust X-Forwarded-For from a reverse proxy. */
  trustProxy: boolean;
};

const int = (value: string | undefined, fallback: number, name: string): number => {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
  return parsed;
};

const bool = (value: string | undefined, fallback: boolean): boolean => {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
};

/** Reads the configuration from `env` (defaults to `process.env`). Throws with the setting's name on bad values. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const demo = bool(env.BLUELAMP_DEMO, nodeEnv !== 'production');
  if (demo && nodeEnv === 'production') throw new Error('BLUELAMP_DEMO cannot be on when NODE_ENV=production: demo accounts have published passwords');
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.BLUELAMP_DATA_DIR || './data'),
    port: int(env.PORT, 3000, 'PORT'),
    host: env.HOST || 'localhost',
    env: nodeEnv,
    demo,
    poolSize: int(env.BLUELAMP_DB_POOL_SIZE, 10, 'BLUELAMP_DB_POOL_SIZE'),
    sessionTtlSeconds: int(env.BLUELAMP_SESSION_TTL_SECONDS, 12 * 3600, 'BLUELAMP_SESSION_TTL_SECONDS'),
    signInMaxFailures: int(env.BLUELAMP_SIGNIN_MAX_FAILURES, 5, 'BLUELAMP_SIGNIN_MAX_FAILURES'),
    signInLockSeconds: int(env.BLUELAMP_SIGNIN_LOCK_SECONDS, 15 * 60, 'BLUELAMP_SIGNIN_LOCK_SECONDS'),
    bodyLimitBytes: int(env.BLUELAMP_BODY_LIMIT_BYTES, 1024 * 1024, 'BLUELAMP_BODY_LIMIT_BYTES'),
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info'),
    validateResponses: bool(env.BLUELAMP_VALIDATE_RESPONSES, nodeEnv !== 'production'),
    webDistDir: path.resolve(env.BLUELAMP_WEB_DIST || path.join(import.meta.dirname, '../../web/dist')),
    trustProxy: bool(env.BLUELAMP_TRUST_PROXY, false),
  };
}
