import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/test-app';

describe('reference data routes', () => {
  let t: TestApp;
  let handler: string;
  let senior: string;
  beforeAll(async () => {
    t = await startTestApp();
    handler = await t.signIn('demo.callhandler');
    senior = await t.signIn('demo.senior');
  });
  afterAll(async () => t?.stop());

  describe('GET /api/reference/grades', () => {
    it('should fail with 401 without a session', async () => {
      expect((await t.request('GET', '/api/reference/grades')).status).toBe(401);
    });
    it('should give the default targets: Immediate 12 min, Scheduled 60 min, Routine 48 h', async () => {
      const res = await t.request('GET', '/api/reference/grades', { cookie: handler });
      expect(res.status).toBe(200);
      expect(res.body.items.map((g: { code: string; targetSeconds: number }) => [g.code, g.targetSeconds])).toEqual([
        ['immediate', 720],
        ['scheduled', 3600],
        ['routine', 172800],
      ]);
    });
  });

  describe('PATCH /api/reference/grades/:code', () => {
    it('should fail with 403 for a call handler', async () => {
      const res = await t.request('PATCH', '/api/reference/grades/immediate', { cookie: handler, body: { version: 1, targetSeconds: 900, reason: 'test' } });
      expect(res.status).toBe(403);
    });
    it('should fail with 400 without a reason', async () => {
      const res = await t.request('PATCH', '/api/reference/grades/immediate', { cookie: senior, body: { version: 1, targetSeconds: 900 } });
      expect(res.status).toBe(400);
      expect(res.body.message).toBe('body/reason is required');
    });
    it('should fail with 400 for a target under a minute', async () => {
      const res = await t.request('PATCH', '/api/reference/grades/immediate', { cookie: senior, body: { version: 1, targetSeconds: 5, reason: 'faster' } });
      expect(res.status).toBe(400);
    });
    it('should fail with 404 for an unknown grade', async () => {
      const res = await t.request('PATCH', '/api/reference/grades/urgent', { cookie: senior, body: { version: 1, targetSeconds: 900, reason: 'new grade' } });
      expect(res.status).toBe(404);
    });
    it('should change the target with the reason in the audit trail, and refuse a stale version with 409', async () => {
      const res = await t.request('PATCH', '/api/reference/grades/scheduled', { cookie: senior, body: { version: 1, targetSeconds: 2700, reason: 'Force decision to tighten scheduled attendance' } });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ code: 'scheduled', targetSeconds: 2700, version: 2 });
      const stale = await t.request('PATCH', '/api/reference/grades/scheduled', { cookie: senior, body: { version: 1, targetSeconds: 3000, reason: 'second thoughts' } });
      expect(stale.status).toBe(409);
      expect(stale.body.details.current).toMatchObject({ targetSeconds: 2700, version: 2 });
      const audit = await t.deps.db.selectFrom('audit_event').select(['reason', 'details']).where('action', '=', 'response_grade.updated').executeTakeFirstOrThrow();
      expect(audit.reason).toBe('Force decision to tighten scheduled attendance');
      expect(audit.details).toEqual({ targetSeconds: { from: 3600, to: 2700 } });
    });
  });

  describe('GET /api/reference/offence-codes', () => {
    it('should fail with 401 without a session', async () => {
      expect((await t.request('GET', '/api/reference/offence-codes?q=theft')).status).toBe(401);
    });
    it('should fail with 400 for a limit over 200', async () => {
      expect((await t.request('GET', '/api/reference/offence-codes?q=theft&limit=201', { cookie: handler })).status).toBe(400);
    });
    it('should rank shoplifting first for "theft from shop", with its data.police.uk category', async () => {
      const res = await t.request('GET', '/api/reference/offence-codes?q=theft%20from%20shop', { cookie: handler });
      expect(res.status).toBe(200);
      expect(res.body.items[0].label.toLowerCase()).toContain('shop');
      expect(res.body.items[0].policeUkCategoryCode).toBe('shoplifting');
    });
  });

  describe('other lists', () => {
    it('should list the 22 outcome types, the police.uk categories and the incident categories', async () => {
      const outcomes = await t.request('GET', '/api/reference/outcome-types', { cookie: handler });
      expect(outcomes.body.items.filter((o: { code: string }) => /^\d+$/.test(o.code))).toHaveLength(22);
      const cats = await t.request('GET', '/api/reference/police-uk-categories', { cookie: handler });
      expect(cats.body.items.map((c: { code: string }) => c.code)).toContain('anti-social-behaviour');
      const incidents = await t.request('GET', '/api/reference/incident-categories', { cookie: handler });
      expect(incidents.body.items.length).toBeGreaterThan(15);
      expect(['immediate', 'scheduled', 'routine']).toContain(incidents.body.items[0].defaultGradeCode);
    });
    it('should fail with 401 for each list without a session', async () => {
      for (const path of ['outcome-types', 'police-uk-categories', 'incident-categories']) {
        expect((await t.request('GET', `/api/reference/${path}`)).status).toBe(401);
      }
    });
  });
});
