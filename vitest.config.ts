import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = { '@bluelamp/contracts': path.resolve(import.meta.dirname, 'packages/contracts/src') };
const include = ['apps/api/**/*.test.ts', 'packages/**/*.test.ts', 'apps/web/src/**/*.test.{ts,tsx}'];

/**
 * `npm test` runs every API test twice: on embedded PGlite and on the PostgreSQL server
 * (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres; each test file gets a
 * fresh database there), then the browser journeys (project `browser`). One project alone:
 * `npx vitest run --project pglite`.
 */
export default defineConfig({
  resolve: { alias },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      { resolve: { alias }, test: { name: 'pglite', include, env: { BLUELAMP_TEST_DB: 'pglite' }, testTimeout: 60_000, hookTimeout: 120_000 } },
      { resolve: { alias }, test: { name: 'postgres', include: ['apps/api/**/*.test.ts'], env: { BLUELAMP_TEST_DB: 'postgres' }, testTimeout: 60_000, hookTimeout: 120_000 } },
      // Browser journeys in Debian's Chromium against a real server process (needs `npm run build:web`, done by `pretest`).
      { resolve: { alias }, test: { name: 'browser', include: ['apps/web/e2e/**/*.e2e.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 } },
    ],
  },
});
