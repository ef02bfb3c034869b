import { SubNav } from '../../../ui/SubNav';

/** Tabs between searching people, places and vehicles. */
export function IdentityNav() {
  return (
    <SubNav
      label="People and places"
      items={[
        { to: '/persons', label: 'People' },
        { to: '/locations', label: 'Places' },
        { to: '/vehicles', label: 'Vehicles' },
      ]}
    />
  );
}
