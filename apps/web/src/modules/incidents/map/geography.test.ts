import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundsOf, labelPoint, projectionFor, type Geography } from './geography';

const file = path.join(import.meta.dirname, 'city-of-london.geo.json');
const geography = JSON.parse(fs.readFileSync(file, 'utf8')) as Geography;

function inside([x, y]: [number, number], ring: [number, number][]): boolean {
  let result = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < xi + ((y - yi) * (xj - xi)) / (yj - yi)) result = !result;
  }
  return result;
}

describe('the shipped City of London geography', () => {
  it('should hold the force area, its 15 beats and 3 stations, and stay small', () => {
    const kinds = geography.features.map((f) => f.properties.kind);
    expect(kinds.filter((k) => k === 'force-area')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'beat')).toHaveLength(15);
    expect(geography.features.filter((f) => f.properties.kind === 'station').map((f) => f.properties.name)).toEqual(['Bishopsgate', 'Snow Hill', 'Wood Street']);
    expect(fs.statSync(file).size).toBeLessThan(200 * 1024);
  });

  it('should put every station and every beat inside the force area', () => {
    const area = geography.features.find((f) => f.properties.kind === 'force-area')!;
    if (area.geometry.type !== 'Polygon') throw new Error('the force area is one polygon');
    const outline = area.geometry.coordinates[0]!;
    for (const f of geography.features) {
      if (f.geometry.type === 'Point') expect(inside(f.geometry.coordinates, outline), f.properties.name).toBe(true);
      if (f.properties.kind === 'beat' && f.geometry.type === 'MultiPolygon') {
        expect(f.geometry.coordinates.length, f.properties.code).toBeGreaterThan(0);
        // A beat's cells lie inside the outline, so a vertex of its ring is never far outside it.
        const [lon, lat] = f.geometry.coordinates[0]![0]![0]!;
        expect(lon).toBeGreaterThan(-0.12);
        expect(lat).toBeGreaterThan(51.5);
      }
    }
  });
});

describe('projectionFor', () => {
  it('should put north at the top and keep east–west and north–south distances alike', () => {
    const bounds = { west: -0.1, south: 51.5, east: -0.08, north: 51.52 };
    const p = projectionFor(bounds, 1000);
    expect(p.project(-0.1, 51.52)).toEqual([0, 0]);
    const [x, y] = p.project(-0.08, 51.5);
    expect(x).toBe(1000);
    expect(Math.abs(y - p.height)).toBeLessThan(1);
    // 0.02° of latitude is about 2.22 km; 0.02° of longitude at 51.51° about 1.38 km.
    expect(p.height / p.width).toBeCloseTo(2.224 / 1.384, 1);
  });

  it('should fit the shipped force area in a box wider than it is tall', () => {
    const p = projectionFor(boundsOf(geography));
    expect(p.width).toBe(1000);
    expect(p.height).toBeGreaterThan(400);
    expect(p.height).toBeLessThan(1000);
  });
});

describe('labelPoint', () => {
  it('should put each beat code inside the force area bounds', () => {
    const b = boundsOf(geography, 0);
    for (const f of geography.features) {
      if (f.properties.kind !== 'beat' || f.geometry.type === 'Point') continue;
      const [lon, lat] = labelPoint(f.geometry);
      expect(lon, f.properties.code).toBeGreaterThan(b.west);
      expect(lon, f.properties.code).toBeLessThan(b.east);
      expect(lat, f.properties.code).toBeGreaterThan(b.south);
      expect(lat, f.properties.code).toBeLessThan(b.north);
    }
  });
});
