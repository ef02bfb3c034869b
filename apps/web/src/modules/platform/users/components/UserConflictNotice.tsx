import type { User } from '@bluelamp/contracts/platform/users';
import { Button } from '../../../../ui/Button';
import type { UserDraft } from '../hooks/useUserEditForm';
import { RoleBadges } from './RoleBadges';

type UserConflictNoticeProps = { mine: UserDraft; current: User; onKeepMine: () => void | Promise<void>; onTakeTheirs: () => void };

/** "Changed by someone else": their current values beside the user's unsaved ones, and a choice. */
export function UserConflictNotice({ mine, current, onKeepMine, onTakeTheirs }: UserConflictNoticeProps) {
  const rows = [
    { field: 'Display name', mine: mine.displayName, theirs: current.displayName },
    { field: 'E-mail', mine: mine.email || '—', theirs: current.email ?? '—' },
    { field: 'Account active', mine: mine.isActive ? 'Yes' : 'No', theirs: current.isActive ? 'Yes' : 'No' },
    { field: 'Roles', mine: <RoleBadges roles={mine.roles} />, theirs: <RoleBadges roles={current.roles} /> },
  ];
  return (
    <div className="alert alert-warning" role="alert" tabIndex={-1} data-error-summary="">
      <p className="alert-title">This user was changed by someone else while you were editing</p>
      <p>Nothing of yours was saved. Their version is below (version {current.version}); choose what to keep.</p>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Your changes and the current values</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Your change</th>
              <th scope="col">Current value</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.field}>
                <th scope="row">{row.field}</th>
                <td>{row.mine}</td>
                <td>{row.theirs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="form-actions">
        <Button variant="primary" onClick={onKeepMine}>
          Save my changes over theirs
        </Button>
        <Button onClick={onTakeTheirs}>Use the current values</Button>
      </div>
    </div>
  );
}
