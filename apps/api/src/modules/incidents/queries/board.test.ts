import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/test-app';
import { createTestIncident } from '../incidents.test-support';
import { BoardCache } from './board';

/** The board one process keeps for all its dispatchers: re-read on change events, never served stale past its age. */
describe('board cache', () => {
  let t: TestApp;
  let handler: string;
  let dispatcher: string;
  beforeAll(async () => {
    t = await startTestApp();
    handler = await t.signIn('demo.callhandler');
    dispatcher = await t.signIn('demo.dispatcher');
  });
  afterAll(async () => t?.stop());

  const waitFor = async (check: () => Promise<boolean>) => {
    const until = Date.now() + 5_000;
    while (!(await check())) {
      if (Date.now() > until) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  it('should keep one read until a change event arrives, and share reads under way', async () => {
    const cache = new BoardCache(t.deps.db, t.deps.events, 60_000);
    const a = await createTestIncident(t, handler, { narrative: 'First on the board' });
    const first = await cache.read();
    expect(first.incidents.map((i) => i.id)).toContain(a.id);
    // Changed behind the cache's back (no event): still the kept board.
    await t.deps.db.updateTable('incident').set({ location_address: 'Changed quietly' }).where('id', '=', a.id).execute();
    expect((await cache.read()).incidents.find((i) => i.id === a.id)!.locationText).not.toBe('Changed quietly');
    cache.invalidate();
    expect((await cache.read()).incidents.find((i) => i.id === a.id)!.locationText).toBe('Changed quietly');

    // A new incident publishes its change event on commit: the next read after it arrives shows it.
    const b = await createTestIncident(t, handler, { narrative: 'Second on the board' });
    await waitFor(async () => (await cache.read()).incidents.some((i) => i.id === b.id));

    // Reads at the same moment share one database read; `now` is each request's own.
    cache.invalidate();
    const [x, y] = await Promise.all([cache.read(new Date('2026-01-01T00:00:00Z')), cache.read(new Date('2026-01-01T00:00:01Z'))]);
    expect(x.incidents).toBe(y.incidents);
    expect([x.now, y.now]).toEqual(['2026-01-01T00:00:00.000Z', '2026-01-01T00:00:01.000Z']);
  });

  it('should re-read after its maximum age even with no event', async () => {
    const cache = new BoardCache(t.deps.db, t.deps.events, 50);
    const a = await createTestIncident(t, handler, { narrative: 'Aged' });
    await cache.read();
    await t.deps.db.updateTable('incident').set({ location_address: 'Aged quietly' }).where('id', '=', a.id).execute();
    await new Promise((r) => setTimeout(r, 80));
    expect((await cache.read()).incidents.find((i) => i.id === a.id)!.locationText).toBe('Aged quietly');
  });

  it('should show a dispatcher their own change at once over HTTP', async () => {
    const c = await createTestIncident(t, handler, { narrative: 'Read your own writes' });
    expect((await t.request('GET', '/api/incidents/board', { cookie: dispatcher })).body.incidents.some((i: { id: string }) => i.id === c.id)).toBe(true);
    const regraded = await t.request('POST', `/api/incidents/${c.id}/grade`, { cookie: dispatcher, body: { version: c.version, grade: 'immediate', reason: 'Weapon mentioned on a second call' } });
    expect(regraded.status).toBe(200);
    const board = await t.request('GET', '/api/incidents/board', { cookie: dispatcher });
    expect(board.body.incidents.find((i: { id: string }) => i.id === c.id).grade).toBe('immediate');
  });
});

describe('board cache as JSON text', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ validateResponses: false });
  });
  afterAll(async () => t?.stop());

  it('should send exactly the board read() gives, serialised once per database read', async () => {
    const handler = await t.signIn('demo.callhandler');
    const dispatcher = await t.signIn('demo.dispatcher');
    await createTestIncident(t, handler, { narrative: 'As text' });
    const cache = new BoardCache(t.deps.db, t.deps.events, 60_000);
    const now = new Date('2026-11-29T03:00:00Z');
    expect(JSON.parse(await cache.readJson(now))).toEqual(JSON.parse(JSON.stringify(await cache.read(now))));
    const res = await t.request('GET', '/api/incidents/board', { cookie: dispatcher });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.body.incidents.length).toBeGreaterThan(0);
    expect(Object.keys(res.body)).toEqual(['now', 'incidents', 'counts']);
  });
});
