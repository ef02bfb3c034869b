import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/test-app';

describe('workforce routes', () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await startTestApp();
    cookie = await t.signIn('demo.dispatcher');
  });
  afterAll(async () => t?.stop());

  describe('GET /api/workforce/staff', () => {
    it('should fail with 401 without a session', async () => {
      expect((await t.request('GET', '/api/workforce/staff')).status).toBe(401);
    });
    it('should fail with 400 for an unknown query parameter', async () => {
      const res = await t.request('GET', '/api/workforce/staff?colour=blue', { cookie });
      expect(res.status).toBe(400);
      expect(res.body.message).toBe('querystring/colour is not an accepted field');
    });
    it('should page through about 800 officers and staff and audit the read', async () => {
      const res = await t.request('GET', '/api/workforce/staff?limit=50', { cookie });
      expect(res.status).toBe(200);
      expect(res.body.items).toHaveLength(50);
      expect(res.body.total).toBeGreaterThan(700);
      const audited = await t.deps.db.selectFrom('audit_event').select('details').where('action', '=', 'staff.listed').executeTakeFirstOrThrow();
      expect(audited.details).toMatchObject({ returned: 50 });
    });
    it('should find people by surname', async () => {
      const first = (await t.request('GET', '/api/workforce/staff?limit=1', { cookie })).body.items[0];
      const res = await t.request('GET', `/api/workforce/staff?search=${encodeURIComponent(first.lastName)}`, { cookie });
      const term = first.lastName.toLowerCase();
      expect(res.body.items.map((s: { id: string }) => s.id)).toContain(first.id);
      for (const s of res.body.items as { firstName: string; lastName: string }[]) {
        expect(`${s.firstName} ${s.lastName}`.toLowerCase()).toContain(term);
      }
    });
  });

  describe('GET /api/workforce/staff/:id', () => {
    it('should fail with 401, 400 and 404 as appropriate, and return a person', async () => {
      expect((await t.request('GET', '/api/workforce/staff/5a1e0a44-8b36-4a4b-9d36-2ad6f0e6f2a1')).status).toBe(401);
      expect((await t.request('GET', '/api/workforce/staff/nope', { cookie })).status).toBe(400);
      expect((await t.request('GET', '/api/workforce/staff/5a1e0a44-8b36-4a4b-9d36-2ad6f0e6f2a1', { cookie })).status).toBe(404);
      const first = (await t.request('GET', '/api/workforce/staff?limit=1', { cookie })).body.items[0];
      const res = await t.request('GET', `/api/workforce/staff/${first.id}`, { cookie });
      expect(res.status).toBe(200);
      expect(res.body).toEqual(first);
    });
  });

  describe('teams, stations and postcodes', () => {
    it('should list teams with members, including the three neighbourhood teams', async () => {
      expect((await t.request('GET', '/api/workforce/teams')).status).toBe(401);
      const res = await t.request('GET', '/api/workforce/teams', { cookie });
      const focuses = res.body.items.filter((x: { kind: string }) => x.kind === 'neighbourhood').map((x: { neighbourhoodFocus: string }) => x.neighbourhoodFocus);
      expect(new Set(focuses)).toEqual(new Set(['business', 'residents', 'engagement']));
      expect(res.body.items.every((x: { memberCount: number }) => x.memberCount > 0)).toBe(true);
    });
    it('should list the stations', async () => {
      const res = await t.request('GET', '/api/workforce/stations', { cookie });
      expect(res.body.items.map((s: { name: string }) => s.name).join(' ')).toMatch(/Bishopsgate/);
    });
    it('should look up a City postcode however it is typed, and refuse a malformed one', async () => {
      const res = await t.request('GET', '/api/workforce/postcodes/ec2m4np', { cookie });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ postcode: 'EC2M 4NP', inForceArea: true });
      const bad = await t.request('GET', '/api/workforce/postcodes/HELLO', { cookie });
      expect(bad.status).toBe(400);
      expect(bad.body.message).toBe('HELLO is not a valid UK postcode');
      expect((await t.request('GET', '/api/workforce/postcodes/SW1A%202AA', { cookie })).status).toBe(404);
    });
  });
});
