import { Badge } from '../../../../ui/Badge';
import { useRoles } from '../hooks/useRoles';
import { roleName, sortRoles } from '../utils/roleName';

/** A user's roles as small labels, in the product's order. */
export function RoleBadges({ roles }: { roles: string[] }) {
  const list = useRoles();
  return (
    <span className="badge-row">
      {sortRoles(roles).map((code) => (
        <Badge key={code} tone={code === 'administrator' ? 'warning' : 'info'}>
          {roleName(code, list.data?.items)}
        </Badge>
      ))}
    </span>
  );
}
