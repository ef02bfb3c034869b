import { Link, useSearchParams } from '../../../../app/router';
import { Alert } from '../../../../ui/Alert';
import { Badge } from '../../../../ui/Badge';
import { DescriptionList } from '../../../../ui/DescriptionList';
import { formatLondon } from '../../../../ui/format';
import { PageHeader } from '../../../../ui/PageHeader';
import { Panel } from '../../../../ui/Panel';
import { QueryStatus } from '../../../../ui/QueryStatus';
import { useSession } from '../../auth/hooks/useSession';
import { useUser } from '../hooks/useUser';
import { RoleBadges } from './RoleBadges';
import { UserEditForm } from './UserEditForm';
import { UserHistoryPanel } from './UserHistoryPanel';
import { UserPasswordForm } from './UserPasswordForm';

/** One user account: its details, the edit form and password reset for managers, its history. */
export function UserDetailPage({ id }: { id: string }) {
  const { can } = useSession();
  const [params] = useSearchParams();
  const user = useUser(id);
  const canManage = can('users:manage');

  if (!user.data) {
    return (
      <>
        <PageHeader title="User" />
        <QueryStatus isLoading={user.isLoading} error={user.error} onRetry={user.refetch} what="the user" />
      </>
    );
  }
  const u = user.data;
  return (
    <>
      <PageHeader
        title={u.displayName}
        description={
          <>
            <code>{u.username}</code> {!u.isActive && <Badge tone="danger">Disabled</Badge>}
          </>
        }
        actions={<Link to="/users">All users</Link>}
      />
      {params.get('created') && <Alert tone="success">User {u.username} created.</Alert>}
      <div className="columns">
        <div className="column-main">
          <Panel title="Account">
            <DescriptionList
              items={[
                { term: 'Username', value: u.username },
                { term: 'E-mail', value: u.email ?? '—' },
                { term: 'Roles', value: <RoleBadges roles={u.roles} /> },
                { term: 'Status', value: u.isActive ? 'Active' : 'Disabled' },
                { term: 'Staff record', value: u.staffId ? <Link to={`/staff/${u.staffId}`}>Open staff record</Link> : 'Not linked' },
                { term: 'Last sign-in', value: formatLondon(u.lastSignInAt) },
                { term: 'Created', value: formatLondon(u.createdAt) },
                { term: 'Version', value: u.version },
              ]}
            />
          </Panel>
          {canManage && (
            <Panel title="Change details and roles">
              <UserEditForm key={u.id} user={u} />
            </Panel>
          )}
        </div>
        <div className="column-side">
          {canManage && (
            <Panel title="Set a new password">
              <UserPasswordForm user={u} />
            </Panel>
          )}
          {can('audit:search') && <UserHistoryPanel userId={u.id} />}
        </div>
      </div>
    </>
  );
}
