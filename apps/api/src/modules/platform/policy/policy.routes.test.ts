import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/test-app';

describe('policy routes', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signIn('demo.admin');
  });
  afterAll(async () => t?.stop());

  it('should fail with 401 without a session', async () => {
    expect((await t.request('GET', '/api/policy')).status).toBe(401);
    expect((await t.request('PATCH', '/api/policy/contact.repeatWindowDays', { body: { version: 1, value: 60, reason: 'x' } })).status).toBe(401);
  });

  it('should list the settings for any role', async () => {
    const res = await t.request('GET', '/api/policy', { cookie: await t.signIn('demo.response') });
    expect(res.status).toBe(200);
    expect(res.body.items.find((s: { key: string }) => s.key === 'contact.repeatWindowDays')).toMatchObject({ value: 90, version: 1 });
  });

  it('should fail with 403 for a response officer changing a setting', async () => {
    const res = await t.request('PATCH', '/api/policy/contact.repeatWindowDays', { cookie: await t.signIn('demo.response'), body: { version: 1, value: 60, reason: 'shorter' } });
    expect(res.status).toBe(403);
  });

  it('should fail with 400 when the value has the wrong type for the setting', async () => {
    const res = await t.request('PATCH', '/api/policy/contact.repeatWindowDays', { cookie: admin, body: { version: 1, value: 'ninety', reason: 'typo' } });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('contact.repeatWindowDays takes a number value');
  });

  it('should fail with 404 for an unknown setting', async () => {
    const res = await t.request('PATCH', '/api/policy/no.such.setting', { cookie: admin, body: { version: 1, value: 1, reason: 'why not' } });
    expect(res.status).toBe(404);
  });

  it('should change a setting once; the second writer with the same version gets 409 and the current value', async () => {
    const ok = await t.request('PATCH', '/api/policy/contact.repeatWindowDays', { cookie: admin, body: { version: 1, value: 60, reason: 'Force review of repeat window' } });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ value: 60, version: 2 });
    const late = await t.request('PATCH', '/api/policy/contact.repeatWindowDays', { cookie: admin, body: { version: 1, value: 30, reason: 'other view' } });
    expect(late.status).toBe(409);
    expect(late.body.details.current).toMatchObject({ value: 60, version: 2 });
  });
});
