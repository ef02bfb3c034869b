/**
 * Builds the control-room map's geography, `city-of-london.geo.json` beside this file, from the
 * NSPL postcode centroids the project already ships (apps/api/data/demo/ec-postcodes.csv, or the
 * original `postcodes-ec-nspl/EC.csv` given as the first argument) and the demo force's geography
 * (the force-area outline, the beats as groups of postcode sectors, the three stations).
 *
 *   node --import tsx apps/web/src/modules/incidents/map/build-geography.ts [path/to/EC.csv]
 *
 * - The force area is the outline the workforce module uses to decide which postcodes are in the
 *   force (`FORCE_AREA_OUTLINE`), so the map and the gazetteer never disagree.
 * - Beats have no published boundary. Each is drawn as the cells of a fine grid (about 35 m)
 *   inside the force area whose nearest in-area postcode belongs to the beat (the same sector
 *   grouping as the demo force), smoothed by a majority filter and traced into polygons: a
 *   nearest-postcode partition, approximate by construction.
 * - Stations are points at their postcodes' centroids.
 * Coordinates are WGS84 [longitude, latitude] at 5 decimal places (about 1 m). Deterministic: the
 * same input writes the same file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCsvRecords } from '../../../../../api/src/core/csv';
import { BEAT_DEFINITIONS, FORCE_AREA_OUTLINE, STATIONS, isInForceArea } from '../../../../../api/src/modules/workforce/demo/generate-demo-force';
import type { Geography, GeographyFeature } from './geography';

const here = import.meta.dirname;
const DEFAULT_INPUT = path.resolve(here, '../../../../../api/data/demo/ec-postcodes.csv');
const OUTPUT = path.join(here, 'city-of-london.geo.json');
/** Grid cell size in degrees: about 35 m north–south and 35 m east–west at the City's latitude. */
const CELL_LAT = 0.0003;
const CELL_LON = 0.0005;
const SMOOTHING_ROUNDS = 3;

type Point = { postcode: string; latitude: number; longitude: number };
type Ring = [number, number][];

const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

/** Reads either the shipped form (`postcode,latitude,longitude`, 'EC2M 4NP') or NSPL's (`Postcode,lat,long`, 'EC2M4NP'). */
function readPostcodes(file: string): Point[] {
  return parseCsvRecords(fs.readFileSync(file, 'utf8')).map((r) => {
    const raw = (r.postcode ?? r.Postcode ?? '').replace(/\s+/g, '').toUpperCase();
    return { postcode: `${raw.slice(0, -3)} ${raw.slice(-3)}`, latitude: Number(r.latitude ?? r.lat), longitude: Number(r.longitude ?? r.long) };
  });
}

/** Each in-area postcode's beat, as the demo force assigns them: by sector, else the nearest beat centroid. */
function beatsOfPostcodes(points: Point[]): Map<string, Point[]> {
  const bySector = new Map<string, string>();
  for (const b of BEAT_DEFINITIONS) for (const s of b.sectors) bySector.set(s, b.code);
  const members = new Map<string, Point[]>(BEAT_DEFINITIONS.map((b) => [b.code, []]));
  const unplaced: Point[] = [];
  for (const p of points.filter((q) => isInForceArea(q.latitude, q.longitude))) {
    const code = bySector.get(p.postcode.slice(0, -2));
    if (code) members.get(code)!.push(p);
    else unplaced.push(p);
  }
  const centroid = (ps: Point[]) => ({ latitude: round5(ps.reduce((s, p) => s + p.latitude, 0) / ps.length), longitude: round5(ps.reduce((s, p) => s + p.longitude, 0) / ps.length) });
  const centres = new Map([...members].map(([code, ps]) => [code, centroid(ps)]));
  for (const p of unplaced) {
    let best = '';
    let bestD = Infinity;
    for (const [code, c] of centres) {
      const d = distance2(p, c);
      if (d < bestD) [best, bestD] = [code, d];
    }
    members.get(best)!.push(p);
  }
  return members;
}

/** Squared distance in latitude degrees (longitude scaled by cos latitude): enough to compare. */
function distance2(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  return (a.latitude - b.latitude) ** 2 + ((a.longitude - b.longitude) * Math.cos((a.latitude * Math.PI) / 180)) ** 2;
}

/** Signed area of a ring in (longitude, latitude): positive when anticlockwise. */
function signedArea(ring: Ring): number {
  let s = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    s += x1 * y2 - x2 * y1;
  }
  return s / 2;
}

function insideRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < xi + ((y - yi) * (xj - xi)) / (yj - yi)) inside = !inside;
  }
  return inside;
}

/**
 * Traces the outline of a set of grid cells: every cell side not shared with another cell of the
 * set, each directed with the cell on its left, chained into rings (outer rings anticlockwise,
 * holes clockwise), straight runs merged into one segment.
 */
function traceCells(cells: Set<string>, toLonLat: (col: number, row: number) => [number, number]): Ring[] {
  const edges = new Map<string, string[]>();
  const add = (a: string, b: string) => edges.set(a, [...(edges.get(a) ?? []), b]);
  for (const cell of cells) {
    const [c, r] = cell.split(',').map(Number) as [number, number];
    const has = (dc: number, dr: number) => cells.has(`${c + dc},${r + dr}`);
    if (!has(0, -1)) add(`${c},${r}`, `${c + 1},${r}`);
    if (!has(1, 0)) add(`${c + 1},${r}`, `${c + 1},${r + 1}`);
    if (!has(0, 1)) add(`${c + 1},${r + 1}`, `${c},${r + 1}`);
    if (!has(-1, 0)) add(`${c},${r + 1}`, `${c},${r}`);
  }
  const rings: Ring[] = [];
  for (const start of [...edges.keys()].sort()) {
    while ((edges.get(start)?.length ?? 0) > 0) {
      const vertices: string[] = [start];
      let at = start;
      for (;;) {
        const next = edges.get(at)!.shift()!;
        if (next === start) break;
        vertices.push(next);
        at = next;
      }
      const points = vertices.map((v) => v.split(',').map(Number) as [number, number]);
      // Drop vertices in the middle of a straight run.
      const corners = points.filter((p, i) => {
        const prev = points[(i - 1 + points.length) % points.length]!;
        const next = points[(i + 1) % points.length]!;
        return !((prev[0] === p[0] && p[0] === next[0]) || (prev[1] === p[1] && p[1] === next[1]));
      });
      rings.push(corners.map(([c, r]) => toLonLat(c, r)));
    }
  }
  return rings;
}

/** Rings to GeoJSON polygons: each hole (clockwise) goes with the outer ring that contains it. */
function toPolygons(rings: Ring[]): Ring[][] {
  const outers = rings.filter((r) => signedArea(r) > 0).map((r) => [r]);
  for (const hole of rings.filter((r) => signedArea(r) < 0)) {
    const [x, y] = hole[0]!;
    const owner = outers.find((p) => insideRing(x + 1e-9, y + 1e-9, p[0]!)) ?? outers[0];
    owner?.push(hole);
  }
  return outers.map((polygon) => polygon.map((ring) => [...ring, ring[0]!]));
}

export function buildGeography(points: Point[]): Geography {
  const members = beatsOfPostcodes(points);
  const inArea = [...members].flatMap(([code, ps]) => ps.map((p) => ({ ...p, code })));
  const lats = FORCE_AREA_OUTLINE.map(([lat]) => lat);
  const lons = FORCE_AREA_OUTLINE.map(([, lon]) => lon);
  const south = Math.min(...lats);
  const west = Math.min(...lons);
  const rows = Math.ceil((Math.max(...lats) - south) / CELL_LAT);
  const cols = Math.ceil((Math.max(...lons) - west) / CELL_LON);
  const toLonLat = (col: number, row: number): [number, number] => [round5(west + col * CELL_LON), round5(south + row * CELL_LAT)];

  // Each cell inside the force area takes the beat of its nearest in-area postcode.
  const codes = BEAT_DEFINITIONS.map((b) => b.code);
  let grid: number[] = new Array<number>(rows * cols).fill(-1);
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const centre = { latitude: south + (row + 0.5) * CELL_LAT, longitude: west + (col + 0.5) * CELL_LON };
      if (!isInForceArea(centre.latitude, centre.longitude)) continue;
      let best = inArea[0]!;
      let bestD = Infinity;
      for (const p of inArea) {
        const d = distance2(centre, p);
        if (d < bestD) [best, bestD] = [p, d];
      }
      grid[row * cols + col] = codes.indexOf(best.code);
    }
  }
  // Postcode centroids are lumpy (one building may hold many), so the raw partition is ragged with
  // specks of one beat inside another: a few rounds of a majority filter (the most common beat in
  // each cell's 5×5 neighbourhood, a tie keeping the cell's own) smooth the lines and absorb specks.
  for (let round = 0; round < SMOOTHING_ROUNDS; round++) {
    const next = grid.slice();
    for (let row = 0; row < rows; row++) {
      for (let col = 0; col < cols; col++) {
        const own = grid[row * cols + col]!;
        if (own === -1) continue;
        const votes = new Map<number, number>();
        for (let dr = -2; dr <= 2; dr++) {
          for (let dc = -2; dc <= 2; dc++) {
            const r = row + dr;
            const c = col + dc;
            if (r < 0 || c < 0 || r >= rows || c >= cols) continue;
            const beat = grid[r * cols + c]!;
            if (beat !== -1) votes.set(beat, (votes.get(beat) ?? 0) + 1);
          }
        }
        let winner = own;
        for (const [beat, n] of votes) if (n > (votes.get(winner) ?? 0)) winner = beat;
        next[row * cols + col] = winner;
      }
    }
    grid = next;
  }
  const cellsOf = new Map<string, Set<string>>(codes.map((code) => [code, new Set()]));
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const beat = grid[row * cols + col]!;
      if (beat !== -1) cellsOf.get(codes[beat]!)!.add(`${col},${row}`);
    }
  }

  const coordinates = new Map(points.map((p) => [p.postcode, p]));
  const outline: Ring = FORCE_AREA_OUTLINE.map(([lat, lon]) => [lon, lat]);
  if (signedArea(outline) < 0) outline.reverse();
  const features: GeographyFeature[] = [
    { type: 'Feature', properties: { kind: 'force-area', code: 'CITY', name: 'City of London' }, geometry: { type: 'Polygon', coordinates: [[...outline, outline[0]!]] } },
    ...BEAT_DEFINITIONS.map((b): GeographyFeature => ({
      type: 'Feature',
      properties: { kind: 'beat', code: b.code, name: b.name },
      geometry: { type: 'MultiPolygon', coordinates: toPolygons(traceCells(cellsOf.get(b.code)!, toLonLat)) },
    })),
    ...STATIONS.map((s): GeographyFeature => {
      const at = coordinates.get(s.postcode);
      if (!at) throw new Error(`station ${s.name}: postcode ${s.postcode} is not in the postcode data`);
      return { type: 'Feature', properties: { kind: 'station', code: s.code, name: s.name }, geometry: { type: 'Point', coordinates: [round5(at.longitude), round5(at.latitude)] } };
    }),
  ];
  return { type: 'FeatureCollection', features };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const input = process.argv[2] ? path.resolve(process.argv[2]) : DEFAULT_INPUT;
  const geography = buildGeography(readPostcodes(input));
  const text = `${JSON.stringify(geography)}\n`;
  fs.writeFileSync(OUTPUT, text);
  const beats = geography.features.filter((f) => f.properties.kind === 'beat').length;
  console.log(`wrote ${path.relative(process.cwd(), OUTPUT)}: ${beats} beats, ${(text.length / 1024).toFixed(1)} KB`);
}
