import { describe, it, expect } from 'vitest';
import { normalisePostcode } from '../workforce.repository';
import {
  BEAT_DEFINITIONS,
  capitaliseName,
  demoId,
  generateDemoForce,
  isInForceArea,
  mulberry32,
  rankLevel,
  type DemoForce,
} from './generate-demo-force';
import { readDemoSourceData } from './seed-demo-force';

const data = readDemoSourceData();
const force = generateDemoForce(data);
const teamByCode = new Map(force.teams.map((t) => [t.code, t]));
const membersOf = (code: string) => force.staff.filter((s) => s.teamId === teamByCode.get(code)!.id);

describe('capitaliseName', () => {
  it('should capitalise plain, Mc, Mac, O\' and hyphenated names', () => {
    expect(capitaliseName('smith')).toBe('Smith');
    expect(capitaliseName('mcdonald')).toBe('McDonald');
    expect(capitaliseName('obrien')).toBe("O'Brien");
    expect(capitaliseName("o'mari")).toBe("O'Mari");
    expect(capitaliseName('macleod')).toBe('MacLeod');
    expect(capitaliseName('isla-rose')).toBe('Isla-Rose');
    expect(capitaliseName('smith-jones')).toBe('Smith-Jones');
  });
  it('should leave names that only look like prefixes alone', () => {
    expect(capitaliseName('oliver')).toBe('Oliver');
    expect(capitaliseName('osborne')).toBe('Osborne');
    expect(capitaliseName('mackay')).toBe('Mackay');
    expect(capitaliseName('mace')).toBe('Mace');
    expect(capitaliseName('mc')).toBe('Mc');
  });
});

describe('helpers', () => {
  it('should give the same PRNG sequence for the same seed', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const xs = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
  it('should make stable version-5 UUIDs', () => {
    expect(demoId('staff/1CP')).toBe(demoId('staff/1CP'));
    expect(demoId('staff/1CP')).not.toBe(demoId('staff/2CP'));
    expect(demoId('staff/1CP')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
  it('should put the City inside the force area and its neighbours outside', () => {
    expect(isInForceArea(51.51414, -0.08905)).toBe(true); // Bank junction
    expect(isInForceArea(51.5202, -0.0972)).toBe(true); // Barbican
    expect(isInForceArea(51.5323, -0.1058)).toBe(false); // Angel, Islington
    expect(isInForceArea(51.5081, -0.0759)).toBe(false); // Tower of London
    expect(isInForceArea(51.5174, -0.1184)).toBe(false); // Holborn station, Camden
    expect(isInForceArea(51.5055, -0.0865)).toBe(false); // London Bridge station, Southwark
  });
});

describe('generateDemoForce', () => {
  it('should be deterministic', () => {
    const again: DemoForce = generateDemoForce(data);
    expect(again).toEqual(force);
    expect(generateDemoForce(data, { seed: 2 }).staff.map((s) => s.lastName)).not.toEqual(force.staff.map((s) => s.lastName));
  });

  it('should place the three real stations, in the force area', () => {
    expect(force.stations.map((s) => `${s.name} ${s.postcode}`)).toEqual(['Bishopsgate EC2M 4NP', 'Snow Hill EC1A 2DP', 'Wood Street EC2P 2NQ']);
    for (const s of force.stations) expect(isInForceArea(s.latitude, s.longitude)).toBe(true);
  });

  it('should give every EC postcode, with each one in the force area on a beat', () => {
    expect(force.postcodes).toHaveLength(12_637);
    expect(force.postcodes.every((p) => normalisePostcode(p.postcode) === p.postcode)).toBe(true);
    const inArea = force.postcodes.filter((p) => p.inForceArea);
    expect(inArea.length).toBeGreaterThan(6000);
    expect(inArea.length).toBeLessThan(7500);
    expect(inArea.every((p) => p.beatId !== null)).toBe(true);
    expect(force.postcodes.filter((p) => !p.inForceArea).every((p) => p.beatId === null)).toBe(true);
    // EC1V is Islington: none of it is the City.
    expect(force.postcodes.filter((p) => p.postcode.startsWith('EC1V')).some((p) => p.inForceArea)).toBe(false);
  });

  it('should make 10 to 16 beats, each with postcodes and a station, centred in the City', () => {
    expect(force.beats.length).toBe(BEAT_DEFINITIONS.length);
    expect(force.beats.length).toBeGreaterThanOrEqual(10);
    expect(force.beats.length).toBeLessThanOrEqual(16);
    const stationIds = new Set(force.stations.map((s) => s.id));
    for (const b of force.beats) {
      expect(force.postcodes.filter((p) => p.beatId === b.id).length).toBeGreaterThan(100);
      expect(stationIds.has(b.stationId)).toBe(true);
      expect(isInForceArea(b.centroidLatitude, b.centroidLongitude)).toBe(true);
    }
    expect(new Set(force.beats.map((b) => b.neighbourhoodTeam))).toEqual(new Set(['business', 'residents', 'engagement']));
  });

  it('should make about 800 officers and staff, mostly officers, with unique collar numbers and emails', () => {
    expect(force.staff.length).toBeGreaterThanOrEqual(760);
    expect(force.staff.length).toBeLessThanOrEqual(840);
    const officers = force.staff.filter((s) => s.isPoliceOfficer).length;
    expect(officers / force.staff.length).toBeGreaterThan(0.6);
    expect(officers / force.staff.length).toBeLessThan(0.75);
    expect(new Set(force.staff.map((s) => s.collarNumber)).size).toBe(force.staff.length);
    expect(new Set(force.staff.map((s) => s.email)).size).toBe(force.staff.length);
    expect(force.staff.every((s) => /^(\d{3}CP|S\d{5})$/.test(s.collarNumber))).toBe(true);
  });

  it('should draw realistic names, not placeholders', () => {
    expect(force.staff.some((s) => `${s.firstName} ${s.lastName}` === 'Test User')).toBe(false);
    expect(force.staff.every((s) => /^[A-Z][A-Za-z'-]+$/.test(s.firstName) && /^[A-Z][A-Za-z'-]+$/.test(s.lastName))).toBe(true);
    // Drawn by frequency: common surnames recur, and there is plenty of variety.
    expect(new Set(force.staff.map((s) => s.lastName)).size).toBeGreaterThan(350);
    expect(force.staff.filter((s) => s.lastName === 'Smith').length).toBeGreaterThan(3);
  });

  it('should build a rank pyramid', () => {
    const count = (...ranks: string[]) => force.staff.filter((s) => ranks.includes(s.rank)).length;
    const constables = count('Police Constable', 'Detective Constable');
    const sergeants = count('Sergeant', 'Detective Sergeant');
    const inspectors = count('Inspector', 'Detective Inspector');
    expect(constables).toBeGreaterThan(3 * sergeants);
    expect(sergeants).toBeGreaterThan(2 * inspectors);
    expect(inspectors).toBeGreaterThan(count('Chief Inspector'));
    expect(count('Chief Inspector')).toBeGreaterThanOrEqual(count('Superintendent'));
    expect(count('Commander')).toBe(2);
  });

  it('should have five response teams of 25 to 30 constables, each with sergeants and one inspector', () => {
    const response = force.teams.filter((t) => t.kind === 'response');
    expect(response.map((t) => t.name)).toEqual(['A', 'B', 'C', 'D', 'E'].map((l) => `Response Team ${l}`));
    for (const t of response) {
      const people = membersOf(t.code);
      const pcs = people.filter((s) => s.rank === 'Police Constable').length;
      expect(pcs).toBeGreaterThanOrEqual(25);
      expect(pcs).toBeLessThanOrEqual(30);
      expect(people.filter((s) => s.rank === 'Sergeant').length).toBeGreaterThanOrEqual(3);
      expect(people.filter((s) => s.rank === 'Inspector').length).toBe(1);
    }
  });

  it('should have the three neighbourhood teams, CID, the crime management unit and five control-room watches', () => {
    expect(force.teams.filter((t) => t.kind === 'neighbourhood').map((t) => t.neighbourhoodFocus)).toEqual(['business', 'residents', 'engagement']);
    expect(force.teams.filter((t) => t.kind === 'cid').length).toBeGreaterThanOrEqual(2);
    expect(force.teams.filter((t) => t.kind === 'crime_management_unit').length).toBe(1);
    const watches = force.teams.filter((t) => t.kind === 'control_room');
    expect(watches).toHaveLength(5);
    for (const w of watches) {
      const titles = new Set(membersOf(w.code).map((s) => s.roleTitle));
      expect(titles.has('Call handler') && titles.has('Dispatcher')).toBe(true);
    }
    for (const t of force.teams) expect(membersOf(t.code).length).toBeGreaterThan(0);
  });

  it('should give everyone but the two commanders a line manager who outranks them or supervises staff', () => {
    const byId = new Map(force.staff.map((s) => [s.id, s]));
    const seen = new Set<string>();
    for (const s of force.staff) {
      // Managers come first, so inserting in order never breaks the foreign key.
      if (s.lineManagerId) expect(seen.has(s.lineManagerId)).toBe(true);
      seen.add(s.id);
      if (!s.lineManagerId) {
        expect(s.rank).toBe('Commander');
        continue;
      }
      const manager = byId.get(s.lineManagerId)!;
      if (s.isPoliceOfficer) expect(rankLevel(manager.rank)).toBeGreaterThan(rankLevel(s.rank));
      else if (manager.rank === 'Police Staff') expect(manager.roleTitle).toMatch(/supervisor|manager|head|principal|registrar/i);
      else expect(rankLevel(manager.rank)).toBeGreaterThanOrEqual(2);
      // An officer is never managed by police staff.
      if (s.isPoliceOfficer) expect(manager.isPoliceOfficer).toBe(true);
    }
  });

  it('should manage officers within their own team where the team has a supervisor', () => {
    for (const t of force.teams.filter((x) => x.kind === 'response')) {
      for (const s of membersOf(t.code).filter((x) => x.rank !== 'Inspector')) {
        expect(force.staff.find((m) => m.id === s.lineManagerId)!.teamId).toBe(t.id);
      }
    }
  });

  it('should pick a fitting person for each of the twelve demo accounts', () => {
    const byUser = new Map(force.demoUsers.map((u) => [u.username, force.staff.find((s) => s.id === u.staffId)!]));
    expect([...byUser.keys()]).toEqual([
      'demo.callhandler',
      'demo.dispatcher',
      'demo.response',
      'demo.neighbourhood',
      'demo.detective',
      'demo.cmu',
      'demo.supervisor',
      'demo.senior',
      'demo.registrar',
      'demo.offender',
      'demo.analyst',
      'demo.admin',
    ]);
    expect(byUser.get('demo.callhandler')!.roleTitle).toBe('Call handler');
    expect(byUser.get('demo.dispatcher')!.roleTitle).toBe('Dispatcher');
    expect(byUser.get('demo.response')!.rank).toBe('Police Constable');
    expect(byUser.get('demo.detective')!.rank).toBe('Detective Constable');
    expect(byUser.get('demo.supervisor')!.rank).toBe('Sergeant');
    expect(byUser.get('demo.supervisor')!.id).toBe(byUser.get('demo.response')!.lineManagerId);
    expect(rankLevel(byUser.get('demo.senior')!.rank)).toBeGreaterThanOrEqual(5);
    expect(byUser.get('demo.registrar')!.roleTitle).toBe('Force crime registrar');
    expect(byUser.get('demo.analyst')!.roleTitle).toBe('Analyst');
    for (const u of force.demoUsers) {
      const s = byUser.get(u.username)!;
      expect(u.displayName).toBe(`${s.firstName} ${s.lastName} (${s.rank})`);
    }
  });
});
