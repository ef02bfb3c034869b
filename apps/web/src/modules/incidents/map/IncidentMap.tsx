import { memo, useMemo } from 'react';
import geographyJson from './city-of-london.geo.json';
import { boundsOf, labelPoint, pathOf, projectionFor, type Geography } from './geography';
import './map.css';

const geography = geographyJson as unknown as Geography;
const bounds = boundsOf(geography);
const projection = projectionFor(bounds);

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

/** The static layers (force area, beats, stations): drawn once, never re-rendered with the live ones. */
const BaseLayers = memo(function BaseLayers() {
  return (
    <g aria-hidden="true">
      {geography.features.map((f) => {
        if (f.geometry.type === 'Point') return null;
        const isArea = f.properties.kind === 'force-area';
        return <path key={`${f.properties.kind}-${f.properties.code}`} className={isArea ? 'map-force-area' : 'map-beat'} d={pathOf(f.geometry, projection)} fillRule="evenodd" />;
      })}
      {geography.features.map((f) => {
        if (f.properties.kind !== 'beat' || f.geometry.type === 'Point') return null;
        const [x, y] = projection.project(...labelPoint(f.geometry));
        return (
          <text key={`label-${f.properties.code}`} className="map-beat-label" x={x} y={y} textAnchor="middle">
            {f.properties.code}
          </text>
        );
      })}
      {geography.features.map((f) => {
        if (f.geometry.type !== 'Point') return null;
        const [x, y] = projection.project(...f.geometry.coordinates);
        return (
          <g key={`station-${f.properties.code}`} className="map-station">
            <rect x={x - 7} y={y - 7} width={14} height={14} />
            <text x={x + 11} y={y + 5}>
              {f.properties.name}
            </text>
          </g>
        );
      })}
    </g>
  );
});

/**
 * The City of London with incidents (diamonds, coloured and labelled by grade) and on-duty officers
 * (circles by status), drawn as SVG from the geography shipped with the project: no tiles, no
 * network, nothing to load but this chunk. Clicking an incident selects it; the queue beside the map
 * is the keyboard route to the same incidents, so the map itself is one image with a summary.
 * Memoised: the board's 1 s tick does not redraw it, only new data or another selection.
 */
export const IncidentMap = memo(function IncidentMap({ incidents, units, selectedId, onSelect, label = 'Map of incidents and officers' }: IncidentMapProps) {
  const placed = useMemo(() => incidents.filter((i) => i.latitude !== null && i.longitude !== null), [incidents]);
  const summary = `${label}: ${placed.length} incident${placed.length === 1 ? '' : 's'} and ${units.length} officer${units.length === 1 ? '' : 's'} shown${
    placed.length < incidents.length ? `; ${incidents.length - placed.length} without a position` : ''
  }`;
  return (
    <figure className="incident-map">
      <svg viewBox={`0 0 ${projection.width} ${projection.height}`} role="img" aria-label={summary} preserveAspectRatio="xMidYMid meet">
        <BaseLayers />
        <g className="map-units">
          {units.map((u) => {
            const [x, y] = projection.project(u.longitude, u.latitude);
            return (
              <circle key={u.staffId} className={`map-unit map-unit-${u.status}`} cx={x} cy={y} r={6} data-staff-id={u.staffId}>
                <title>{`${u.label}: ${u.status.replace('_', ' ')}`}</title>
              </circle>
            );
          })}
        </g>
        <g className="map-incidents">
          {placed.map((i) => {
            const [x, y] = projection.project(i.longitude!, i.latitude!);
            const selected = i.id === selectedId;
            return (
              <g key={i.id} className={['map-incident', GRADE_CLASS[i.grade] ?? 'map-grade-other', selected ? 'map-selected' : ''].filter(Boolean).join(' ')} transform={`translate(${x} ${y})`} onClick={onSelect ? () => onSelect(i.id) : undefined} data-incident-id={i.id}>
                {selected && <circle r={17} className="map-selection-ring" />}
                <path d="M0,-11L11,0L0,11L-11,0Z" />
                <text y={4} textAnchor="middle" className="map-incident-letter">
                  {i.gradeName.charAt(0)}
                </text>
                <title>{`${i.reference}: ${i.gradeName}, ${i.status.replace(/_/g, ' ')}`}</title>
              </g>
            );
          })}
        </g>
      </svg>
      <figcaption className="map-legend">
        <span className="map-key map-key-immediate">◆ Immediate</span>
        <span className="map-key map-key-scheduled">◆ Scheduled</span>
        <span className="map-key map-key-routine">◆ Routine</span>
        <span className="map-key map-key-available">● Available</span>
        <span className="map-key map-key-committed">● Committed</span>
        <span className="map-key map-key-refreshment">● Refreshment</span>
        <span className="map-key map-key-station">■ Station</span>
        <span className="map-attribution">Contains OS data © Crown copyright and database right; ONS (OGL v3.0). Beat shapes approximate.</span>
      </figcaption>
    </figure>
  );
});
