import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/test-app';

const person = (givenNames: string, familyName: string, extra: Record<string, unknown> = {}) => ({ names: [{ kind: 'birth', givenNames, familyName }], ...extra });

describe('GET /api/identity/persons/summaries', () => {
  let t: TestApp;
  let handler: string;
  let supervisor: string;
  let ann: { id: string; version: number };
  let bob: { id: string; version: number };
  const summaries = (ids: string[], cookie = handler) => t.request('GET', `/api/identity/persons/summaries?${ids.map((id) => `ids=${id}`).join('&')}`, { cookie });

  beforeAll(async () => {
    t = await startTestApp();
    [handler, supervisor] = await Promise.all([t.signIn('demo.callhandler'), t.signIn('demo.supervisor')]);
    ann = (await t.request('POST', '/api/identity/persons', { cookie: handler, body: person('Ann', 'Lee', { dateOfBirth: '1990-04-01', flags: [{ kind: 'warning_marker', markerType: 'weapons' }, { kind: 'vulnerable' }] }) })).body;
    bob = (await t.request('POST', '/api/identity/persons', { cookie: handler, body: person('Bob', 'Lee') })).body;
  });
  afterAll(async () => t?.stop());

  it('should fail with 401 without a session, 403 for the administrator and 400 without ids or for a bad id', async () => {
    expect((await t.request('GET', `/api/identity/persons/summaries?ids=${ann.id}`)).status).toBe(401);
    expect((await summaries([ann.id], await t.signIn('demo.admin'))).status).toBe(403);
    expect((await t.request('GET', '/api/identity/persons/summaries', { cookie: handler })).status).toBe(400);
    const bad = await summaries(['not-a-uuid']);
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
  });

  it('should give names, date of birth and current flags in the order asked, leaving unknown ids out, and audit it', async () => {
    const res = await summaries([bob.id, '5a1e0a44-8b36-4a4b-9d36-2ad6f0e6f2a1', ann.id]);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      { id: bob.id, displayName: 'Bob Lee', dateOfBirth: null, gender: null, flags: [] },
      { id: ann.id, displayName: 'Ann Lee', dateOfBirth: '1990-04-01', gender: null, flags: ['warning_marker:weapons', 'vulnerable'] },
    ]);
    const audit = await t.deps.db.selectFrom('audit_event').select(['details', 'actor_username']).where('action', '=', 'person.summaries_read').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_username: 'demo.callhandler', details: { returned: [bob.id, ann.id] } });
  });

  it('should take a single id, and leave out a person merged away', async () => {
    expect((await summaries([ann.id])).body.items.map((p: { id: string }) => p.id)).toEqual([ann.id]);
    const merged = await t.request('POST', '/api/identity/persons/merges', {
      cookie: supervisor,
      body: { survivorId: ann.id, mergedId: bob.id, survivorVersion: ann.version, mergedVersion: bob.version, reason: 'same person, test' },
    });
    expect(merged.status).toBe(201);
    expect((await summaries([bob.id, ann.id])).body.items.map((p: { id: string }) => p.id)).toEqual([ann.id]);
  });
});
