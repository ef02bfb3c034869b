import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../../../test/test-database';
import { signInTo, spawnServer, type SpawnedServer } from '../../../test/spawn-server';
import { personMatchingFor } from './person-matching.service';

const person = (givenNames: string, familyName: string, extra: Record<string, unknown> = {}) => ({
  names: [{ kind: 'birth', givenNames, familyName }],
  ...extra,
});

describe('GET /api/identity/persons/matches', () => {
  let t: TestApp;
  let handler: string;
  let robertId: string;
  // Changes reach the index through NOTIFY after commit: wait until it has taken them in.
  const indexed = async (count: number) => {
    const deadline = Date.now() + 5_000;
    while (personMatchingFor(t.deps).size < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await personMatchingFor(t.deps).settled();
  };
  const eventually = async (check: () => Promise<void>) => {
    const deadline = Date.now() + 5_000;
    for (;;) {
      try {
        return await check();
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  };
  const match = (query: string, cookie = handler) => t.request('GET', `/api/identity/persons/matches?${query}`, { cookie });

  beforeAll(async () => {
    t = await startTestApp();
    handler = await t.signIn('demo.callhandler');
    const robert = await t.request('POST', '/api/identity/persons', { cookie: handler, body: person('Robert', 'Smith', { dateOfBirth: '1980-12-03', phones: ['020 7601 2222'] }) });
    robertId = robert.body.id;
    for (const [first, last, dob] of [['Margaret', 'Jones', '1955-01-20'], ['Aisha', 'Khan', '1991-07-14'], ['Robert', 'Taylor', '1962-05-30']] as const) {
      await t.request('POST', '/api/identity/persons', { cookie: handler, body: person(first, last, { dateOfBirth: dob }) });
    }
    await indexed(4);
  });
  afterAll(async () => t?.stop());

  it('should fail with 401 without a session and 403 for the administrator (no access to personal records)', async () => {
    expect((await t.request('GET', '/api/identity/persons/matches?lastName=Smith')).status).toBe(401);
    expect((await match('lastName=Smith', await t.signIn('demo.admin'))).status).toBe(403);
  });

  it('should fail with 400 when nothing describes the person, or for an unknown parameter', async () => {
    const empty = await match('limit=5');
    expect(empty.status).toBe(400);
    expect(empty.body.message).toBe('Describe the person: give at least a name, date of birth, phone, email, address, postcode or identifier');
    expect((await match('shoeSize=9')).body.message).toBe('querystring/shoeSize is not an accepted field');
  });

  it('should find "Robert Smith, 03/12/1980" from "Bob Smyth, 12/03/1980", with its reasons, and audit the look-up', async () => {
    const res = await match('firstName=Bob&lastName=Smyth&dateOfBirth=12/03/1980');
    expect(res.status).toBe(200);
    expect(res.body.items[0].personId).toBe(robertId);
    expect(res.body.items[0].probability).toBeGreaterThan(0.5);
    const reasons = res.body.items[0].reasons.join('; ');
    expect(reasons).toContain('Bob is a form of Robert');
    expect(reasons).toContain('day and month swapped');
    const audit = await t.deps.db.selectFrom('audit_event').select(['details', 'actor_username']).where('action', '=', 'person.matched').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_username: 'demo.callhandler', details: { fields: ['firstName', 'lastName', 'dateOfBirth'] } });
  });

  it('should follow adds, changes and merges at once', async () => {
    const added = await t.request('POST', '/api/identity/persons', { cookie: handler, body: person('Siobhan', "O'Sullivan", { dateOfBirth: '1979-02-02' }) });
    await eventually(async () => expect((await match('firstName=Shivon&lastName=Osullivan&dateOfBirth=1979-02-02')).body.items[0]?.personId).toBe(added.body.id));

    const reasonsFor = async (dob: string) => (await match(`firstName=Siobhan&lastName=O%27Sullivan&dateOfBirth=${dob}`)).body.items[0].reasons.join('; ');
    expect(await reasonsFor('1979-02-03')).not.toMatch(/same date of birth/);
    const patched = await t.request('PATCH', `/api/identity/persons/${added.body.id}`, { cookie: handler, body: { version: added.body.version, dateOfBirth: '1979-02-03' } });
    expect(patched.status).toBe(200);
    await eventually(async () => expect(await reasonsFor('1979-02-03')).toMatch(/same date of birth/));

    const twin = await t.request('POST', '/api/identity/persons', { cookie: handler, body: person('Siobhan', 'OSullivan', { dateOfBirth: '1979-02-03' }) });
    const idsFound = async () => (await match('firstName=Siobhan&lastName=OSullivan&dateOfBirth=1979-02-03')).body.items.map((i: { personId: string }) => i.personId);
    await eventually(async () => expect(await idsFound()).toContain(twin.body.id));
    const merged = await t.request('POST', '/api/identity/persons/merges', {
      cookie: await t.signIn('demo.supervisor'),
      body: { survivorId: added.body.id, mergedId: twin.body.id, survivorVersion: patched.body.version, mergedVersion: twin.body.version, reason: 'Same person' },
    });
    expect(merged.status).toBe(201);
    await eventually(async () => {
      const ids = await idsFound();
      expect(ids).toContain(added.body.id);
      expect(ids).not.toContain(twin.body.id);
    });
  });
});

describe.runIf(TEST_ENGINE === 'postgres')('the matching index across two server processes', () => {
  let db: TestDatabase;
  let a: SpawnedServer | undefined;
  let b: SpawnedServer | undefined;
  beforeAll(async () => {
    db = await createTestDatabase();
    a = await spawnServer({ DATABASE_URL: db.databaseUrl!, BLUELAMP_DEMO: '1' });
    b = await spawnServer({ DATABASE_URL: db.databaseUrl!, BLUELAMP_DEMO: '1' });
  }, 180_000);
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await db?.drop();
  });

  it('should find on process B a person just recorded on process A', async () => {
    const signIn = (base: string) => signInTo(base, 'demo.callhandler');
    const created = await fetch(`${a!.baseUrl}/api/identity/persons`, {
      method: 'POST',
      headers: { cookie: await signIn(a!.baseUrl), 'content-type': 'application/json' },
      body: JSON.stringify(person('Elizabeth', 'Featherstonehaugh', { dateOfBirth: '1970-06-01' })),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const cookieB = await signIn(b!.baseUrl);
    const deadline = Date.now() + 3_000;
    let found: string | undefined;
    while (!found && Date.now() < deadline) {
      const res = await fetch(`${b!.baseUrl}/api/identity/persons/matches?firstName=Liz&lastName=Featherstonhaugh&dateOfBirth=1970-06-01`, { headers: { cookie: cookieB } });
      found = ((await res.json()) as { items: { personId: string }[] }).items.find((i) => i.personId === id)?.personId;
      if (!found) await new Promise((r) => setTimeout(r, 50));
    }
    expect(found).toBe(id);
  });
});
