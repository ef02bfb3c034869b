import { describe, expect, it } from 'vitest';
import type { OfficerAvailability } from '@bluelamp/contracts/workforce/availability';
import { estimateArrivalSeconds, positionAge, recommend, requiredSkillsFor } from './recommend';

const NOW = Date.parse('2026-11-29T10:00:00Z');
const SCENE = { latitude: 51.5095, longitude: -0.0775 };
const INCIDENT = { id: '00000000-0000-4000-8000-0000000000aa', grade: 'immediate', ...SCENE };

let n = 0;
function officer(over: Partial<OfficerAvailability> & { metresNorth?: number; fixAgoMs?: number | null }): OfficerAvailability {
  const { metresNorth = 100, fixAgoMs = 60_000, ...rest } = over;
  n += 1;
  return {
    staffId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    collarNumber: `C${n}`,
    firstName: 'Test',
    lastName: `Officer ${n}`,
    rank: 'Constable',
    roleTitle: 'Response officer',
    teamId: null,
    teamName: null,
    status: 'available',
    onDuty: true,
    rostered: true,
    bookedOn: false,
    dutyStartsAt: null,
    dutyEndsAt: null,
    incidentId: null,
    position:
      fixAgoMs === null
        ? null
        : { latitude: SCENE.latitude + metresNorth / 111_195, longitude: SCENE.longitude, at: new Date(NOW - fixAgoMs).toISOString(), source: 'device' },
    distanceMetres: null,
    skills: ['response_driving'],
    version: 1,
    ...rest,
  };
}

const run = (onDuty: OfficerAvailability[], incident = INCIDENT, requiredSkills = ['response_driving']) =>
  recommend({ incident, requiredSkills, onDuty, assignedHere: new Set(), references: new Map(), now: NOW });

describe('required skills (pure)', () => {
  it('should need response driving for an immediate incident, and a Taser officer for a weapon', () => {
    expect(requiredSkillsFor('immediate', 'violence')).toEqual(['response_driving']);
    expect(requiredSkillsFor('immediate', 'weapons')).toEqual(['response_driving', 'taser']);
    expect(requiredSkillsFor('scheduled', 'public-order')).toEqual(['public_order_l3']);
    expect(requiredSkillsFor('routine', 'theft')).toEqual([]);
    expect(requiredSkillsFor('routine', null)).toEqual([]);
  });
});

describe('estimated arrival (pure)', () => {
  it('should take the road factor, the blue-light speed for immediate, and a minute to turn out', () => {
    // 1 km straight: 1.4 km by road at 30 km/h is 168 s, plus 60 s.
    expect(estimateArrivalSeconds(1000, 'immediate')).toBe(228);
    // At 20 km/h otherwise: 252 s plus 60 s.
    expect(estimateArrivalSeconds(1000, 'scheduled')).toBe(312);
    expect(estimateArrivalSeconds(0, 'immediate')).toBe(60);
  });
  it('should age only device fixes, and call one older than 30 minutes stale', () => {
    expect(positionAge({ latitude: 1, longitude: 1, at: new Date(NOW - 120_000).toISOString(), source: 'device' }, NOW)).toEqual({ ageSeconds: 120, stale: false });
    expect(positionAge({ latitude: 1, longitude: 1, at: new Date(NOW - 31 * 60_000).toISOString(), source: 'device' }, NOW).stale).toBe(true);
    expect(positionAge({ latitude: 1, longitude: 1, at: null, source: 'station' }, NOW)).toEqual({ ageSeconds: null, stale: false });
    expect(positionAge(null, NOW)).toEqual({ ageSeconds: null, stale: false });
  });
});

describe('recommendation (pure)', () => {
  it('should recommend the nearest available officer with the skill, skipping committed, on refreshment and unskilled ones', () => {
    const committed = officer({ metresNorth: 10, status: 'committed', incidentId: '00000000-0000-4000-8000-0000000000bb' });
    const resting = officer({ metresNorth: 20, status: 'refreshment' });
    const unskilled = officer({ metresNorth: 30, skills: ['first_aid'] });
    const far = officer({ metresNorth: 900 });
    const near = officer({ metresNorth: 300 });
    const r = run([far, unskilled, near, resting, committed]);
    expect(r.recommended?.staffId).toBe(near.staffId);
    expect(r.recommended?.reason).toMatch(/^Nearest available officer with response driving: 300 m away, about 2 minutes$/);
    expect(r.items.map((i) => i.staffId)).toEqual([committed, resting, unskilled, near, far].map((o) => o.staffId));
    expect(r.items[2]).toMatchObject({ meetsSkills: false, missingSkills: ['response_driving'], available: true });
    expect(r.items[0]).toMatchObject({ available: false, status: 'committed' });
  });

  it('should give a stale or missing position no ETA, rank it last and never recommend it', () => {
    const stale = officer({ metresNorth: 5, fixAgoMs: 45 * 60_000 });
    const none = officer({ fixAgoMs: null });
    const ok = officer({ metresNorth: 2000 });
    const r = run([none, stale, ok]);
    expect(r.recommended?.staffId).toBe(ok.staffId);
    expect(r.items[0]!.staffId).toBe(ok.staffId);
    expect(new Set(r.items.slice(1).map((i) => i.staffId))).toEqual(new Set([none.staffId, stale.staffId]));
    const staleItem = r.items.find((i) => i.staffId === stale.staffId)!;
    expect(staleItem).toMatchObject({ etaSeconds: null, positionStale: true, positionAgeSeconds: 2700 });
    expect(staleItem.distanceMetres).toBe(5);
    expect(run([stale, none]).recommended).toBeNull();
    expect(run([stale, none]).noRecommendationReason).toBe('No available officer with response driving has a recent position');
  });

  it('should leave police staff out, and recommend a PCSO only for a routine incident', () => {
    const handler = officer({ metresNorth: 1, rank: 'Police Staff', roleTitle: 'Call handler', skills: [] });
    const pcso = officer({ metresNorth: 5, rank: 'PCSO', roleTitle: 'Police community support officer', skills: [] });
    const constable = officer({ metresNorth: 500, skills: [] });
    const scheduled = run([handler, pcso, constable], { ...INCIDENT, grade: 'scheduled' }, []);
    expect(scheduled.items.map((i) => i.staffId)).toEqual([pcso.staffId, constable.staffId]);
    expect(scheduled.recommended?.staffId).toBe(constable.staffId);
    expect(run([handler, pcso, constable], { ...INCIDENT, grade: 'routine' }, []).recommended?.staffId).toBe(pcso.staffId);
  });

  it('should recommend nobody, with a reason, for an incident without coordinates or when nobody fits', () => {
    const a = officer({});
    const noPlace = run([a], { ...INCIDENT, latitude: null, longitude: null } as never);
    expect(noPlace.recommended).toBeNull();
    expect(noPlace.noRecommendationReason).toMatch(/no coordinates/);
    expect(noPlace.items[0]).toMatchObject({ staffId: a.staffId, distanceMetres: null, etaSeconds: null });
    expect(run([officer({ skills: [] })]).noRecommendationReason).toBe('No available officer on duty holds the skills needed: response driving');
    expect(run([officer({ status: 'committed' })]).noRecommendationReason).toBe('Nobody on duty is available');
    expect(run([]).noRecommendationReason).toBe('Nobody is on duty');
  });
});
