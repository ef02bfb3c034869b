import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import fastifyResponseValidation from '@fastify/response-validation';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { AppError } from '../core/errors';
import { authenticate } from './authenticate';
import { errorHandler } from './error-handler';
import type { App, AppDeps, ModuleDefinition } from './types';

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;

/** Request bodies are validated strictly (a string is not a number); query strings and params are coerced. */
function buildValidators() {
  const common = { allErrors: false, removeAdditional: false, useDefaults: true, strict: false } as const;
  const strict = addFormats(new Ajv({ ...common, coerceTypes: false }));
  const coercing = addFormats(new Ajv({ ...common, coerceTypes: 'array' }));
  return ({ schema, httpPart }: { schema: object; httpPart?: string }) =>
    (httpPart === 'body' ? strict : coercing).compile(schema);
}

/** Builds the HTTP server: plugins, the access hook, every module's routes, docs and the web app. */
export async function buildServer(deps: AppDeps, modules: ModuleDefinition[]): Promise<App> {
  const { config } = deps;
  const app = Fastify({
    logger: { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'] },
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : crypto.randomUUID();
    },
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(buildValidators());
  app.decorateRequest('actor', null);
  app.decorateRequest('ctx', null as never);
  app.setErrorHandler(errorHandler);

  // Every /api route must say who may call it; a forgotten declaration stops the server at start-up.
  app.addHook('onRoute', (route) => {
    const isApi = route.url.startsWith('/api/') || route.url === '/health' || route.url === '/ready';
    if (!isApi || route.url.startsWith('/api/docs')) return;
    if (!route.config?.access) throw new Error(`route ${route.method} ${route.url} does not declare its access`);
    const access = route.config.access;
    if (typeof access === 'object' && !deps.access.isKnown(access.permission)) {
      throw new Error(`route ${route.method} ${route.url} names unknown permission ${access.permission}`);
    }
  });

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Bluelamp API',
        version: '0.1.0',
        description: 'Operations platform for police forces. Errors are `{ code, message, details }` with stable codes.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'bluelamp_session' } } },
      security: [{ session: [] }],
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  if (config.validateResponses) await app.register(fastifyResponseValidation, { ajv: { coerceTypes: false, strict: false, plugins: [addFormats] } });
  app.addHook('onRequest', authenticate(deps));

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  for (const mod of modules) {
    if (mod.registerRoutes) mod.registerRoutes(app as unknown as App, deps);
  }

  await registerWebApp(app as unknown as App, config.webDistDir);
  return app as unknown as App;
}

/** Serves the built web app, with the SPA's index.html for any non-API path it does not know. */
async function registerWebApp(app: App, distDir: string): Promise<void> {
  const indexFile = path.join(distDir, 'index.html');
  const hasWeb = fs.existsSync(indexFile);
  if (hasWeb) await app.register(fastifyStatic, { root: distDir, index: false, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith('/api/') || request.url === '/api';
    if (isApi || request.method !== 'GET' || !hasWeb) {
      const error = new AppError('ROUTE_NOT_FOUND', `There is no ${request.method} ${request.url.split('?')[0]}`);
      return reply.status(404).send({ code: error.code, message: error.message });
    }
    return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
  });
}
