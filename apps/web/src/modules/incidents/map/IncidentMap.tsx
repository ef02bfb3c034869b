import { memo, useEffect, useMemo, useRef, useState } from 'react';
import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import geographyJson from './city-of-london.geo.json';
import { boundsOf, labelPoint, projectionFor, type Geography, type GeographyFeature } from './geography';
import './map.css';

const geography = geographyJson as unknown as Geography;
const bounds = boundsOf(geography, 0.02);
/** Width over height of the force area on screen: the map's box keeps it, so the fit leaves no wide margins. */
const projection = projectionFor(bounds);
const ASPECT = `${projection.width} / ${projection.height}`;
const FORCE_BOUNDS = L.latLngBounds([bounds.south, bounds.west], [bounds.north, bounds.east]);
/** How far the map may be dragged and zoomed out: the City and a margin, never the rest of the world. */
const MAX_BOUNDS = FORCE_BOUNDS.pad(0.6);
const MIN_ZOOM = 13;
const MAX_ZOOM = 18;
const ATTRIBUTION = 'Contains OS data © Crown copyright and database right; Royal Mail; ONS';

export type MapIncident = { id: string; reference: string; grade: string; gradeName: string; status: string; latitude: number | null; longitude: number | null };
export type MapUnit = { staffId: string; label: string; status: 'available' | 'committed' | 'refreshment' | 'off_duty'; latitude: number; longitude: number };

type IncidentMapProps = {
  incidents: readonly MapIncident[];
  units: readonly MapUnit[];
  selectedId?: string | undefined;
  onSelect?: (id: string) => void;
  /** The map's accessible name. */
  label?: string;
};

const GRADE_CLASS: Record<string, string> = { immediate: 'map-grade-immediate', scheduled: 'map-grade-scheduled', routine: 'map-grade-routine' };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The static layers: beats and the force area (overlay pane), beat codes and stations (their own pane
 * above the shapes and below the officers, who often stand at a station). Added once when the map is made.
 */
function addBaseLayers(map: L.Map): void {
  map.createPane('map-stations').style.zIndex = '450';
  const polygons = (kind: 'beat' | 'force-area', className: string, weight: number) =>
    L.geoJSON(geography as GeoJSON.FeatureCollection, {
      filter: (f) => (f.properties as GeographyFeature['properties']).kind === kind,
      style: () => ({ className, weight, opacity: 1, fill: kind === 'beat', fillOpacity: 1, interactive: false }),
      interactive: false,
    }).addTo(map);
  polygons('beat', 'map-beat', 0.8);
  polygons('force-area', 'map-force-area', 2.5);
  for (const f of geography.features) {
    if (f.properties.kind === 'beat' && f.geometry.type !== 'Point') {
      const [lon, lat] = labelPoint(f.geometry);
      L.marker([lat, lon], { pane: 'map-stations', icon: L.divIcon({ className: 'map-beat-label', html: escapeHtml(f.properties.code), iconSize: [40, 16] }), interactive: false, keyboard: false }).addTo(map);
    }
  }
  L.geoJSON(geography as GeoJSON.FeatureCollection, {
    filter: (f) => (f.properties as GeographyFeature['properties']).kind === 'station',
    pointToLayer: (f, latlng) =>
      L.marker(latlng, {
        pane: 'map-stations',
        icon: L.divIcon({ className: 'map-station', html: `<span class="map-station-square"></span><span class="map-station-name">${escapeHtml(String(f.properties?.name ?? ''))}</span>`, iconSize: [14, 14] }),
        interactive: false,
        keyboard: false,
      }),
  }).addTo(map);
}

function incidentIcon(i: MapIncident, selected: boolean): L.DivIcon {
  const classes = ['map-incident', GRADE_CLASS[i.grade] ?? 'map-grade-other', selected ? 'map-selected' : ''].filter(Boolean).join(' ');
  const title = `${i.reference}: ${i.gradeName}, ${i.status.replace(/_/g, ' ')}`;
  return L.divIcon({
    className: 'map-incident-icon',
    html: `<div class="${classes}" data-incident-id="${escapeHtml(i.id)}" data-grade="${escapeHtml(i.grade)}" title="${escapeHtml(title)}">${escapeHtml(i.gradeName.charAt(0))}</div>`,
    iconSize: [22, 22],
  });
}

type Live = { map: L.Map; unitRenderer: L.Renderer; incidents: L.LayerGroup; units: L.LayerGroup; incidentMarkers: Map<string, { marker: L.Marker; key: string; selectable: boolean }>; unitMarkers: Map<string, { marker: L.CircleMarker; key: string }> };

/**
 * The City of London with incidents (circles coloured and lettered by grade) and on-duty officers
 * (dots by status), drawn by Leaflet (SVG renderer, no WebGL) from the geography shipped with the
 * project: no tile layer, no network, nothing to load but this chunk. Drag and scroll to pan and zoom
 * down to a street; clicking an incident selects it. The map itself is one image with a summary (the
 * queue beside it is the keyboard route to the same incidents), so nothing inside it takes focus:
 * the zoom buttons are ordinary buttons under it.
 * The Leaflet map is made once per mount and removed on unmount; new incidents, units or another
 * selection only update its two marker groups. Memoised: the board's 1 s tick does not touch it.
 */
export const IncidentMap = memo(function IncidentMap({ incidents, units, selectedId, onSelect, label = 'Map of incidents and officers' }: IncidentMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const live = useRef<Live | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const selectable = onSelect !== undefined;
  const [zoom, setZoom] = useState({ atMin: false, atMax: false });

  useEffect(() => {
    const element = container.current!;
    const map = L.map(element, {
      // SVG, not canvas or WebGL: crisp at any zoom, styled by the stylesheet, fine without a GPU.
      renderer: L.svg({ padding: 0.5 }),
      preferCanvas: false,
      attributionControl: false,
      zoomControl: false,
      keyboard: false,
      zoomSnap: 0.25,
      zoomDelta: 0.5,
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      maxBounds: MAX_BOUNDS,
      maxBoundsViscosity: 1,
    });
    L.control.attribution({ prefix: false }).addAttribution(ATTRIBUTION).addTo(map);
    map.fitBounds(FORCE_BOUNDS, { animate: false });
    const onZoom = () => {
      const z = map.getZoom();
      setZoom({ atMin: z <= map.getMinZoom(), atMax: z >= map.getMaxZoom() });
    };
    map.on('zoomend', onZoom);
    onZoom();
    addBaseLayers(map);
    // Officers in a pane of their own over the stations; incidents (the marker pane) stay on top.
    map.createPane('map-units').style.zIndex = '500';
    const unitRenderer = L.svg({ pane: 'map-units', padding: 0.5 });
    live.current = { map, unitRenderer, units: L.layerGroup().addTo(map), incidents: L.layerGroup().addTo(map), incidentMarkers: new Map(), unitMarkers: new Map() };
    // The board's columns change width with the window: keep Leaflet's idea of its size current.
    const resize = new ResizeObserver(() => map.invalidateSize({ pan: false }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      map.remove();
      live.current = null;
    };
  }, []);

  const placed = useMemo(() => incidents.filter((i) => i.latitude !== null && i.longitude !== null), [incidents]);

  useEffect(() => {
    const state = live.current;
    if (!state) return;
    const seen = new Set<string>();
    for (const i of placed) {
      seen.add(i.id);
      const selected = i.id === selectedId;
      const key = [i.reference, i.grade, i.gradeName, i.status, selected].join('|');
      const latLng: L.LatLngTuple = [i.latitude!, i.longitude!];
      const existing = state.incidentMarkers.get(i.id);
      if (existing && existing.selectable === selectable) {
        const at = existing.marker.getLatLng();
        if (at.lat !== latLng[0] || at.lng !== latLng[1]) existing.marker.setLatLng(latLng);
        if (existing.key !== key) {
          existing.marker.setIcon(incidentIcon(i, selected)).setZIndexOffset(selected ? 1000 : 0);
          existing.key = key;
        }
        continue;
      }
      // Whether a marker takes clicks is fixed when it is made.
      if (existing) state.incidents.removeLayer(existing.marker);
      const id = i.id;
      const marker = L.marker(latLng, { icon: incidentIcon(i, selected), keyboard: false, interactive: selectable, zIndexOffset: selected ? 1000 : 0, riseOnHover: true });
      if (selectable) marker.on('click', () => onSelectRef.current?.(id));
      state.incidents.addLayer(marker);
      state.incidentMarkers.set(id, { marker, key, selectable });
    }
    for (const [id, { marker }] of state.incidentMarkers) {
      if (seen.has(id)) continue;
      state.incidents.removeLayer(marker);
      state.incidentMarkers.delete(id);
    }
  }, [placed, selectedId, selectable]);

  useEffect(() => {
    const state = live.current;
    if (!state) return;
    const seen = new Set<string>();
    for (const u of units) {
      seen.add(u.staffId);
      const key = [u.label, u.status].join('|');
      const existing = state.unitMarkers.get(u.staffId);
      if (existing && existing.key === key) {
        const at = existing.marker.getLatLng();
        if (at.lat !== u.latitude || at.lng !== u.longitude) existing.marker.setLatLng([u.latitude, u.longitude]);
        continue;
      }
      // A path's class is fixed when it is drawn, so a new status is a new dot.
      if (existing) state.units.removeLayer(existing.marker);
      const marker = L.circleMarker([u.latitude, u.longitude], { renderer: state.unitRenderer, className: `map-unit map-unit-${u.status}`, radius: 6, weight: 1.5, opacity: 1, fillOpacity: 1 });
      marker.bindTooltip(`${u.label}: ${u.status.replace('_', ' ')}`, { direction: 'top', offset: [0, -6] });
      state.units.addLayer(marker);
      marker.getElement()?.setAttribute('data-staff-id', u.staffId);
      state.unitMarkers.set(u.staffId, { marker, key });
    }
    for (const [id, { marker }] of state.unitMarkers) {
      if (seen.has(id)) continue;
      state.units.removeLayer(marker);
      state.unitMarkers.delete(id);
    }
  }, [units]);

  const map = () => live.current?.map;
  const summary = `${label}: ${placed.length} incident${placed.length === 1 ? '' : 's'} and ${units.length} officer${units.length === 1 ? '' : 's'} shown${
    placed.length < incidents.length ? `; ${incidents.length - placed.length} without a position` : ''
  }`;
  return (
    <figure className="incident-map">
      <div className="map-frame" role="img" aria-label={summary}>
        <div ref={container} className="map-canvas" style={{ aspectRatio: ASPECT }} />
      </div>
      {/* Plain buttons in the ui Button's classes: importing Button here would split it out of the main chunk. */}
      <div className="map-tools" role="group" aria-label="Map zoom">
        <button type="button" className="btn btn-quiet" onClick={() => map()?.zoomIn()} disabled={zoom.atMax}>
          Zoom in
        </button>
        <button type="button" className="btn btn-quiet" onClick={() => map()?.zoomOut()} disabled={zoom.atMin}>
          Zoom out
        </button>
        <button type="button" className="btn btn-quiet" onClick={() => map()?.fitBounds(FORCE_BOUNDS)}>
          Whole City
        </button>
      </div>
      <figcaption className="map-legend">
        <span className="map-key">
          <span className="map-swatch map-swatch-incident map-grade-immediate" aria-hidden="true">I</span> Immediate
        </span>
        <span className="map-key">
          <span className="map-swatch map-swatch-incident map-grade-scheduled" aria-hidden="true">S</span> Scheduled
        </span>
        <span className="map-key">
          <span className="map-swatch map-swatch-incident map-grade-routine" aria-hidden="true">R</span> Routine
        </span>
        <span className="map-key">
          <span className="map-swatch map-swatch-unit map-unit-available" aria-hidden="true" /> Available
        </span>
        <span className="map-key">
          <span className="map-swatch map-swatch-unit map-unit-committed" aria-hidden="true" /> Committed
        </span>
        <span className="map-key">
          <span className="map-swatch map-swatch-unit map-unit-refreshment" aria-hidden="true" /> Refreshment
        </span>
        <span className="map-key">
          <span className="map-swatch map-swatch-station" aria-hidden="true" /> Station
        </span>
        <span className="map-note">Drag to move the map, scroll or double-click to zoom. Beat shapes approximate.</span>
      </figcaption>
    </figure>
  );
});
