import { SubNav } from '../../../ui/SubNav';
import { useSession } from '../../platform/auth/hooks/useSession';

/** Tabs between searching people, places and vehicles, and (for those who merge) the proposed duplicates. */
export function IdentityNav() {
  const { can } = useSession();
  return (
    <SubNav
      label="People and places"
      items={[
        { to: '/persons', label: 'People' },
        { to: '/locations', label: 'Places' },
        { to: '/vehicles', label: 'Vehicles' },
        ...(can('identity:merge') ? [{ to: '/duplicates', label: 'Possible duplicates' }] : []),
      ]}
    />
  );
}
