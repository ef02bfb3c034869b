import { sql } from 'kysely';
import { HealthResponse, ReadyResponse } from '@bluelamp/contracts/platform/health';
import type { App, AppDeps } from '../../../http/types';

const startedAt = Date.now();

export function registerHealthRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/health',
    { config: { access: 'public' }, schema: { tags: ['health'], summary: 'The process is up', security: [], response: { 200: HealthResponse } } },
    async () => ({ status: 'ok' as const, version: '0.1.0', uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) }),
  );

  app.get(
    '/ready',
    { config: { access: 'public' }, schema: { tags: ['health'], summary: 'The database answers and is migrated', security: [], response: { 200: ReadyResponse, 503: ReadyResponse } } },
    async (_request, reply) => {
      try {
        const row = await sql<{ v: number | null }>`select max(version) as v from schema_migration`.execute(deps.db);
        return { status: 'ready' as const, database: deps.database.kind, migration: row.rows[0]?.v ?? 0 };
      } catch {
        void reply.status(503);
        return { status: 'not_ready' as const, database: deps.database.kind, migration: 0 };
      }
    },
  );
}
