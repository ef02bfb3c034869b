import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Database } from '../../core/db/database';
import { readMigrations } from '../../core/db/migrate';
import { openMigratedTestDatabase, TEST_ENGINE } from '../../../test/test-database';
import { seedDemoForce } from './demo/seed-demo-force';
import { getStaff, listBeats, listStaff, listStations, listTeams, lookupPostcode, normalisePostcode } from './workforce.repository';

describe('normalisePostcode', () => {
  it('should write a valid postcode the standard way however it was typed', () => {
    expect(normalisePostcode('ec2m4np')).toBe('EC2M 4NP');
    expect(normalisePostcode('  EC2M   4NP ')).toBe('EC2M 4NP');
    expect(normalisePostcode('sw1a 2aa')).toBe('SW1A 2AA');
    expect(normalisePostcode('M11AE')).toBe('M1 1AE');
    expect(normalisePostcode('b338th')).toBe('B33 8TH');
    expect(normalisePostcode('CR2 6XH')).toBe('CR2 6XH');
    expect(normalisePostcode('DN55 1PT')).toBe('DN55 1PT');
    expect(normalisePostcode('W1A0AX')).toBe('W1A 0AX');
    expect(normalisePostcode('gir0aa')).toBe('GIR 0AA');
  });
  it('should refuse text that is not a postcode', () => {
    for (const bad of ['', '   ', 'NOTAPOSTCODE', 'EC2M 4N', 'EC2M 4NPX', '12345', 'EC2M-4NP', 'Q1 1AA', 'EC2M 4CP', 'AB1C 1AA', "EC2M 4NP'; drop table staff"]) {
      expect(normalisePostcode(bad), bad).toBeUndefined();
    }
  });
});

// Only 0001 (platform), 0003 (workforce) and 0006 (rosters, which the demo seed fills): a migration
// being written elsewhere cannot break these tests.
const MIGRATIONS = readMigrations().filter((m) => m.version === 1 || m.version === 3 || m.version === 6);

describe(`workforce repository on ${TEST_ENGINE}`, () => {
  let close: (() => Promise<void>) | undefined;
  let database: Database;

  beforeAll(async () => {
    ({ database, close } = await openMigratedTestDatabase(MIGRATIONS));
    await seedDemoForce(database.db, { hashPassword: async (p) => `fake$${p}`, demoPassword: 'demo-password-123' });
  });

  afterAll(async () => {
    await close?.();
  });

  it('should page the directory by surname, first name and id, with the total', async () => {
    const page1 = await listStaff(database.db, { limit: 20, offset: 0 });
    const page2 = await listStaff(database.db, { limit: 20, offset: 20 });
    expect(page1.items).toHaveLength(20);
    expect(page1.total).toBeGreaterThan(760);
    expect(page2.total).toBe(page1.total);
    const all = [...page1.items, ...page2.items];
    expect(new Set(all.map((s) => s.id)).size).toBe(40);
    const keys = all.map((s) => [s.lastName, s.firstName, s.id]);
    const sorted = [...keys].sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : a[1]! < b[1]! ? -1 : a[1]! > b[1]! ? 1 : a[2]! < b[2]! ? -1 : 1));
    expect(keys).toEqual(sorted);
    expect(Object.keys(page1.items[0]!).sort()).toEqual(
      ['collarNumber', 'email', 'firstName', 'id', 'isPoliceOfficer', 'lastName', 'lineManagerId', 'rank', 'roleTitle', 'stationId', 'stationName', 'teamId', 'teamName'].sort(),
    );
    expect(page1.items[0]!.teamName).toBeTruthy();
    expect(page1.items[0]!.stationName).toMatch(/^(Bishopsgate|Snow Hill|Wood Street)$/);
  });

  it('should search by name words in any order, and by collar number', async () => {
    const someone = (await listStaff(database.db, { rank: 'Sergeant', limit: 1, offset: 0 })).items[0]!;
    const byName = await listStaff(database.db, { search: `${someone.firstName} ${someone.lastName}`.toUpperCase(), limit: 50, offset: 0 });
    expect(byName.items.map((s) => s.id)).toContain(someone.id);
    expect(byName.items.every((s) => `${s.lastName} ${s.firstName}`.toLowerCase().includes(someone.lastName.toLowerCase()))).toBe(true);
    const partial = await listStaff(database.db, { search: someone.lastName.slice(0, 3).toLowerCase(), limit: 500, offset: 0 });
    expect(partial.items.map((s) => s.id)).toContain(someone.id);
    const byCollar = await listStaff(database.db, { search: someone.collarNumber.toLowerCase(), limit: 50, offset: 0 });
    expect(byCollar.items.map((s) => s.id)).toEqual([someone.id]);
    expect((await listStaff(database.db, { search: '%', limit: 50, offset: 0 })).total).toBe(0);
    expect((await listStaff(database.db, { search: 'Test User', limit: 50, offset: 0 })).total).toBe(0);
  });

  it('should filter by team, station and rank', async () => {
    const teams = await listTeams(database.db);
    const respA = teams.find((t) => t.code === 'RESP-A')!;
    const inTeam = await listStaff(database.db, { teamId: respA.id, limit: 500, offset: 0 });
    expect(inTeam.total).toBe(respA.memberCount);
    expect(inTeam.items.every((s) => s.teamId === respA.id && s.teamName === 'Response Team A')).toBe(true);
    const stations = await listStations(database.db);
    const snowHill = stations.find((s) => s.name === 'Snow Hill')!;
    const atSnowHill = await listStaff(database.db, { stationId: snowHill.id, limit: 500, offset: 0 });
    expect(atSnowHill.total).toBeGreaterThan(50);
    expect(atSnowHill.items.every((s) => s.stationName === 'Snow Hill')).toBe(true);
    const inspectors = await listStaff(database.db, { rank: 'Inspector', teamId: respA.id, limit: 50, offset: 0 });
    expect(inspectors.total).toBe(1);
  });

  it('should get one person, or undefined', async () => {
    const someone = (await listStaff(database.db, { limit: 1, offset: 5 })).items[0]!;
    expect(await getStaff(database.db, someone.id)).toEqual(someone);
    expect(await getStaff(database.db, '5a1e0a44-8b36-4a4b-9d36-2ad6f0e6f2a1')).toBeUndefined();
  });

  it('should list teams with member counts, stations and beats', async () => {
    const teams = await listTeams(database.db);
    expect(teams.length).toBeGreaterThan(20);
    expect(teams.every((t) => t.memberCount > 0)).toBe(true);
    expect(teams.reduce((n, t) => n + t.memberCount, 0)).toBe((await listStaff(database.db, { limit: 1, offset: 0 })).total);
    expect(teams.find((t) => t.code === 'NBH-RES')).toMatchObject({ kind: 'neighbourhood', neighbourhoodFocus: 'residents' });
    const stations = await listStations(database.db);
    expect(stations.map((s) => s.name)).toEqual(['Bishopsgate', 'Snow Hill', 'Wood Street']);
    expect(stations[0]).toMatchObject({ code: 'BSG', address: '182 Bishopsgate, London', postcode: 'EC2M 4NP', latitude: 51.51773, longitude: -0.07996 });
    const beats = await listBeats(database.db);
    expect(beats).toHaveLength(15);
    expect(beats[0]).toMatchObject({ code: 'CL01', stationId: expect.any(String), neighbourhoodTeam: 'business' });
    expect(typeof beats[0]!.centroidLatitude).toBe('number');
  });

  it('should look up postcodes in and out of the force area', async () => {
    expect(await lookupPostcode(database.db, 'ec2m4np')).toEqual({ postcode: 'EC2M 4NP', latitude: 51.51773, longitude: -0.07996, inForceArea: true, beatCode: 'CL11', beatName: 'Bishopsgate' });
    expect(await lookupPostcode(database.db, 'ec1a 2dp')).toMatchObject({ postcode: 'EC1A 2DP', inForceArea: true });
    expect(await lookupPostcode(database.db, 'SW1A 2AA')).toBeUndefined();
    expect(await lookupPostcode(database.db, 'rubbish')).toBeUndefined();
  });
});
