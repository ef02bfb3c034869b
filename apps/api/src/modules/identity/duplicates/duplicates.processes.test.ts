import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../../../../test/test-database';
import { signInTo, spawnServer, type SpawnedServer } from '../../../../test/spawn-server';

/** Two server processes on one PostgreSQL database, both following every change. */
describe.runIf(TEST_ENGINE === 'postgres')('proposed duplicates across two server processes', () => {
  let db: TestDatabase;
  let a: SpawnedServer | undefined;
  let b: SpawnedServer | undefined;
  beforeAll(async () => {
    db = await createTestDatabase();
    [a, b] = await Promise.all([spawnServer({ DATABASE_URL: db.databaseUrl!, BLUELAMP_DEMO: '1' }), spawnServer({ DATABASE_URL: db.databaseUrl!, BLUELAMP_DEMO: '1' })]);
  }, 180_000);
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await db?.drop();
  });

  const call = async (base: string, method: string, url: string, cookie: string, body?: unknown) => {
    const res = await fetch(`${base}${url}`, { method, headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
    return { status: res.status, body: (await res.json()) as any };
  };

  it('should propose a pair recorded half on each process once, keep the check rows in step, and show a merge made on one to the other', async () => {
    const handlerA = await signInTo(a!.baseUrl, 'demo.callhandler');
    const handlerB = await signInTo(b!.baseUrl, 'demo.callhandler');
    const supervisorA = await signInTo(a!.baseUrl, 'demo.supervisor');
    const supervisorB = await signInTo(b!.baseUrl, 'demo.supervisor');
    const person = (givenNames: string) => ({ names: [{ kind: 'birth', givenNames, familyName: 'Montgomery-Smythe' }], dateOfBirth: '1983-11-05', emails: ['monty@example.org'] });
    const first = await call(a!.baseUrl, 'POST', '/api/identity/persons', handlerA, person('Jonathan'));
    const second = await call(b!.baseUrl, 'POST', '/api/identity/persons', handlerB, person('Jon'));
    expect([first.status, second.status]).toEqual([201, 201]);

    const deadline = Date.now() + 15_000;
    let seen: any[] = [];
    while (Date.now() < deadline) {
      seen = (await call(a!.baseUrl, 'GET', `/api/identity/duplicates/persons?recordId=${first.body.id}`, supervisorA)).body.items;
      if (seen.length) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(seen).toHaveLength(1);
    const proposal = seen[0];
    expect([proposal.left.id, proposal.right.id].sort()).toEqual([first.body.id, second.body.id].sort());

    // Both processes received both change events; each person version was checked and recorded once.
    const client = new pg.Client({ connectionString: db.databaseUrl });
    await client.connect();
    try {
      const checked = async () =>
        (
          await client.query<{ checked_version: number; version: number }>(
            `select c.checked_version, p.version from identity_duplicate_check c join person p on p.id = c.entity_id where c.entity_id = any($1)`,
            [[first.body.id, second.body.id]],
          )
        ).rows.filter((r) => r.checked_version === r.version).length;
      const until = Date.now() + 5_000;
      while ((await checked()) < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      expect(await checked()).toBe(2);
      const pairs = await client.query(`select count(*)::int as n from identity_duplicate where entity_type = 'person' and (left_id = any($1) or right_id = any($1))`, [[first.body.id, second.body.id]]);
      expect(pairs.rows[0].n).toBe(1);
    } finally {
      await client.end();
    }

    const merged = await call(b!.baseUrl, 'POST', `/api/identity/duplicates/persons/${proposal.id}/merge`, supervisorB, {
      version: proposal.version,
      survivorId: first.body.id,
      survivorVersion: first.body.version,
      mergedVersion: second.body.version,
      reason: 'Jon is Jonathan: same date of birth and e-mail',
    });
    expect(merged.status).toBe(200);
    const onA = await call(a!.baseUrl, 'GET', `/api/identity/duplicates/persons/${proposal.id}`, supervisorA);
    expect(onA.body.proposal).toMatchObject({ status: 'merged', mergeId: merged.body.mergeId });
    // A decision taken on a stale view from the other process is refused with the current state.
    const stale = await call(a!.baseUrl, 'POST', `/api/identity/duplicates/persons/${proposal.id}/dismiss`, supervisorA, { version: proposal.version, reason: 'Not the same' });
    expect(stale.status).toBe(409);
    expect(stale.body.details.current.status).toBe('merged');
  });
});
