import { memo, useEffect } from 'react';
import type { BoardIncident } from '@bluelamp/contracts/incidents/board';
import { Link } from '../../../../app/router';
import { Badge } from '../../../../ui/Badge';
import { clockOf } from '../utils/clock';
import { ASSIGNMENT_STATUS_NAMES, INCIDENT_STATUS_NAMES, gradeTone, statusTone } from '../utils/labels';

type IncidentQueueProps = {
  queue: readonly BoardIncident[];
  selectedId: string | undefined;
  now: number;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
};

function officersText(incident: BoardIncident): string {
  if (incident.officers.length === 0) return '—';
  return incident.officers.map((o) => `${o.collarNumber ?? ''} ${o.name ?? 'Unknown officer'} (${ASSIGNMENT_STATUS_NAMES[o.status] ?? o.status})`.trim()).join(', ');
}

/** The clock cell: the only part of a row that changes every second. */
function ClockCell({ incident, now }: { incident: BoardIncident; now: number }) {
  const clock = clockOf({ ...incident, notAttendedApproved: incident.attended === false && incident.nonAttendanceStatus === 'approved' }, now);
  return (
    <td className={`board-clock board-clock-${clock.state}`} data-clock-state={clock.state}>
      {clock.text}
    </td>
  );
}

const QueueRow = memo(function QueueRow({ incident, isSelected, onSelect }: { incident: BoardIncident; isSelected: boolean; onSelect: (id: string) => void }) {
  const pending = incident.nonAttendanceStatus === 'pending_approval';
  return (
    <>
      <th scope="row">
        <Link to={`/incidents/${incident.id}`} onFocus={() => onSelect(incident.id)} aria-current={isSelected ? 'true' : undefined}>
          {incident.reference}
        </Link>
      </th>
      <td>
        <Badge tone={gradeTone(incident.grade)}>{incident.gradeName}</Badge>
      </td>
      <td>{incident.categoryName ?? '—'}</td>
      <td>{incident.locationText ?? '—'}</td>
      <td>
        <Badge tone={statusTone(incident.status)}>{INCIDENT_STATUS_NAMES[incident.status]}</Badge>
        {pending && <span className="board-note"> Non-attendance awaiting approval</span>}
        {incident.attended === false && !pending && <span className="board-note"> Not attended</span>}
      </td>
      <td className="board-officers">{officersText(incident)}</td>
    </>
  );
});

/**
 * The queue of open incidents (grade, then time left). Rows are memoised on the incident and its
 * selection, so the 1 s tick re-renders only the clock cells. Click a row, or Enter on it, to open.
 */
export function IncidentQueue({ queue, selectedId, now, onSelect, onOpen }: IncidentQueueProps) {
  useEffect(() => {
    const link = document.querySelector<HTMLAnchorElement>('.board-row-selected th a');
    if (!link) return;
    link.closest('tr')?.scrollIntoView({ block: 'nearest' });
    // Keep keyboard focus with the selection once the user is working in the queue.
    if (document.activeElement instanceof HTMLElement && document.activeElement.closest('.board-queue')) link.focus();
  }, [selectedId]);

  return (
    <div className="table-wrap board-queue" role="region" aria-label="Open incidents">
      <table className="table board-table">
        <caption className="visually-hidden">Open incidents by grade and time left</caption>
        <thead>
          <tr>
            <th scope="col">Incident</th>
            <th scope="col">Grade</th>
            <th scope="col">Category</th>
            <th scope="col">Location</th>
            <th scope="col">Status</th>
            <th scope="col">Officers</th>
            <th scope="col">Time left</th>
          </tr>
        </thead>
        <tbody>
          {queue.length === 0 ? (
            <tr>
              <td colSpan={7} className="table-empty">
                No open incidents.
              </td>
            </tr>
          ) : (
            queue.map((incident) => {
              const isSelected = incident.id === selectedId;
              return (
                <tr
                  key={incident.id}
                  className={isSelected ? 'board-row board-row-selected' : 'board-row'}
                  data-incident-id={incident.id}
                  onClick={(e) => {
                    if ((e.target as HTMLElement).closest('a')) return;
                    onSelect(incident.id);
                    onOpen(incident.id);
                  }}
                >
                  <QueueRow incident={incident} isSelected={isSelected} onSelect={onSelect} />
                  <ClockCell incident={incident} now={now} />
                </tr>
              );
            })
          )}
        </tbody>
      </table>
    </div>
  );
}
