import { damerauLevenshtein, jaroWinkler } from '../matching';
import type { PlaceRecord } from './duplicates.repository';

/** Places scored at or above this are proposed as the same place. */
export const PLACE_PROPOSAL_THRESHOLD = 0.6;

/** Street addresses at least this alike (Jaro–Winkler on the normalised street part) count as one written two ways. */
const STREET_ALIKE = 0.9;
/** Given map positions this close (metres) count as the same spot; further than FAR apart contradicts. */
const NEAR_METRES = 30;
const FAR_METRES = 200;

export type PlaceComparison = { probability: number; reasons: string[] };

/** The street part of the normalised key (`flat|floor|street|postcode`, see normalise/address.ts). */
const streetOf = (p: PlaceRecord): string => p.addressKey.split('|')[2] ?? '';
const compact = (postcode: string): string => postcode.replace(/\s+/g, '');

function metresBetween(a: PlaceRecord, b: PlaceRecord): number | undefined {
  if (a.coordinatesSource !== 'given' || b.coordinatesSource !== 'given') return undefined;
  if (a.latitude === null || a.longitude === null || b.latitude === null || b.longitude === null) return undefined;
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

const title = (text: string): string => text.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());

/**
 * Whether two places are the same, from their normalised addresses, postcodes and given map
 * positions; undefined when anything says they are not (different flats, floors, building numbers
 * or postcodes far apart). The live table cannot hold two places with the same normalised key, so
 * what is left are typing slips: a street spelt two ways, a postcode one character out or left off,
 * a flat or building number given on one record only. Each rule carries a fixed confidence (there is
 * no trained model for places): they multiply, and pairs at or above PLACE_PROPOSAL_THRESHOLD are proposed.
 */
export function comparePlaces(x: PlaceRecord, y: PlaceRecord): PlaceComparison | undefined {
  // In id order, so the reasons read the same whichever place was checked.
  const [a, b] = x.id < y.id ? [x, y] : [y, x];
  if (a.flat && b.flat && a.flat !== b.flat) return undefined;
  if (a.floor !== null && b.floor !== null && a.floor !== b.floor) return undefined;
  if (a.buildingNumber && b.buildingNumber && a.buildingNumber !== b.buildingNumber) return undefined;
  const metres = metresBetween(a, b);
  if (metres !== undefined && metres > FAR_METRES) return undefined;
  const near = metres !== undefined && metres <= NEAR_METRES;

  const reasons: string[] = [];
  let probability: number;
  if (a.postcode && b.postcode) {
    if (a.postcode === b.postcode) {
      probability = 0.95;
      reasons.push(`same postcode ${a.postcode}`);
    } else if (damerauLevenshtein(compact(a.postcode), compact(b.postcode)) === 1) {
      probability = 0.85;
      reasons.push(`postcodes one character apart (${a.postcode} / ${b.postcode})`);
    } else if (near) {
      probability = 0.7;
      reasons.push(`different postcodes (${a.postcode} / ${b.postcode})`);
    } else {
      return undefined;
    }
  } else {
    probability = 0.8;
    reasons.push('only one gives a postcode');
  }

  const streetA = streetOf(a);
  const streetB = streetOf(b);
  if (streetA === streetB) {
    reasons.push(`same street address (${title(streetA)})`);
  } else if (jaroWinkler(streetA, streetB) >= STREET_ALIKE) {
    probability *= 0.95;
    reasons.push(`street addresses written alike (${title(streetA)} / ${title(streetB)})`);
  } else if (near) {
    probability *= 0.85;
    reasons.push(`street addresses differ (${title(streetA)} / ${title(streetB)})`);
  } else {
    return undefined;
  }

  if (a.buildingNumber && a.buildingNumber === b.buildingNumber) reasons.push(`same building number ${a.buildingNumber}`);
  else if (a.buildingNumber || b.buildingNumber) {
    probability *= 0.85;
    reasons.push(`only one gives a building number (${a.buildingNumber ?? b.buildingNumber})`);
  }
  // A building and a flat in it are often two places on purpose: a weaker proposal.
  const flat = a.flat ?? b.flat;
  if (flat && !(a.flat && b.flat)) {
    probability *= 0.75;
    reasons.push(`only one names a flat (Flat ${flat})`);
  }
  const floor = a.floor ?? b.floor;
  if (floor !== null && (a.floor === null || b.floor === null)) {
    probability *= 0.85;
    reasons.push('only one names a floor');
  }
  if (metres !== undefined) {
    if (near) probability = Math.min(0.99, probability + 0.03);
    reasons.push(`given map positions ${Math.round(metres)} m apart`);
  }
  probability = Math.round(probability * 1000) / 1000;
  return probability >= PLACE_PROPOSAL_THRESHOLD ? { probability, reasons } : undefined;
}
