import { useEffect } from 'react';
import { queryCache } from '../../../../api/queryCache';
import { Alert } from '../../../../ui/Alert';
import { Button } from '../../../../ui/Button';
import { Dialog } from '../../../../ui/Dialog';
import { QueryStatus } from '../../../../ui/QueryStatus';
import { INCIDENT_CACHE, useAssignAny, useIncidentResources } from '../../api/useIncidents';
import { assignRefusal, distanceText, etaText, officerLongName } from '../utils/officers';

type DispatchDialogProps = {
  incident: { id: string; reference: string; gradeName: string; locationText: string | null } | undefined;
  onClose: () => void;
  onDone: (message: string) => void;
};

/**
 * The board's `d`: the recommended officer for the selected incident, confirmed with Enter (the
 * confirm button has focus) or cancelled with Escape. Resources are read fresh when it opens.
 */
export function DispatchDialog({ incident, onClose, onDone }: DispatchDialogProps) {
  const id = incident?.id ?? '';
  const resources = useIncidentResources(id, !!incident);
  const assign = useAssignAny();
  const data = resources.data?.incidentId === id ? resources.data : undefined;
  const recommended = data?.recommended ? data.items.find((r) => r.staffId === data.recommended!.staffId) : undefined;
  const refused = assign.error;
  const refusedOfficer = refused ? data?.items.find((r) => r.staffId === (refused.details as { current?: { staffId?: string } } | undefined)?.current?.staffId) : undefined;
  const { reset } = assign;
  useEffect(() => reset(), [id, reset]);
  // Each incident's resource list is read fresh when the dialog opens: drop it on close, so a
  // shift of dispatches leaves nothing behind in the cache.
  useEffect(() => (id ? () => queryCache.invalidate(INCIDENT_CACHE.resources(id)) : undefined), [id]);

  const confirm = async () => {
    if (!incident || !recommended) return;
    const result = await assign.mutate({ incidentId: incident.id, body: { staffId: recommended.staffId, recommended: true } });
    if (result) {
      onDone(`${officerLongName(recommended)} assigned to ${incident.reference}`);
      onClose();
    } else {
      resources.refetch();
    }
  };

  return (
    <Dialog isOpen={!!incident} onClose={onClose} title={incident ? `Dispatch to ${incident.reference}` : 'Dispatch'}>
      {incident && (
        <div className="dispatch-dialog">
          <p>
            {incident.gradeName} · {incident.locationText ?? 'No location'}
          </p>
          {refused && (
            <Alert tone="error" title="Not assigned">
              <p>{assignRefusal(refused, refusedOfficer, refusedOfficer?.incidentReference)}</p>
            </Alert>
          )}
          <QueryStatus isLoading={resources.isLoading || (!data && !resources.error)} error={resources.error} onRetry={resources.refetch} what="resources" />
          {data && !recommended && <p role="status">No recommendation: {data.noRecommendationReason ?? 'nobody suitable is available'}. Open the incident to choose an officer.</p>}
          {recommended && (
            <>
              <p className="dispatch-recommended">
                Recommended: <strong>{officerLongName(recommended)}</strong>
                {recommended.teamName && <>, {recommended.teamName}</>} — {distanceText(recommended.distanceMetres)}, ETA {etaText(recommended.etaSeconds)}
              </p>
              <p className="muted">{data?.recommended?.reason}</p>
              <div className="form-actions">
                <Button variant="primary" autoFocus onClick={confirm} isBusy={assign.isPending}>
                  {assign.isPending ? 'Assigning…' : `Assign ${recommended.firstName} ${recommended.lastName}`}
                </Button>
                <Button onClick={onClose}>Cancel</Button>
              </div>
            </>
          )}
        </div>
      )}
    </Dialog>
  );
}
