import { useCallback } from 'react';
import type { Incident } from '@bluelamp/contracts/incidents/incidents';
import { Link } from '../../../../../app/router';
import { Badge } from '../../../../../ui/Badge';
import { DescriptionList } from '../../../../../ui/DescriptionList';
import { formatLondon } from '../../../../../ui/format';
import { PageHeader } from '../../../../../ui/PageHeader';
import { Panel } from '../../../../../ui/Panel';
import { QueryStatus } from '../../../../../ui/QueryStatus';
import { useSession } from '../../../../platform/auth/hooks/useSession';
import { useGrades } from '../../../../platform/reference/hooks/useGrades';
import { useIncident, useIncidentCodes } from '../../../api/useIncidents';
import { useClockTick } from '../../hooks/useClockTick';
import { INCIDENT_CHANGED, useLiveRefetch } from '../../hooks/useLiveRefetch';
import { clockOf } from '../../utils/clock';
import { ASSIGNMENT_STATUS_NAMES, INCIDENT_STATUS_NAMES, gradeTone, statusTone } from '../../utils/labels';
import { describeEvent } from '../../utils/timeline';
import { IncidentActions } from './IncidentActions';
import { IncidentResources } from './IncidentResources';
import { ReleaseOfficer } from './ReleaseOfficer';
import '../../board.css';

/** The grade clock in the header, ticking from its own 1 s timer. */
function HeaderClock({ incident }: { incident: Incident }) {
  const now = useClockTick();
  const clock =
    incident.status === 'closed' && !incident.firstArrivedAt
      ? { state: 'stopped', text: 'Closed' }
      : clockOf({ ...incident, notAttendedApproved: incident.attendance.attended === false && incident.attendance.status === 'approved' }, now);
  return (
    <span className={`incident-clock board-clock board-clock-${clock.state}`} data-clock-state={clock.state} aria-label={`Clock: ${clock.text}`}>
      {clock.text}
    </span>
  );
}

/**
 * One incident: the grade, clock and status; the call as taken (nothing re-typed); the officers
 * and their progress; resources with the recommended officer; the timeline; and the control
 * room's actions. It follows live changes to this incident.
 */
export function IncidentPage({ id }: { id: string }) {
  const { can } = useSession();
  const incident = useIncident(id);
  const codes = useIncidentCodes();
  const i = incident.data;
  useLiveRefetch(
    useCallback((e) => e.type === INCIDENT_CHANGED && e.entityId === id, [id]),
    incident.refetch,
  );
  const grades = useGrades();

  if (!i) return <QueryStatus isLoading={incident.isLoading} error={incident.error} onRetry={incident.refetch} what="the incident" />;
  const codeName = (code: string) => [...(codes.data?.closingCodes ?? []), ...(codes.data?.nonAttendanceReasons ?? [])].find((c) => c.code === code)?.name ?? code;
  const gradeName = (code: string) => grades.data?.items.find((g) => g.code === code)?.name ?? code;
  const live = i.assignments.filter((a) => a.status !== 'released');
  const released = i.assignments.filter((a) => a.status === 'released');

  return (
    <>
      <PageHeader
        title={`Incident ${i.reference}`}
        description={
          <span className="badge-row">
            <Badge tone={gradeTone(i.grade)}>{i.gradeName}</Badge>
            <Badge tone={statusTone(i.status)}>{INCIDENT_STATUS_NAMES[i.status]}</Badge>
            <HeaderClock incident={i} />
            <span>
              {i.categoryName ?? i.categoryText ?? 'No category'} · received {formatLondon(i.receivedAt)} · target {formatLondon(i.targetAt)}
            </span>
          </span>
        }
        actions={can('incidents:read_all') ? <Link to="/board">Back to the board</Link> : undefined}
      />
      <div className="incident-layout">
        <div className="incident-column">
          <Panel title="The call">
            <DescriptionList
              items={[
                { term: 'Contact', value: i.contact ? <Link to={`/contact/${i.contact.id}`}>{i.contact.reference}</Link> : 'Imported: no contact' },
                { term: 'Caller', value: i.contact?.callerName ?? '—' },
                { term: 'Address', value: i.location.address },
                { term: 'Postcode', value: i.location.postcode },
                { term: 'Directions', value: i.location.directions },
                { term: 'Narrative', value: <p className="incident-narrative">{i.narrative || '—'}</p> },
              ]}
            />
          </Panel>
          <Panel title={`Officers (${live.length})`}>
            {live.length === 0 ? (
              <p>Nobody is assigned yet.</p>
            ) : (
              <ul className="plain-list" aria-label="Assigned officers">
                {live.map((a) => (
                  <li key={a.id}>
                    <strong>
                      {a.collarNumber} {a.name ?? 'Unknown officer'}
                    </strong>{' '}
                    <Badge tone={statusTone(a.status === 'assigned' ? 'dispatched' : a.status)}>{ASSIGNMENT_STATUS_NAMES[a.status]}</Badge> · assigned {formatLondon(a.assignedAt)}
                    {a.recommended && ' (recommended)'}
                    {a.etaSeconds !== null && ` · ETA was ${Math.round(a.etaSeconds / 60)} min`}
                    {a.arrivedAt && ` · on scene ${formatLondon(a.arrivedAt)}`}
                    {can('incidents:dispatch') && (a.status === 'assigned' || a.status === 'en_route') && <ReleaseOfficer incidentId={i.id} staffId={a.staffId} name={a.name ?? 'the officer'} />}
                  </li>
                ))}
              </ul>
            )}
            {released.length > 0 && <p className="muted">Released: {released.map((a) => a.name ?? a.staffId).join(', ')}</p>}
          </Panel>
          <Panel title="Timeline">
            <ol className="incident-timeline" aria-label="Timeline">
              {i.timeline.map((e) => (
                <li key={e.seq}>
                  <time dateTime={e.occurredAt}>{formatLondon(e.occurredAt)}</time>
                  <span>
                    {describeEvent(e, { grade: gradeName, code: codeName })}
                    <span className="muted"> · {e.by ?? 'system'}</span>
                  </span>
                </li>
              ))}
            </ol>
          </Panel>
        </div>
        <div className="incident-column">
          {can('incidents:dispatch') && i.status !== 'closed' && <IncidentResources incident={i} />}
          <IncidentActions incident={i} codes={codes.data} />
        </div>
      </div>
    </>
  );
}
