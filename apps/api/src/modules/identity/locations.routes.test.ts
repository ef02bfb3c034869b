import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/test-app';

describe('locations routes', () => {
  let t: TestApp;
  let handler: string;
  let analyst: string;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    [handler, analyst, admin] = await Promise.all([t.signIn('demo.callhandler'), t.signIn('demo.analyst'), t.signIn('demo.admin')]);
  });
  afterAll(async () => t?.stop());

  const UNKNOWN = '5a1e0a44-8b36-4a4b-9d36-2ad6f0e6f2a1';
  const create = (body: object, cookie = handler, headers?: Record<string, string>) => t.request('POST', '/api/identity/locations', { cookie, body, headers });

  describe('POST /api/identity/locations', () => {
    it('should fail with 401, and 403 for an analyst', async () => {
      expect((await t.request('POST', '/api/identity/locations', { body: { address: '1 Bank Rd' } })).status).toBe(401);
      expect((await create({ address: '1 Bank Rd' }, analyst)).status).toBe(403);
    });
    it('should fail with 400 for an invalid postcode and for an unknown field', async () => {
      const res = await create({ address: '12 High St', postcode: 'EC2M 4N' });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ code: 'VALIDATION_FAILED', message: 'body/postcode is not a valid UK postcode', details: { issues: [{ path: 'body/postcode', message: 'body/postcode is not a valid UK postcode' }] } });
      const extra = await create({ address: '12 High St', town: 'London' });
      expect(extra.body.message).toBe('body/town is not an accepted field');
      const half = await create({ address: '12 High St', latitude: 51.5 });
      expect(half.body.message).toBe('body/longitude must be given with latitude');
    });
    it('should treat "12 High St, EC2M 4NP" and "12 high street ec2m4np" as the same place', async () => {
      const first = await create({ address: '12 High St, EC2M 4NP', premisesType: 'commercial' });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ isExisting: false, location: { address: '12 High Street, EC2M 4NP', postcode: 'EC2M 4NP', buildingNumber: '12', premisesType: 'commercial', version: 1 } });
      for (const typed of [{ address: '12 high street ec2m4np' }, { address: '12, High Street, London', postcode: 'ec2m 4np' }, { address: '12 HIGH ST.', postcode: 'EC2M4NP' }]) {
        const again = await create(typed);
        expect(again.status).toBe(201);
        expect(again.body.isExisting).toBe(true);
        expect(again.body.location.id).toBe(first.body.location.id);
      }
      const rows = await t.deps.db.selectFrom('location').select('id').where('postcode', '=', 'EC2M 4NP').execute();
      expect(rows).toHaveLength(1);
      const flat = await create({ address: 'Flat 1, 12 High St, EC2M 4NP' });
      expect(flat.body.isExisting).toBe(false);
      expect(flat.body.location).toMatchObject({ flat: '1', address: 'Flat 1, 12 High Street, EC2M 4NP' });
    });
    it('should take coordinates given, or else the postcode centre from the gazetteer', async () => {
      const given = await create({ address: '3 Bank Rd', latitude: 51.51, longitude: -0.09 });
      expect(given.body.location).toMatchObject({ latitude: 51.51, longitude: -0.09, coordinatesSource: 'given' });
      const known = await t.deps.db.selectFrom('postcode').select(['postcode', 'latitude', 'longitude']).where('in_force_area', '=', true).orderBy('postcode').executeTakeFirstOrThrow();
      const centred = await create({ address: '4 Anywhere Lane', postcode: known.postcode });
      expect(centred.body.location).toMatchObject({ latitude: known.latitude, longitude: known.longitude, coordinatesSource: 'postcode' });
      const none = await create({ address: '5 Nowhere Lane' });
      expect(none.body.location).toMatchObject({ latitude: null, longitude: null, coordinatesSource: null });
    });
    it('should create once when two requests for the same new place arrive together', async () => {
      const [a, b] = await Promise.all([create({ address: '77 Cheapside, EC2V 6AA' }), create({ address: '77 cheapside ec2v 6aa' })]);
      expect([a.status, b.status]).toEqual([201, 201]);
      expect(a.body.location.id).toBe(b.body.location.id);
    });
  });

  describe('GET /api/identity/locations/:id', () => {
    it('should fail with 401, 403 for an administrator, 400 and 404', async () => {
      expect((await t.request('GET', `/api/identity/locations/${UNKNOWN}`)).status).toBe(401);
      expect((await t.request('GET', `/api/identity/locations/${UNKNOWN}`, { cookie: admin })).status).toBe(403);
      expect((await t.request('GET', '/api/identity/locations/x', { cookie: handler })).body.message).toBe('params/id must match format "uuid"');
      const res = await t.request('GET', `/api/identity/locations/${UNKNOWN}`, { cookie: handler });
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ code: 'NOT_FOUND', message: 'The location was not found' });
    });
    it('should return the place to an analyst', async () => {
      const created = await create({ address: '9 Gresham St, EC2V 7BX' });
      const res = await t.request('GET', `/api/identity/locations/${created.body.location.id}`, { cookie: analyst });
      expect(res.status).toBe(200);
      expect(res.body).toEqual(created.body.location);
    });
  });

  describe('GET /api/identity/locations (search)', () => {
    it('should fail with 400 without a postcode or text, or with an invalid postcode', async () => {
      expect((await t.request('GET', '/api/identity/locations', { cookie: handler })).body.message).toBe('Give a postcode or q (address text)');
      expect((await t.request('GET', '/api/identity/locations?postcode=zz', { cookie: handler })).body.message).toBe('querystring/postcode is not a valid UK postcode');
    });
    it('should find places by postcode however typed, and by address text with abbreviations and typos', async () => {
      const created = (await create({ address: '21 Moorgate, London', postcode: 'EC2R 6AR' })).body.location;
      const byPostcode = await t.request('GET', '/api/identity/locations?postcode=ec2r6ar', { cookie: analyst });
      expect(byPostcode.body.items.map((l: { id: string }) => l.id)).toEqual([created.id]);
      const street = (await create({ address: '8 Lothbury Street', postcode: 'EC2R 7HH' })).body.location;
      for (const q of ['lothbury st', '8 LOTHBURY', 'lothbry street']) {
        const res = await t.request('GET', `/api/identity/locations?q=${encodeURIComponent(q)}`, { cookie: analyst });
        expect(res.status, q).toBe(200);
        expect(res.body.items[0]?.id, q).toBe(street.id);
      }
    });
  });

  describe('location flags', () => {
    it('should set a warning marker and remove it with a reason, kept as history; stale versions get 409', async () => {
      const l = (await create({ address: '2 Guildhall Yard, EC2V 5AE' })).body.location;
      const noType = await t.request('POST', `/api/identity/locations/${l.id}/flags`, { cookie: handler, body: { version: 1, kind: 'warning_marker' } });
      expect(noType.body.message).toBe('body/markerType is required for a warning marker');
      const flagged = await t.request('POST', `/api/identity/locations/${l.id}/flags`, { cookie: handler, body: { version: 1, kind: 'warning_marker', markerType: 'dangerous_dog' } });
      expect(flagged.status).toBe(201);
      expect(flagged.body).toMatchObject({ version: 2, flags: [{ kind: 'warning_marker', markerType: 'dangerous_dog', setBy: 'demo.callhandler' }] });
      const stale = await t.request('POST', `/api/identity/locations/${l.id}/flags`, { cookie: handler, body: { version: 1, kind: 'critical_site' } });
      expect(stale.status).toBe(409);
      expect(stale.body.details.current.version).toBe(2);
      const flagId = flagged.body.flags[0].id;
      const removed = await t.request('DELETE', `/api/identity/locations/${l.id}/flags/${flagId}`, { cookie: handler, body: { version: 2, reason: 'Dog rehomed' } });
      expect(removed.status).toBe(200);
      expect(removed.body.flags).toMatchObject([{ id: flagId, removedBy: 'demo.callhandler', removalReason: 'Dog rehomed' }]);
      const audit = await t.deps.db.selectFrom('audit_event').select('action').where('entity_id', '=', l.id).orderBy('seq').execute();
      expect(audit.map((a) => a.action)).toEqual(['location.created', 'location.flag_added', 'location.flag_removed']);
    });
  });
});
