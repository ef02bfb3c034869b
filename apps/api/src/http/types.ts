import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import type { Config } from '../config';
import type { Database } from '../core/db/database';
import type { DB } from '../core/db/schema';
import type { EventBus } from '../core/events';
import type { AccessControl, PermissionMap, RouteAccess } from '../core/access';
import type { Actor, RequestContext } from '../core/context';

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;

/** What route files get: the database, live events, the access table and configuration. Nothing else is global. */
export type AppDeps = {
  config: Config;
  database: Database;
  db: Kysely<DB>;
  events: EventBus;
  access: AccessControl;
};

/** A domain module as the server sees it: its permissions and its routes. */
export type ModuleDefinition = {
  name: string;
  permissions: PermissionMap;
  registerRoutes?: (app: App, deps: AppDeps) => void;
  /** Work the module keeps running beside its routes (e.g. an in-memory index); resolves to its stop. */
  start?: (deps: AppDeps) => Promise<() => Promise<void>>;
};

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route. Every /api route must declare it; the server refuses to start otherwise. */
    access?: RouteAccess;
  }
  interface FastifyRequest {
    /** The signed-in user, or null on public routes called anonymously. */
    actor: Actor | null;
    /** The audit and policy context of this request. */
    ctx: RequestContext;
  }
}
