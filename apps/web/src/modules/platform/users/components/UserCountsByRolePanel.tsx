import { Link } from '../../../../app/router';
import { Panel } from '../../../../ui/Panel';
import { QueryStatus } from '../../../../ui/QueryStatus';
import { useRoles } from '../hooks/useRoles';
import { useUserCountsByRole } from '../hooks/useUserCountsByRole';
import { roleName } from '../utils/roleName';

/** Accounts per role, each linking to the users list filtered by that role. */
export function UserCountsByRolePanel() {
  const counts = useUserCountsByRole();
  const roles = useRoles();
  return (
    <Panel title="Users by role" aside={counts.data && <Link to="/users">{`${counts.data.total.toLocaleString('en-GB')} accounts`}</Link>}>
      <QueryStatus isLoading={counts.isLoading} error={counts.error} onRetry={counts.refetch} what="user counts" />
      {counts.data && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Accounts per role (an account can hold several roles)</caption>
            <thead>
              <tr>
                <th scope="col">Role</th>
                <th scope="col" className="num">Accounts</th>
              </tr>
            </thead>
            <tbody>
              {counts.data.byRole.map(({ role, count }) => (
                <tr key={role}>
                  <th scope="row">
                    <Link to={`/users?role=${role}`}>{roleName(role, roles.data?.items)}</Link>
                  </th>
                  <td className="num">{count.toLocaleString('en-GB')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
