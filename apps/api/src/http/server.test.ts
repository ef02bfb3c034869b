import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { buildServer } from './server';
import { definePermissions } from '../core/access';

describe('the HTTP server', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t?.stop());

  it('should answer /health and /ready without a session', async () => {
    const health = await t.request('GET', '/health');
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('ok');
    const ready = await t.request('GET', '/ready');
    expect(ready.body).toMatchObject({ status: 'ready', database: t.deps.database.kind });
    expect(ready.body.migration).toBeGreaterThanOrEqual(3);
  });

  it('should publish an OpenAPI 3 document describing every API route with its errors', async () => {
    const res = await t.request('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/auth/sign-in', '/api/users', '/api/users/{id}', '/api/audit', '/api/workforce/staff']));
    const forbidden = res.body.paths['/api/users'].get.responses['403'];
    expect(forbidden.content['application/json'].schema.properties).toHaveProperty('code');
    const docs = await fetch(`${t.baseUrl}/api/docs/`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger');
  });

  it('should answer an unknown API route with 404 ROUTE_NOT_FOUND as JSON', async () => {
    const res = await t.request('GET', '/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ code: 'ROUTE_NOT_FOUND', message: 'There is no GET /api/nothing-here' });
  });

  it('should echo a sane X-Request-Id and make one up otherwise', async () => {
    const given = await t.request('GET', '/health', { headers: { 'x-request-id': 'call-4711-abcdef' } });
    expect(given.headers.get('x-request-id')).toBe('call-4711-abcdef');
    const invented = await t.request('GET', '/health', { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(invented.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('should refuse to start when a route does not declare who may call it', async () => {
    const careless = {
      name: 'careless',
      permissions: definePermissions({}),
      registerRoutes: (app: Parameters<NonNullable<Parameters<typeof buildServer>[1][number]['registerRoutes']>>[0]) => {
        app.get('/api/careless', async () => ({}));
      },
    };
    await expect(buildServer(t.deps, [careless])).rejects.toThrow('route GET /api/careless does not declare its access');
  });
});
