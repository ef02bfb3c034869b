import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Browser journeys: `npx vitest run --config apps/web/e2e/vitest.config.ts` after building the web
 * app (`npm run build:web`). Each file starts the real server on a fresh embedded database.
 */
export default defineConfig({
  root: path.resolve(import.meta.dirname, '../../..'),
  test: {
    include: ['apps/web/e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
