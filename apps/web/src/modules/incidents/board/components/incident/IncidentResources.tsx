import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from 'react';
import { queryCache } from '../../../../../api/queryCache';
import type { Incident } from '@bluelamp/contracts/incidents/incidents';
import type { Resource } from '@bluelamp/contracts/incidents/dispatch';
import { Alert } from '../../../../../ui/Alert';
import { Badge } from '../../../../../ui/Badge';
import { Button } from '../../../../../ui/Button';
import { Panel } from '../../../../../ui/Panel';
import { QueryStatus } from '../../../../../ui/QueryStatus';
import { INCIDENT_CACHE, useAssign, useIncidentResources } from '../../../api/useIncidents';
import { AVAILABILITY_CHANGED, INCIDENT_CHANGED, useLiveRefetch } from '../../hooks/useLiveRefetch';
import { UNIT_STATUS_NAMES } from '../../utils/labels';
import { assignRefusal, distanceText, etaText, officerLongName } from '../../utils/officers';

const SHOWN = 8;

const IncidentMap = lazy(() => import('../../../map/IncidentMap').then((m) => ({ default: m.IncidentMap })));

/**
 * Who could go: the recommended officer first (nearest available with the skills needed, with an
 * estimated arrival), then the rest of those on duty. "Assign" commits the officer; when another
 * dispatcher got there first the refusal says so in plain words and the list is read again.
 */
export function IncidentResources({ incident }: { incident: Incident }) {
  const resources = useIncidentResources(incident.id);
  const assign = useAssign(incident.id);
  const [assigned, setAssigned] = useState<string | undefined>();
  const [showAll, setShowAll] = useState(false);
  useLiveRefetch(
    useCallback((e) => e.type === AVAILABILITY_CHANGED || (e.type === INCIDENT_CHANGED && e.entityId === incident.id), [incident.id]),
    resources.refetch,
  );

  // Read fresh on every visit; dropped on leaving so the cache does not grow with each incident opened.
  useEffect(() => () => queryCache.invalidate(INCIDENT_CACHE.resources(incident.id)), [incident.id]);
  const data = resources.data;
  const recommendedId = data?.recommended?.staffId;
  const ordered = data ? [...data.items.filter((r) => r.staffId === recommendedId), ...data.items.filter((r) => r.staffId !== recommendedId && !r.assignedHere)] : [];
  const shown = showAll ? ordered : ordered.slice(0, SHOWN);
  const mapIncidents = useMemo(
    () => [{ id: incident.id, reference: incident.reference, grade: incident.grade, gradeName: incident.gradeName, status: incident.status, latitude: incident.location.latitude, longitude: incident.location.longitude }],
    [incident.id, incident.reference, incident.grade, incident.gradeName, incident.status, incident.location.latitude, incident.location.longitude],
  );
  const mapUnits = useMemo(
    () => (data?.items ?? []).flatMap((r) => (r.position ? [{ staffId: r.staffId, label: officerLongName(r), status: r.status, latitude: r.position.latitude, longitude: r.position.longitude }] : [])),
    [data],
  );

  const doAssign = async (r: Resource) => {
    setAssigned(undefined);
    const result = await assign.mutate({ staffId: r.staffId, recommended: r.staffId === recommendedId });
    if (result) setAssigned(`${officerLongName(r)} assigned.`);
    else resources.refetch();
  };
  // The refusal needs the list as it is after the refusal (where the officer went), so it is worded on render.
  const error = assign.error;
  const refusedId = (error?.details as { current?: { staffId?: string } } | undefined)?.current?.staffId;
  const refused = refusedId ? data?.items.find((r) => r.staffId === refusedId) : undefined;
  const refusalText = error ? assignRefusal(error, refused, refused?.incidentReference) : undefined;

  return (
    <Panel title="Resources" aside={data && <span className="muted">{data.requiredSkills.length ? `Needs: ${data.requiredSkills.join(', ').replace(/_/g, ' ')}` : 'No special skills needed'}</span>}>
      {refusalText && (
        <Alert tone="error" title="Not assigned">
          <p>{refusalText}</p>
        </Alert>
      )}
      {assigned && !error && <Alert tone="success">{assigned}</Alert>}
      <QueryStatus isLoading={resources.isLoading} error={resources.error} onRetry={resources.refetch} what="resources" />
      {data && !recommendedId && <p role="status">No recommendation: {data.noRecommendationReason ?? 'nobody suitable is available'}.</p>}
      {data && (
        <ul className="resource-list" aria-label="Officers who could go">
          {shown.map((r) => {
            const isRecommended = r.staffId === recommendedId;
            return (
              <li key={r.staffId} className={isRecommended ? 'resource-recommended' : undefined} data-staff-id={r.staffId}>
                <span>
                  {isRecommended && (
                    <>
                      <Badge tone="info">Recommended</Badge>{' '}
                    </>
                  )}
                  <strong>{officerLongName(r)}</strong> · {UNIT_STATUS_NAMES[r.status]}
                  {r.incidentReference && ` to ${r.incidentReference}`} · {distanceText(r.distanceMetres)}, ETA {etaText(r.etaSeconds)}
                  {r.positionStale && ' (position out of date)'}
                  {!r.meetsSkills && r.missingSkills.length > 0 && <span className="board-note">Lacks: {r.missingSkills.join(', ').replace(/_/g, ' ')}</span>}
                  {isRecommended && data.recommended?.reason && <span className="board-note">{data.recommended.reason}</span>}
                </span>
                <Button variant={isRecommended ? 'primary' : 'secondary'} onClick={() => void doAssign(r)} disabled={!r.available || assign.isPending} aria-label={`Assign ${officerLongName(r)}`}>
                  Assign
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      {ordered.length > SHOWN && (
        <Button variant="quiet" onClick={() => setShowAll((s) => !s)}>
          {showAll ? 'Show fewer' : `Show all ${ordered.length} on duty`}
        </Button>
      )}
      {data && (
        <Suspense fallback={<p className="loading">Loading the map…</p>}>
          <IncidentMap incidents={mapIncidents} units={mapUnits} selectedId={incident.id} label={`Map of ${incident.reference} and officers on duty`} />
        </Suspense>
      )}
    </Panel>
  );
}
