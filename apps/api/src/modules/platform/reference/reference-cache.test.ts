import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/test-app';
import { ReferenceCache } from './reference-cache';

/** Reference data kept per process: served from memory, forgotten when a change event arrives. */
describe('reference cache', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t?.stop());

  const waitFor = async (check: () => Promise<boolean>) => {
    const until = Date.now() + 5_000;
    while (!(await check())) {
      if (Date.now() > until) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  it('should serve grades and policy from memory until a grade or policy change is published, then read them again', async () => {
    const cache = new ReferenceCache(t.deps.events, 60_000);
    const immediate = async () => (await cache.responseGrades(t.deps.db)).find((g) => g.code === 'immediate')!.targetSeconds;
    expect(await immediate()).toBe(720);
    // Behind its back (no event): memory still says 720.
    await t.deps.db.updateTable('response_grade').set({ target_seconds: 700 }).where('code', '=', 'immediate').execute();
    expect(await immediate()).toBe(720);
    cache.invalidate();
    expect(await immediate()).toBe(700);

    // Through the API: the change event makes every process read again.
    const senior = await t.signIn('demo.senior');
    const version = (await t.request('GET', '/api/reference/grades', { cookie: senior })).body.items.find((g: { code: string }) => g.code === 'immediate').version;
    const patched = await t.request('PATCH', '/api/reference/grades/immediate', { cookie: senior, body: { version, targetSeconds: 900, reason: 'Test of the cache' } });
    expect(patched.status).toBe(200);
    await waitFor(async () => (await immediate()) === 900);

    expect((await cache.policySetting(t.deps.db, 'contact.repeatWindowDays'))?.value).toBe(90);
    await t.deps.db.updateTable('policy_setting').set({ value: JSON.stringify(30) }).where('key', '=', 'contact.repeatWindowDays').execute();
    await t.deps.events.publish(t.deps.db, { type: 'policy.updated', permission: 'policy:read', entityId: 'contact.repeatWindowDays' });
    await waitFor(async () => (await cache.policySetting(t.deps.db, 'contact.repeatWindowDays'))?.value === 30);
    expect((await cache.incidentCategories(t.deps.db, { includeInactive: false })).every((c) => c.isActive)).toBe(true);
  });
});
