import { useSession } from '../../../platform/auth/hooks/useSession';
import { SubNav } from '../../../../ui/SubNav';

const ITEMS = [
  { to: '/rosters', label: 'Week roster', permission: 'workforce:roster-read' },
  { to: '/rosters/strength', label: 'Strength against minimum', permission: 'workforce:roster-read' },
  { to: '/rosters/on-duty', label: 'On duty now', permission: 'workforce:availability' },
  { to: '/rosters/staffing', label: 'Staffing calculator', permission: 'workforce:staffing' },
  { to: '/duty', label: 'My duty', permission: 'workforce:own-status' },
];

/** Tabs between the roster and duty screens the user may open. */
export function RostersNav() {
  const { can } = useSession();
  return <SubNav label="Rosters and duty" items={ITEMS.filter((i) => can(i.permission))} />;
}
