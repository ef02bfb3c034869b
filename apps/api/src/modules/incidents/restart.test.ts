import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../../../test/test-database';
import { signInTo, spawnServer, type SpawnedServer } from '../../../test/spawn-server';
import { intakeBody, HIGH_THRIVE } from './incidents.test-support';

/**
 * "A server restart mid-shift loses no acknowledged contact or status change": a real server
 * process on a real data folder (PGlite) or database (PostgreSQL) is killed with SIGKILL — no
 * shutdown, nothing flushed on the way out — right after its answers, then started again on the
 * same data; everything it acknowledged is there.
 */
describe('a server killed mid-shift', () => {
  let db: TestDatabase;
  let dataDir: string;
  let server: SpawnedServer | undefined;
  const env = (): Record<string, string> => (TEST_ENGINE === 'postgres' ? { DATABASE_URL: db.databaseUrl!, BLUELAMP_DEMO: '1' } : { BLUELAMP_DATA_DIR: dataDir, BLUELAMP_DEMO: '1' });

  beforeAll(async () => {
    db = await createTestDatabase();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-restart-'));
    server = await spawnServer(env(), 120_000);
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const call = async (method: string, url: string, cookie: string, body?: unknown) => {
    const res = await fetch(`${server!.baseUrl}${url}`, { method, headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
    return { status: res.status, body: (await res.json()) as any };
  };

  it('should keep every acknowledged contact, incident and status change after SIGKILL and a restart', async () => {
    const handler = await signInTo(server!.baseUrl, 'demo.callhandler');
    const officer = await signInTo(server!.baseUrl, 'demo.response');
    const dispatcher = await signInTo(server!.baseUrl, 'demo.dispatcher');

    // The officer books on with a position, a call comes in, the dispatcher sends them, they go en route.
    const me = await call('GET', '/api/workforce/availability/me', officer);
    if (!me.body.onDuty) expect((await call('POST', '/api/workforce/availability/me/book-on', officer, { version: me.body.version })).status).toBe(200);
    expect((await call('PUT', '/api/workforce/availability/me/position', officer, { latitude: 51.5134, longitude: -0.089 })).status).toBe(200);
    const made: { contact: string; incident: string }[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await call('POST', '/api/incidents/intake', handler, intakeBody({ thrive: HIGH_THRIVE, categoryCode: 'violence', narrative: `Restart test call ${i}` }));
      expect(res.status).toBe(201);
      made.push({ contact: res.body.contact.id, incident: res.body.incident.id });
    }
    const target = made[4]!.incident;
    const staffId = (await call('GET', '/api/auth/me', officer)).body.user.staffId;
    expect((await call('POST', `/api/incidents/${target}/assignments`, dispatcher, { staffId })).status).toBe(201);
    const moved = await call('POST', `/api/incidents/${target}/assignments/mine`, officer, { status: 'en_route' });
    expect(moved.status).toBe(200);

    // No goodbye: the process dies at once.
    const exited = new Promise((r) => server!.child.once('exit', r));
    server!.child.kill('SIGKILL');
    await exited;
    server = await spawnServer(env(), 120_000);

    const handler2 = await signInTo(server.baseUrl, 'demo.callhandler');
    const dispatcher2 = await signInTo(server.baseUrl, 'demo.dispatcher');
    for (const m of made) {
      expect((await call('GET', `/api/contact/contacts/${m.contact}`, handler2)).status).toBe(200);
      expect((await call('GET', `/api/incidents/${m.incident}`, dispatcher2)).status).toBe(200);
    }
    const after = await call('GET', `/api/incidents/${target}`, dispatcher2);
    expect(after.body.status).toBe('en_route');
    const units = await call('GET', '/api/dispatch/units', dispatcher2);
    expect(units.status).toBe(200);
    expect(JSON.stringify(units.body)).toContain(staffId);
  }, 240_000);
});
