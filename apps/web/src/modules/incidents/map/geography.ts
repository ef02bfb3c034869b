/**
 * The shipped map geography (GeoJSON, WGS84 [longitude, latitude]) and helpers for drawing it:
 * Leaflet draws it (IncidentMap.tsx); these give its bounds, the shape of the box it fills and where
 * each beat's code goes. The City is about 3 km across, so an equirectangular projection scaled by
 * the cosine of its latitude matches Leaflet's Web Mercator to well under a pixel.
 */
type Position = [number, number];

export type GeographyFeature =
  | { type: 'Feature'; properties: { kind: 'force-area' | 'beat'; code: string; name: string }; geometry: { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] } }
  | { type: 'Feature'; properties: { kind: 'station'; code: string; name: string }; geometry: { type: 'Point'; coordinates: Position } };

export type Geography = { type: 'FeatureCollection'; features: GeographyFeature[] };

export type Bounds = { west: number; south: number; east: number; north: number };

/** A projection onto a box `width` by `height` (y down, north up): its proportions size the map. */
export type Projection = { width: number; height: number; project: (longitude: number, latitude: number) => [number, number] };

/** The bounding box of the polygons, widened by `margin` (a share of each side). */
export function boundsOf(geography: Geography, margin = 0.04): Bounds {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const f of geography.features) {
    if (f.geometry.type === 'Point') continue;
    const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
    for (const ring of rings) {
      for (const [lon, lat] of ring) {
        west = Math.min(west, lon);
        east = Math.max(east, lon);
        south = Math.min(south, lat);
        north = Math.max(north, lat);
      }
    }
  }
  const dx = (east - west) * margin;
  const dy = (north - south) * margin;
  return { west: west - dx, south: south - dy, east: east + dx, north: north + dy };
}

/** Fits the bounds into a viewBox `width` wide, keeping distances true in both directions. */
export function projectionFor(bounds: Bounds, width = 1000): Projection {
  const midLat = ((bounds.north + bounds.south) / 2) * (Math.PI / 180);
  const scale = width / ((bounds.east - bounds.west) * Math.cos(midLat));
  const height = Math.round((bounds.north - bounds.south) * scale);
  return {
    width,
    height,
    project: (longitude, latitude) => [round1((longitude - bounds.west) * Math.cos(midLat) * scale), round1((bounds.north - latitude) * scale)],
  };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Where a polygon's label goes: the mean of its outer rings' vertices (good enough for compact beats). */
export function labelPoint(geometry: Extract<GeographyFeature['geometry'], { type: 'Polygon' | 'MultiPolygon' }>): Position {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const biggest = polygons.map((p) => p[0]!).reduce((a, b) => (b.length > a.length ? b : a));
  const sum = biggest.slice(0, -1).reduce(([x, y], [lon, lat]) => [x + lon, y + lat], [0, 0]);
  const n = biggest.length - 1;
  return [sum[0] / n, sum[1] / n];
}
