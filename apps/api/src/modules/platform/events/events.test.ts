import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/test-app';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../../../../test/test-database';
import { openEventStream, signInTo, spawnServer, type SpawnedServer } from '../../../../test/spawn-server';

const signIn = signInTo;

describe('GET /api/events (server-sent events)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t?.stop());

  it('should fail with 401 without a session', async () => {
    const res = await fetch(`${t.baseUrl}/api/events`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('should deliver an event to a permitted user once the change commits', async () => {
    const stream = await openEventStream(`${t.baseUrl}/api/events`, await t.signIn('demo.dispatcher'));
    try {
      await stream.waitFor((e) => e.event === 'ready');
      const admin = await t.signIn('demo.admin');
      const res = await t.request('PATCH', '/api/policy/contact.repeatWindowDays', { cookie: admin, body: { version: 1, value: 45, reason: 'live event test' } });
      expect(res.status).toBe(200);
      const event = await stream.waitFor((e) => e.event === 'policy.updated');
      expect(event.data).toMatchObject({ type: 'policy.updated', entityId: 'contact.repeatWindowDays', data: { value: 45 } });
    } finally {
      stream.stop();
    }
  });

  it('should not deliver an event when the change is rolled back', async () => {
    const stream = await openEventStream(`${t.baseUrl}/api/events`, await t.signIn('demo.dispatcher'));
    try {
      await stream.waitFor((e) => e.event === 'ready');
      const admin = await t.signIn('demo.admin');
      // A stale version: the transaction publishes nothing because it fails before commit.
      const res = await t.request('PATCH', '/api/policy/contact.repeatWindowDays', { cookie: admin, body: { version: 1, value: 10, reason: 'stale' } });
      expect(res.status).toBe(409);
      await new Promise((r) => setTimeout(r, 500));
      expect(stream.events.filter((e) => e.event === 'policy.updated')).toHaveLength(0);
    } finally {
      stream.stop();
    }
  });
});

describe('shutting down with live streams open', () => {
  it('should end open event streams and exit promptly on SIGTERM', async () => {
    const db = await createTestDatabase();
    const dataDir = db.databaseUrl ? '' : fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-sse-stop-'));
    const server = await spawnServer({ DATABASE_URL: db.databaseUrl ?? '', BLUELAMP_DATA_DIR: dataDir, BLUELAMP_DEMO: '1' });
    try {
      const stream = await openEventStream(`${server.baseUrl}/api/events`, await signIn(server.baseUrl, 'demo.dispatcher'));
      await stream.waitFor((e) => e.event === 'ready');
      const started = Date.now();
      server.child.kill('SIGTERM');
      await new Promise((resolve) => server.child.once('exit', resolve));
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(server.child.exitCode).toBe(0);
    } finally {
      await server.stop();
      await db.drop();
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe.runIf(TEST_ENGINE === 'postgres')('live events across two server processes on one PostgreSQL', () => {
  let db: TestDatabase;
  let a: SpawnedServer | undefined;
  let b: SpawnedServer | undefined;
  beforeAll(async () => {
    db = await createTestDatabase();
    // Both start at once on an empty database: the migration lock makes one wait for the other.
    [a, b] = await Promise.all([spawnServer({ DATABASE_URL: db.databaseUrl!, BLUELAMP_DEMO: '1' }), spawnServer({ DATABASE_URL: db.databaseUrl!, BLUELAMP_DEMO: '1' })]);
  }, 180_000);
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await db?.drop();
  });

  it('should have migrated and seeded exactly once although both started together', async () => {
    const cookie = await signIn(a!.baseUrl, 'demo.admin');
    const res = await fetch(`${a!.baseUrl}/api/audit?action=demo.seeded`, { headers: { cookie } });
    expect((await res.json()).total).toBe(1);
  });

  it('should deliver an event raised on process A to a browser connected to process B', async () => {
    const stream = await openEventStream(`${b!.baseUrl}/api/events`, await signIn(b!.baseUrl, 'demo.callhandler'));
    try {
      const ready = await stream.waitFor((e) => e.event === 'ready');
      const admin = await signIn(a!.baseUrl, 'demo.admin');
      const res = await fetch(`${a!.baseUrl}/api/policy/incidents.attendEverything`, {
        method: 'PATCH',
        headers: { cookie: admin, 'content-type': 'application/json' },
        body: JSON.stringify({ version: 1, value: false, reason: 'two-process test' }),
      });
      expect(res.status).toBe(200);
      const event = await stream.waitFor((e) => e.event === 'policy.updated');
      expect(event.data.entityId).toBe('incidents.attendEverything');
      expect(event.data.origin).not.toBe(ready.data.instance); // raised elsewhere, delivered here
    } finally {
      stream.stop();
    }
  });
  it('should end a session on process B as soon as the user is disabled on process A', async () => {
    const analystOnB = await signIn(b!.baseUrl, 'demo.offender');
    expect((await fetch(`${b!.baseUrl}/api/auth/me`, { headers: { cookie: analystOnB } })).status).toBe(200); // now remembered by B
    const admin = await signIn(a!.baseUrl, 'demo.admin');
    const list = await (await fetch(`${a!.baseUrl}/api/users?search=demo.offender`, { headers: { cookie: admin } })).json();
    const user = list.items[0];
    const res = await fetch(`${a!.baseUrl}/api/users/${user.id}`, {
      method: 'PATCH',
      headers: { cookie: admin, 'content-type': 'application/json' },
      body: JSON.stringify({ version: user.version, isActive: false }),
    });
    expect(res.status).toBe(200);
    const deadline = Date.now() + 2_000;
    let status = 200;
    while (status === 200 && Date.now() < deadline) {
      status = (await fetch(`${b!.baseUrl}/api/auth/me`, { headers: { cookie: analystOnB } })).status;
      if (status === 200) await new Promise((r) => setTimeout(r, 50));
    }
    expect(status).toBe(401);
  });
});
