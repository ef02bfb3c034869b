import type { ReactNode } from 'react';
import { Alert } from '../../ui/Alert';
import { PageHeader } from '../../ui/PageHeader';
import { SelectField } from '../../ui/SelectField';
import { useSession } from '../../modules/platform/auth/hooks/useSession';
import { useCurrentUser } from '../../modules/platform/auth/hooks/useCurrentUser';
import { LatestAuditPanel } from '../../modules/platform/audit/components/LatestAuditPanel';
import { LiveEventsPanel } from '../../modules/platform/events/components/LiveEventsPanel';
import { GradeTargetsPanel } from '../../modules/platform/reference/components/GradeTargetsPanel';
import { OffenceCodeSearch } from '../../modules/platform/reference/components/OffenceCodeSearch';
import { UserCountsByRolePanel } from '../../modules/platform/users/components/UserCountsByRolePanel';
import { useRoles } from '../../modules/platform/users/hooks/useRoles';
import { roleName } from '../../modules/platform/users/utils/roleName';
import { MyStaffRecordPanel } from '../../modules/workforce/components/MyStaffRecordPanel';
import { TeamMembersPanel } from '../../modules/workforce/components/TeamMembersPanel';
import { TeamStrengthPanel } from '../../modules/workforce/components/TeamStrengthPanel';
import { useStaffMember } from '../../modules/workforce/hooks/useStaffMember';
import { Panel } from '../../ui/Panel';
import { QuickLinksPanel } from './QuickLinksPanel';
import { ROLE_HOMES, type HomeSection } from './roleHomes';
import { useHomeRole } from './useHomeRole';

// Which permission each block needs; a block the user may not use is simply left out.
const SECTION_PERMISSION: Partial<Record<HomeSection, string>> = {
  myRecord: 'workforce:read',
  myTeam: 'workforce:read',
  grades: 'reference:read',
  offenceSearch: 'reference:read',
  userCounts: 'users:read',
  latestAudit: 'audit:search',
  teamStrength: 'workforce:read',
};

/**
 * "<Role> home": what the API supports today for that role: the user's own staff record and
 * team, grade targets, live events, force strength, user and audit summaries, quick links.
 */
export function HomePage() {
  const user = useCurrentUser();
  const { can } = useSession();
  const roles = useRoles();
  const [role, chooseRole] = useHomeRole(user.roles);
  const me = useStaffMember(can('workforce:read') ? user.staffId : null);

  if (!role) {
    return (
      <>
        <PageHeader title="Home" />
        <Alert tone="warning">Your account has no role yet; ask an administrator to give you one.</Alert>
      </>
    );
  }
  const home = ROLE_HOMES[role];
  const links = home.links.filter((l) => !l.permission || can(l.permission));
  const team = me.data?.teamId ? { id: me.data.teamId, name: me.data.teamName } : undefined;

  const render = (section: HomeSection): ReactNode => {
    const permission = SECTION_PERMISSION[section];
    if (permission && !can(permission)) return null;
    switch (section) {
      case 'myRecord':
        return user.staffId ? <MyStaffRecordPanel key={section} staff={me} /> : null;
      case 'myTeam':
        if (!team) {
          return user.staffId ? null : (
            <Panel key={section} title="Your team">
              <p className="muted">Your account is not linked to a staff record, so Bluelamp does not know your team. An administrator can link it.</p>
            </Panel>
          );
        }
        return (
          <TeamMembersPanel
            key={section}
            teamId={team.id}
            teamName={team.name}
            excludeId={user.staffId}
            title={home.isTeamFirst ? `Your team today: ${team.name ?? ''}` : `Your team: ${team.name ?? ''}`}
            note={home.isTeamFirst ? 'Rosters are not in Bluelamp yet, so this shows everyone in your team.' : undefined}
          />
        );
      case 'grades':
        return <GradeTargetsPanel key={section} />;
      case 'liveEvents':
        return <LiveEventsPanel key={section} />;
      case 'userCounts':
        return <UserCountsByRolePanel key={section} />;
      case 'latestAudit':
        return <LatestAuditPanel key={section} />;
      case 'teamStrength':
        return <TeamStrengthPanel key={section} />;
      case 'offenceSearch':
        return (
          <Panel key={section} title="Offence codes">
            <OffenceCodeSearch limit={10} />
          </Panel>
        );
      case 'quickLinks':
        return links.length ? <QuickLinksPanel key={section} links={links} /> : null;
    }
  };

  const held = user.roles.filter((r) => r in ROLE_HOMES);
  return (
    <>
      <PageHeader
        title={`${roleName(role, roles.data?.items)} home`}
        description={
          <>
            {home.intro} Signed in as {user.displayName}.
          </>
        }
        actions={
          held.length > 1 && (
            <SelectField label="Show the home for" value={role} onChange={(e) => chooseRole(e.target.value as typeof role)} className="field-short">
              {held.map((r) => (
                <option key={r} value={r}>
                  {roleName(r, roles.data?.items)}
                </option>
              ))}
            </SelectField>
          )
        }
      />
      <div className={['columns', home.isTeamFirst ? 'columns-team-first' : ''].filter(Boolean).join(' ')}>
        <div className="column-main">{home.main.map(render)}</div>
        <div className="column-side">{home.side.map(render)}</div>
      </div>
    </>
  );
}
