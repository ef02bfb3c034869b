/**
 * The resources for an incident and the recommended officer (pure): which skills the incident
 * needs, how far each on-duty officer is, when they would arrive, and who to send.
 */
import type { OfficerAvailability } from '@bluelamp/contracts/workforce/availability';
import type { Resource } from '@bluelamp/contracts/incidents/dispatch';

/*
 * Skills an incident needs, by grade and by category (the union of both). Codes are the force's
 * skill catalogue (the demo catalogue: response_driving, taser, first_aid, public_order_l3, …); a
 * code the force's catalogue does not have is dropped by the caller, so a force without it is not
 * left with nobody to send.
 *
 * - Immediate: a blue-light response, so the officer must hold response (blue-light) driving.
 * - A person with a weapon: a Taser-trained officer (the armed response itself is a firearms
 *   command decision outside dispatch).
 * - Injury and illness (collapse, injury road collision): police first aid.
 * - Public order and protest: public order level 3 (basic deployment).
 */
export const SKILLS_BY_GRADE: Readonly<Record<string, readonly string[]>> = {
  immediate: ['response_driving'],
};
export const SKILLS_BY_CATEGORY: Readonly<Record<string, readonly string[]>> = {
  weapons: ['taser'],
  'collapse-injury-illness': ['first_aid'],
  'rtc-injury': ['first_aid'],
  'public-order': ['public_order_l3'],
  'protest-demonstration': ['public_order_l3'],
};

/** The skills an incident of this grade and category needs, sorted, without duplicates. */
export function requiredSkillsFor(grade: string, categoryCode: string | null): string[] {
  const all = [...(SKILLS_BY_GRADE[grade] ?? []), ...(categoryCode ? (SKILLS_BY_CATEGORY[categoryCode] ?? []) : [])];
  return [...new Set(all)].sort();
}

/*
 * Who is a resource at all. The roster has the control room on duty too: police staff (call
 * handlers, dispatchers, analysts) are never sent, so they are neither resources nor units. PCSOs
 * are listed (they patrol and can be sent) but recommended only for routine incidents, which need no
 * police powers on arrival.
 */
export const isDeployable = (o: Pick<OfficerAvailability, 'rank'>): boolean => o.rank !== 'Police Staff';
const recommendable = (rank: string, grade: string): boolean => rank !== 'PCSO' || grade === 'routine';

/*
 * Estimated arrival. Officers travel by road, not as the crow flies: the straight-line
 * (great-circle) distance is multiplied by a road factor of 1.4 (a usual detour index for a dense
 * street grid such as the City's). Average speeds: 30 km/h under blue lights (an urban emergency
 * response average, traffic included) for an immediate incident; 20 km/h for anything else
 * (normal driving in City traffic). Plus a minute to get moving (to the vehicle, book the job).
 * A device fix older than POSITION_STALE_MS, or no position at all, gives no estimate: such
 * officers are listed last and never recommended. A station position (the workforce module's
 * stand-in when the device has not reported for hours) is used as it is: the officer is assumed
 * to be at their station.
 */
export const ROAD_FACTOR = 1.4;
export const BLUE_LIGHT_SPEED_MPS = 30_000 / 3600;
export const NORMAL_SPEED_MPS = 20_000 / 3600;
export const TURNOUT_SECONDS = 60;
export const POSITION_STALE_MS = 30 * 60_000;

export function estimateArrivalSeconds(distanceMetres: number, grade: string): number {
  const speed = grade === 'immediate' ? BLUE_LIGHT_SPEED_MPS : NORMAL_SPEED_MPS;
  return Math.round(TURNOUT_SECONDS + (distanceMetres * ROAD_FACTOR) / speed);
}

/** Great-circle distance in metres (haversine, mean Earth radius). */
export function distanceMetres(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export type Point = { latitude: number; longitude: number };

/** Age of a device fix in seconds (null for a station position or none), and whether it is too old to use. */
export function positionAge(position: OfficerAvailability['position'], now: number): { ageSeconds: number | null; stale: boolean } {
  if (!position) return { ageSeconds: null, stale: false };
  if (position.source !== 'device' || !position.at) return { ageSeconds: null, stale: false };
  const age = Math.max(0, now - Date.parse(position.at));
  return { ageSeconds: Math.round(age / 1000), stale: age > POSITION_STALE_MS };
}

/** Distance and ETA from an officer's position to the incident (nulls without a usable position or incident coordinates). */
export function reach(position: OfficerAvailability['position'], incident: Point | null, grade: string, now: number): { distanceMetres: number | null; etaSeconds: number | null } {
  if (!position || !incident) return { distanceMetres: null, etaSeconds: null };
  const distance = distanceMetres(position, incident);
  const { stale } = positionAge(position, now);
  return { distanceMetres: Math.round(distance), etaSeconds: stale ? null : estimateArrivalSeconds(distance, grade) };
}

export type RecommendationResult = {
  items: Resource[];
  recommended: { staffId: string; reason: string } | null;
  noRecommendationReason: string | null;
};

const minutes = (seconds: number) => (seconds < 90 ? '1 minute' : `${Math.round(seconds / 60)} minutes`);
const metres = (m: number) => (m < 1000 ? `${m} m` : `${(m / 1000).toFixed(1)} km`);

/**
 * Every on-duty officer (police staff left out) as a resource for the incident, ranked (those with an ETA nearest first,
 * then the rest by name), and the recommendation: the nearest available officer holding every
 * required skill, with an ETA.
 */
export function recommend(input: {
  incident: { id: string; grade: string; latitude: number | null; longitude: number | null };
  requiredSkills: readonly string[];
  onDuty: readonly OfficerAvailability[];
  assignedHere: ReadonlySet<string>;
  references: ReadonlyMap<string, string>;
  skillNames?: ReadonlyMap<string, string>;
  now: number;
}): RecommendationResult {
  const { incident, requiredSkills, now } = input;
  const point = incident.latitude !== null && incident.longitude !== null ? { latitude: incident.latitude, longitude: incident.longitude } : null;
  const items: Resource[] = input.onDuty.filter(isDeployable).map((o) => {
    const missingSkills = requiredSkills.filter((s) => !o.skills.includes(s));
    const age = positionAge(o.position, now);
    const r = reach(o.position, point, incident.grade, now);
    return {
      staffId: o.staffId,
      collarNumber: o.collarNumber,
      firstName: o.firstName,
      lastName: o.lastName,
      rank: o.rank,
      teamId: o.teamId,
      teamName: o.teamName,
      status: o.status,
      incidentId: o.incidentId,
      incidentReference: o.incidentId ? (input.references.get(o.incidentId) ?? null) : null,
      assignedHere: input.assignedHere.has(o.staffId),
      skills: o.skills,
      meetsSkills: missingSkills.length === 0,
      missingSkills,
      position: o.position,
      positionAgeSeconds: age.ageSeconds,
      positionStale: age.stale,
      distanceMetres: r.distanceMetres,
      etaSeconds: r.etaSeconds,
      available: o.status === 'available',
    };
  });
  items.sort((a, b) => {
    if ((a.etaSeconds === null) !== (b.etaSeconds === null)) return a.etaSeconds === null ? 1 : -1;
    if (a.etaSeconds !== null && b.etaSeconds !== null && a.distanceMetres !== b.distanceMetres) return a.distanceMetres! - b.distanceMetres!;
    return a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName) || a.collarNumber.localeCompare(b.collarNumber);
  });

  const skillText = requiredSkills.length === 0 ? '' : ` with ${requiredSkills.map((s) => input.skillNames?.get(s) ?? s.replaceAll('_', ' ')).join(', ')}`;
  if (!point) return { items, recommended: null, noRecommendationReason: 'The incident has no coordinates: nobody can be recommended by distance' };
  if (items.length === 0) return { items, recommended: null, noRecommendationReason: 'Nobody is on duty' };
  const best = items.find((i) => i.available && i.meetsSkills && i.etaSeconds !== null && recommendable(i.rank, incident.grade));
  if (!best) {
    const reason = !items.some((i) => i.available)
      ? 'Nobody on duty is available'
      : !items.some((i) => i.available && i.meetsSkills)
        ? `No available officer on duty holds the skills needed${skillText.replace(' with', ':')}`
        : `No available officer${skillText} has a recent position`;
    return { items, recommended: null, noRecommendationReason: reason };
  }
  const where = best.position?.source === 'station' ? ' (from their station)' : '';
  return {
    items,
    recommended: { staffId: best.staffId, reason: `Nearest available officer${skillText}: ${metres(best.distanceMetres!)} away${where}, about ${minutes(best.etaSeconds!)}` },
    noRecommendationReason: null,
  };
}
