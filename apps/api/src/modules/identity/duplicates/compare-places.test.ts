import { describe, expect, it } from 'vitest';
import { normaliseAddress } from '../normalise/address';
import { comparePlaces, PLACE_PROPOSAL_THRESHOLD } from './compare-places';
import type { PlaceRecord } from './duplicates.repository';

let next = 0;
/** A place as the repository reads it, from an address typed as a call handler would. */
function place(text: string, extra: Partial<PlaceRecord> = {}): PlaceRecord {
  const n = normaliseAddress(text, null, (p) => p.toUpperCase().replace(/\s+/g, '').replace(/^(.+)(\d[A-Z]{2})$/, '$1 $2'));
  next++;
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    address: n.display,
    addressKey: n.key,
    searchText: n.searchText,
    flat: n.flat,
    floor: n.floor,
    buildingNumber: n.buildingNumber,
    postcode: n.postcode,
    latitude: null,
    longitude: null,
    coordinatesSource: null,
    ...extra,
  };
}

describe('comparePlaces', () => {
  it('should propose a street spelt two ways at one postcode, saying why', () => {
    const result = comparePlaces(place('12 High Street, London EC2M 4NP'), place('12 Hgih St, London EC2M 4NP'));
    expect(result?.probability).toBeGreaterThanOrEqual(0.9);
    expect(result?.reasons).toEqual(['same postcode EC2M 4NP', 'street addresses written alike (12 High Street / 12 Hgih Street)', 'same building number 12']);
  });

  it('should propose a postcode one character out, and one left off, more weakly than a clean match', () => {
    const slip = comparePlaces(place('7 Cheapside, London EC2V 6AA'), place('7 Cheapside, London EC2V 6AB'))!;
    const missing = comparePlaces(place('7 Cheapside, London EC2V 6AA'), place('7 Cheapside London'))!;
    expect(slip.reasons[0]).toMatch(/^postcodes one character apart/);
    expect(missing.reasons).toContain('only one gives a postcode');
    expect(slip.probability).toBeLessThan(0.95);
    expect(missing.probability).toBeLessThan(slip.probability);
    expect(missing.probability).toBeGreaterThanOrEqual(PLACE_PROPOSAL_THRESHOLD);
  });

  it('should read the same whichever place comes first', () => {
    const a = place('12 High Street, London EC2M 4NP');
    const b = place('12 Hgih Street, London EC2M 4NP');
    expect(comparePlaces(a, b)).toEqual(comparePlaces(b, a));
  });

  it('should not propose different flats, floors, building numbers, or postcodes far apart', () => {
    expect(comparePlaces(place('Flat 1, 7 Cheapside, London EC2V 6AA'), place('Flat 2, 7 Cheapside, London EC2V 6AA'))).toBeUndefined();
    expect(comparePlaces(place('First floor, 7 Cheapside, London EC2V 6AA'), place('Second floor, 7 Cheapside, London EC2V 6AA'))).toBeUndefined();
    expect(comparePlaces(place('12 High Street, London EC2M 4NP'), place('14 High Street, London EC2M 4NP'))).toBeUndefined();
    expect(comparePlaces(place('12 High Street, London EC2M 4NP'), place('12 High Street, London N1 8QT'))).toBeUndefined();
    expect(comparePlaces(place('12 High Street, London EC2M 4NP'), place('3 Bread Street, London EC2M 4NP'))).toBeUndefined();
  });

  it('should weigh a flat given on one record only as a weaker proposal (a building and a flat in it are often two places)', () => {
    const result = comparePlaces(place('Flat 3, 12 High Street, London EC2M 4NP'), place('12 High Street, London EC2M 4NP'))!;
    expect(result.reasons).toContain('only one names a flat (Flat 3)');
    expect(result.probability).toBeCloseTo(0.95 * 0.75, 3);
  });

  it('should use given map positions: close ones support a pair with different postcodes, distant ones rule it out', () => {
    const at = (lat: number, lon: number) => ({ latitude: lat, longitude: lon, coordinatesSource: 'given' });
    const near = comparePlaces(place('12 High Street, London EC2M 4NP', at(51.5154, -0.0865)), place('12 High Street, London EC2M 5QQ', at(51.51545, -0.08655)))!;
    expect(near.reasons).toContain('different postcodes (EC2M 4NP / EC2M 5QQ)');
    expect(near.reasons.at(-1)).toMatch(/^given map positions \d+ m apart$/);
    expect(comparePlaces(place('12 High Street, London EC2M 4NP', at(51.5154, -0.0865)), place('12 High Street, London EC2M 4NP', at(51.53, -0.0865)))).toBeUndefined();
  });
});
