import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/test-app';

describe('users routes', () => {
  let t: TestApp;
  let admin: string;
  let handler: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signIn('demo.admin');
    handler = await t.signIn('demo.callhandler');
  });
  afterAll(async () => t?.stop());

  const newUser = (username: string) => ({ username, displayName: 'Priya Shah', email: `${username}@example.police.uk`, password: 'correct horse battery', roles: ['analyst'] });

  describe('GET /api/users', () => {
    it('should fail with 401 without a session', async () => {
      expect((await t.request('GET', '/api/users')).status).toBe(401);
    });
    it('should fail with 403 for a call handler', async () => {
      const res = await t.request('GET', '/api/users', { cookie: handler });
      expect(res.status).toBe(403);
      expect(res.body).toEqual({ code: 'FORBIDDEN', message: 'Your role does not allow this', details: { permission: 'users:read' } });
    });
    it('should fail with 400 for a limit out of range', async () => {
      const res = await t.request('GET', '/api/users?limit=10000', { cookie: admin });
      expect(res.status).toBe(400);
      expect(res.body.message).toBe('querystring/limit must be <= 500');
    });
    it('should list the demo accounts, filterable by role', async () => {
      const res = await t.request('GET', '/api/users?role=dispatcher', { cookie: admin });
      expect(res.status).toBe(200);
      expect(res.body.items.map((u: { username: string }) => u.username)).toEqual(['demo.dispatcher']);
      const all = await t.request('GET', '/api/users?search=demo.', { cookie: admin });
      expect(all.body.total).toBe(12);
    });
  });

  describe('GET /api/users/:id', () => {
    it('should fail with 400 for an id that is not a uuid', async () => {
      const res = await t.request('GET', '/api/users/123', { cookie: admin });
      expect(res.status).toBe(400);
      expect(res.body.message).toBe('params/id must match format "uuid"');
    });
    it('should fail with 404 for an unknown id', async () => {
      const res = await t.request('GET', '/api/users/5a1e0a44-8b36-4a4b-9d36-2ad6f0e6f2a1', { cookie: admin });
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('NOT_FOUND');
    });
    it("should answer 404 to a non-administrator asking for someone else's account, as if it did not exist", async () => {
      const list = await t.request('GET', '/api/users?search=demo.analyst', { cookie: admin });
      const res = await t.request('GET', `/api/users/${list.body.items[0].id}`, { cookie: handler });
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ code: 'NOT_FOUND', message: 'The user was not found' });
    });
    it('should let anyone see their own account', async () => {
      const me = await t.request('GET', '/api/auth/me', { cookie: handler });
      const res = await t.request('GET', `/api/users/${me.body.user.id}`, { cookie: handler });
      expect(res.status).toBe(200);
      expect(res.body.username).toBe('demo.callhandler');
    });
    it('should return the user and audit the read', async () => {
      const list = await t.request('GET', '/api/users?search=demo.analyst', { cookie: admin });
      const id = list.body.items[0].id;
      const res = await t.request('GET', `/api/users/${id}`, { cookie: admin });
      expect(res.status).toBe(200);
      expect(res.body.username).toBe('demo.analyst');
      const audit = await t.deps.db.selectFrom('audit_event').select(['actor_username', 'ip']).where('action', '=', 'user.read').where('entity_id', '=', id).executeTakeFirst();
      expect(audit).toEqual({ actor_username: 'demo.admin', ip: '127.0.0.1' });
    });
  });

  describe('POST /api/users', () => {
    it('should fail with 403 for a call handler', async () => {
      expect((await t.request('POST', '/api/users', { cookie: handler, body: newUser('x.y') })).status).toBe(403);
    });
    it('should fail with 400 for an unknown role', async () => {
      const res = await t.request('POST', '/api/users', { cookie: admin, body: { ...newUser('bad.role'), roles: ['chief_constable'] } });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    });
    it('should fail with 400 WEAK_PASSWORD and write nothing', async () => {
      const res = await t.request('POST', '/api/users', { cookie: admin, body: { ...newUser('weak.pass'), password: 'abc' } });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('WEAK_PASSWORD');
      expect(await t.deps.db.selectFrom('app_user').select('id').where('username', '=', 'weak.pass').executeTakeFirst()).toBeUndefined();
    });
    it('should create a user who can then sign in, audited in the same transaction', async () => {
      const res = await t.request('POST', '/api/users', { cookie: admin, body: newUser('p.shah') });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ username: 'p.shah', roles: ['analyst'], isActive: true, version: 1 });
      await expect(t.signIn('p.shah', 'correct horse battery')).resolves.toBeTruthy();
      const audit = await t.deps.db.selectFrom('audit_event').selectAll().where('action', '=', 'user.created').where('entity_id', '=', res.body.id).executeTakeFirstOrThrow();
      expect(audit.actor_username).toBe('demo.admin');
      expect(JSON.stringify(audit.details)).not.toContain('correct horse');
    });
    it('should fail with 409 ALREADY_EXISTS for a taken username (any case)', async () => {
      const res = await t.request('POST', '/api/users', { cookie: admin, body: newUser('P.SHAH') });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('ALREADY_EXISTS');
    });
    it('should not create a duplicate when the same Idempotency-Key is retried', async () => {
      const headers = { 'idempotency-key': 'create-j-okafor-1' };
      const first = await t.request('POST', '/api/users', { cookie: admin, body: newUser('j.okafor'), headers });
      const retry = await t.request('POST', '/api/users', { cookie: admin, body: newUser('j.okafor'), headers });
      expect(first.status).toBe(201);
      expect(retry.status).toBe(201);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      const other = await t.request('POST', '/api/users', { cookie: admin, body: newUser('someone.else'), headers });
      expect(other.status).toBe(422);
      expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    });
    it('should create once when the same Idempotency-Key arrives twice at the same moment', async () => {
      const headers = { 'idempotency-key': 'create-r-hughes-concurrent' };
      const [a, b] = await Promise.all([
        t.request('POST', '/api/users', { cookie: admin, body: newUser('r.hughes'), headers }),
        t.request('POST', '/api/users', { cookie: admin, body: newUser('r.hughes'), headers }),
      ]);
      expect([a.status, b.status]).toEqual([201, 201]);
      expect(a.body.id).toBe(b.body.id);
      const rows = await t.deps.db.selectFrom('app_user').select('id').where('username', '=', 'r.hughes').execute();
      expect(rows).toHaveLength(1);
    });
  });

  describe('PATCH /api/users/:id', () => {
    it('should fail with 404 for an unknown id', async () => {
      const res = await t.request('PATCH', '/api/users/5a1e0a44-8b36-4a4b-9d36-2ad6f0e6f2a1', { cookie: admin, body: { version: 1, displayName: 'X' } });
      expect(res.status).toBe(404);
    });
    it('should let one of two concurrent edits win and give the other 409 with the current state', async () => {
      const created = await t.request('POST', '/api/users', { cookie: admin, body: newUser('k.wright') });
      const id = created.body.id;
      // Both sent at once, both naming version 1.
      const [a, b] = await Promise.all([
        t.request('PATCH', `/api/users/${id}`, { cookie: admin, body: { version: 1, displayName: 'Kate Wright' } }),
        t.request('PATCH', `/api/users/${id}`, { cookie: admin, body: { version: 1, displayName: 'Katherine Wright' } }),
      ]);
      const [winner, loser] = a.status === 200 ? [a, b] : [b, a];
      expect(winner.status).toBe(200);
      expect(winner.body.version).toBe(2);
      expect(loser.status).toBe(409);
      expect(loser.body.code).toBe('VERSION_CONFLICT');
      expect(loser.body.details.current).toMatchObject({ displayName: winner.body.displayName, version: 2 });
    });
    it('should change roles and disable a user, ending their sessions', async () => {
      const created = await t.request('POST', '/api/users', { cookie: admin, body: newUser('d.evans') });
      const cookie = await t.signIn('d.evans', 'correct horse battery');
      const res = await t.request('PATCH', `/api/users/${created.body.id}`, { cookie: admin, body: { version: 1, roles: ['analyst', 'supervisor'], isActive: false } });
      expect(res.status).toBe(200);
      expect(res.body.roles).toEqual(['analyst', 'supervisor']);
      expect((await t.request('GET', '/api/auth/me', { cookie })).status).toBe(401);
      const signIn = await t.request('POST', '/api/auth/sign-in', { body: { username: 'd.evans', password: 'correct horse battery' } });
      expect(signIn.status).toBe(401);
    });
    it('should refuse to remove the last administrator', async () => {
      const list = await t.request('GET', '/api/users?role=administrator', { cookie: admin });
      expect(list.body.items).toHaveLength(1);
      const me = list.body.items[0];
      const res = await t.request('PATCH', `/api/users/${me.id}`, { cookie: admin, body: { version: me.version, roles: ['analyst'] } });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('LAST_ADMINISTRATOR');
    });
  });

  describe('POST /api/users/:id/password', () => {
    it('should fail with 403 for a call handler', async () => {
      const res = await t.request('POST', '/api/users/5a1e0a44-8b36-4a4b-9d36-2ad6f0e6f2a1/password', { cookie: handler, body: { version: 1, password: 'abcdefghijklmno' } });
      expect(res.status).toBe(403);
    });
    it("should set a user's password", async () => {
      const created = await t.request('POST', '/api/users', { cookie: admin, body: newUser('m.ali') });
      const res = await t.request('POST', `/api/users/${created.body.id}/password`, { cookie: admin, body: { version: 1, password: 'brand new password 1' } });
      expect(res.status).toBe(200);
      await expect(t.signIn('m.ali', 'brand new password 1')).resolves.toBeTruthy();
    });
  });

  describe('GET /api/roles', () => {
    it('should fail with 401 without a session and list the twelve roles with one', async () => {
      expect((await t.request('GET', '/api/roles')).status).toBe(401);
      const res = await t.request('GET', '/api/roles', { cookie: handler });
      expect(res.body.items).toHaveLength(12);
      expect(res.body.items[0]).toEqual({ code: 'call_handler', name: 'Call handler', description: expect.any(String) });
    });
  });
});
