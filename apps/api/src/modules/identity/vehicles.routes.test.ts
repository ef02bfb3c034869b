import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { normaliseVrm } from './normalise/vrm';

describe('vehicles routes', () => {
  let t: TestApp;
  let handler: string;
  let analyst: string;
  beforeAll(async () => {
    t = await startTestApp();
    [handler, analyst] = await Promise.all([t.signIn('demo.callhandler'), t.signIn('demo.analyst')]);
  });
  afterAll(async () => t?.stop());

  it('should normalise registration marks in every UK format', () => {
    expect(['ab12 cde', 'AB12-CDE', ' ab 12 cde '].map(normaliseVrm)).toEqual(['AB12CDE', 'AB12CDE', 'AB12CDE']);
    expect(['A123 BCD', 'ABC 123D', '1 A', 'ABZ 1234'].map(normaliseVrm)).toEqual(['A123BCD', 'ABC123D', '1A', 'ABZ1234']);
    expect(['ABCDEF', '123456', 'AB12CDEFG', 'A'].map(normaliseVrm)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('should fail with 401, 403 for an analyst and 400 for a bad registration', async () => {
    expect((await t.request('POST', '/api/identity/vehicles', { body: { vrm: 'AB12CDE' } })).status).toBe(401);
    expect((await t.request('POST', '/api/identity/vehicles', { cookie: analyst, body: { vrm: 'AB12CDE' } })).status).toBe(403);
    const res = await t.request('POST', '/api/identity/vehicles', { cookie: handler, body: { vrm: 'NOPLATE' } });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('body/vrm is not a vehicle registration mark');
  });

  it('should record a vehicle once however its registration is typed, and find it', async () => {
    const first = await t.request('POST', '/api/identity/vehicles', { cookie: handler, body: { vrm: 'ab12 cde', make: 'Ford', model: 'Fiesta', colour: 'Blue' } });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ isExisting: false, vehicle: { vrm: 'AB12CDE', make: 'Ford', version: 1 } });
    const again = await t.request('POST', '/api/identity/vehicles', { cookie: handler, body: { vrm: 'AB12-CDE' } });
    expect(again.body).toMatchObject({ isExisting: true, vehicle: { id: first.body.vehicle.id, make: 'Ford' } });
    const found = await t.request('GET', '/api/identity/vehicles?vrm=ab12cde', { cookie: analyst });
    expect(found.body.items.map((v: { id: string }) => v.id)).toEqual([first.body.vehicle.id]);
    expect((await t.request('GET', `/api/identity/vehicles/${first.body.vehicle.id}`, { cookie: analyst })).body).toEqual(first.body.vehicle);
    expect((await t.request('GET', '/api/identity/vehicles/5a1e0a44-8b36-4a4b-9d36-2ad6f0e6f2a1', { cookie: analyst })).status).toBe(404);
  });
});
