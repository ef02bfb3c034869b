import { memo } from 'react';
import type { Unit } from '@bluelamp/contracts/incidents/dispatch';
import { Badge } from '../../../../ui/Badge';
import { UNIT_STATUS_NAMES } from '../utils/labels';
import { officerLongName } from '../utils/officers';

const TONES = { available: 'success', committed: 'warning', refreshment: 'info', off_duty: 'neutral' } as const;
const ORDER = { available: 0, committed: 1, refreshment: 2, off_duty: 3 } as const;

/** On-duty officers by status (available first), with the incident each is committed to. */
export const UnitList = memo(function UnitList({ units }: { units: readonly Unit[] }) {
  const sorted = [...units].sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.lastName.localeCompare(b.lastName));
  const counts = units.reduce<Record<string, number>>((c, u) => ({ ...c, [u.status]: (c[u.status] ?? 0) + 1 }), {});
  return (
    <>
      <p className="board-unit-counts">
        {(['available', 'committed', 'refreshment'] as const).map((s) => (
          <span key={s}>
            {UNIT_STATUS_NAMES[s]}: <strong>{counts[s] ?? 0}</strong>
          </span>
        ))}
      </p>
      <div className="table-wrap board-units" role="region" aria-label="Units" tabIndex={0}>
        <table className="table">
          <caption className="visually-hidden">On-duty officers and their status</caption>
          <thead>
            <tr>
              <th scope="col">Officer</th>
              <th scope="col">Status</th>
              <th scope="col">Incident</th>
              <th scope="col">Team</th>
            </tr>
          </thead>
          <tbody>
            {sorted.length === 0 ? (
              <tr>
                <td colSpan={4} className="table-empty">
                  Nobody is on duty.
                </td>
              </tr>
            ) : (
              sorted.map((u) => (
                <tr key={u.staffId} data-staff-id={u.staffId}>
                  <td>{officerLongName(u)}</td>
                  <td>
                    <Badge tone={TONES[u.status]}>{UNIT_STATUS_NAMES[u.status]}</Badge>
                  </td>
                  <td>{u.incidentReference ?? '—'}</td>
                  <td>{u.teamName ?? '—'}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </>
  );
});
