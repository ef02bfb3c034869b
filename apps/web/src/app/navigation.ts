import type { IconName } from '../ui/Icon';

export type NavItem = {
  to: string;
  label: string;
  /** The phone tab bar's one word. */
  shortLabel: string;
  /** Shown only to users holding this permission; none means everyone signed in. */
  permission?: string;
  icon: IconName;
  /** The second key of its "g" shortcut (g h = home). */
  key: string;
  /** Other paths that belong to this item (for highlighting). */
  matches: string[];
};

/** The main navigation, in order. The phone's tab bar shows the first four the user may see. */
export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'Home', shortLabel: 'Home', icon: 'home', key: 'h', matches: ['/'] },
  { to: '/contact/new', label: 'Take a call', shortLabel: 'Call', permission: 'contact:create', icon: 'phone', key: 'c', matches: ['/contact'] },
  { to: '/board', label: 'Control room', shortLabel: 'Board', permission: 'incidents:read_all', icon: 'sliders', key: 'b', matches: ['/board', '/incidents'] },
  { to: '/persons', label: 'People and places', shortLabel: 'People', permission: 'identity:read', icon: 'search', key: 'n', matches: ['/persons', '/locations', '/vehicles', '/duplicates'] },
  { to: '/staff', label: 'Staff directory', shortLabel: 'Staff', permission: 'workforce:read', icon: 'people', key: 's', matches: ['/staff'] },
  { to: '/rosters', label: 'Rosters and duty', shortLabel: 'Duty', permission: 'workforce:read', icon: 'calendar', key: 'd', matches: ['/rosters'] },
  { to: '/reports/response', label: 'Response report', shortLabel: 'Report', permission: 'incidents:report', icon: 'audit', key: 'f', matches: ['/reports'] },
  { to: '/reference/grades', label: 'Reference data', shortLabel: 'Reference', permission: 'reference:read', icon: 'book', key: 'r', matches: ['/reference'] },
  { to: '/policy', label: 'Force policy', shortLabel: 'Policy', permission: 'policy:read', icon: 'sliders', key: 'p', matches: ['/policy'] },
  { to: '/users', label: 'Users', shortLabel: 'Users', permission: 'users:read', icon: 'users', key: 'u', matches: ['/users'] },
  { to: '/audit', label: 'Audit trail', shortLabel: 'Audit', permission: 'audit:search', icon: 'audit', key: 'a', matches: ['/audit'] },
];

/** True when `pathname` is within the item (Home only matches exactly). */
export function isCurrent(item: NavItem, pathname: string): boolean {
  return item.matches.some((m) => (m === '/' ? pathname === '/' : pathname === m || pathname.startsWith(`${m}/`)));
}

/** The navigation items this user may see. */
export function visibleNavItems(can: (permission: string) => boolean): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.permission || can(item.permission));
}
