import type { StaffMember } from '@bluelamp/contracts/workforce/staff';
import { Link } from '../../../app/router';
import { staffName } from '../utils/staffName';

/** Officers and staff as large tappable cards (phones, and the officer's own team). */
export function StaffCardList({ staff, label, emptyText = 'Nobody matches' }: { staff: StaffMember[]; label: string; emptyText?: string }) {
  if (staff.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <ul className="staff-cards" aria-label={label}>
      {staff.map((s) => (
        <li key={s.id}>
          <Link to={`/staff/${s.id}`} className="staff-card">
            <span className="staff-card-name">{staffName(s)}</span>
            <span className="staff-card-meta">
              {s.roleTitle}
              {s.stationName ? ` · ${s.stationName}` : ''}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
