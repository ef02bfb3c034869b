import type { ReactNode } from 'react';
import { HomePage } from './home/HomePage';
import { MorePage } from './MorePage';
import { NotFoundPage } from './NotFoundPage';
import { matchPath } from './router';
import { ChangePasswordPage } from '../modules/platform/auth/components/ChangePasswordPage';
import { AuditPage } from '../modules/platform/audit/components/AuditPage';
import { PolicyPage } from '../modules/platform/policy/components/PolicyPage';
import { GradesPage } from '../modules/platform/reference/components/GradesPage';
import { IncidentCategoriesPage } from '../modules/platform/reference/components/IncidentCategoriesPage';
import { OffenceCodesPage } from '../modules/platform/reference/components/OffenceCodesPage';
import { OutcomeTypesPage } from '../modules/platform/reference/components/OutcomeTypesPage';
import { PoliceUkCategoriesPage } from '../modules/platform/reference/components/PoliceUkCategoriesPage';
import { UserCreatePage } from '../modules/platform/users/components/UserCreatePage';
import { UserDetailPage } from '../modules/platform/users/components/UserDetailPage';
import { UsersPage } from '../modules/platform/users/components/UsersPage';
import { StaffDetailPage } from '../modules/workforce/components/StaffDetailPage';
import { StaffDirectoryPage } from '../modules/workforce/components/StaffDirectoryPage';
import { IDENTITY_ROUTES } from '../modules/identity/routes';
import { DUPLICATE_ROUTES } from '../modules/identity/duplicates/routes';
import { ROSTER_ROUTES } from '../modules/workforce/rosters/routes';
import { CONTACT_ROUTES } from '../modules/contact/routes';
import { BOARD_ROUTES } from '../modules/incidents/board/routes';
import { RESPONSE_ROUTES } from '../modules/incidents/response/routes';

export type Route = {
  path: string;
  /** The browser tab's title. */
  title: string;
  permission?: string;
  render: (params: Record<string, string>) => ReactNode;
};

/** Every screen, its address and the permission it needs (the API checks again, of course). */
const ROUTES: Route[] = [
  { path: '/', title: 'Home', render: () => <HomePage /> },
  { path: '/more', title: 'More', render: () => <MorePage /> },
  { path: '/account/password', title: 'Change your password', render: () => <ChangePasswordPage /> },
  { path: '/users', title: 'Users', permission: 'users:read', render: () => <UsersPage /> },
  { path: '/users/new', title: 'Create user', permission: 'users:manage', render: () => <UserCreatePage /> },
  { path: '/users/:id', title: 'User', permission: 'users:read', render: (p) => <UserDetailPage key={p.id} id={p.id!} /> },
  { path: '/audit', title: 'Audit trail', permission: 'audit:search', render: () => <AuditPage /> },
  { path: '/reference', title: 'Response grades', permission: 'reference:read', render: () => <GradesPage /> },
  { path: '/reference/grades', title: 'Response grades', permission: 'reference:read', render: () => <GradesPage /> },
  { path: '/reference/offence-codes', title: 'Offence codes', permission: 'reference:read', render: () => <OffenceCodesPage /> },
  { path: '/reference/outcome-types', title: 'Outcome types', permission: 'reference:read', render: () => <OutcomeTypesPage /> },
  { path: '/reference/incident-categories', title: 'Incident categories', permission: 'reference:read', render: () => <IncidentCategoriesPage /> },
  { path: '/reference/police-uk-categories', title: 'Police.uk categories', permission: 'reference:read', render: () => <PoliceUkCategoriesPage /> },
  { path: '/policy', title: 'Force policy', permission: 'policy:read', render: () => <PolicyPage /> },
  { path: '/staff', title: 'Staff directory', permission: 'workforce:read', render: () => <StaffDirectoryPage /> },
  { path: '/staff/:id', title: 'Staff record', permission: 'workforce:read', render: (p) => <StaffDetailPage key={p.id} id={p.id!} /> },
  // Routes of later modules live beside their screens; the more specific come first.
  ...DUPLICATE_ROUTES,
  ...IDENTITY_ROUTES,
  ...ROSTER_ROUTES,
  ...CONTACT_ROUTES,
  ...BOARD_ROUTES,
  ...RESPONSE_ROUTES,
];

/** The screen for a path, or "not found" / "not allowed" (both look the same, as on the API). */
export function resolveRoute(pathname: string, can: (permission: string) => boolean): { title: string; element: ReactNode } {
  for (const route of ROUTES) {
    const params = matchPath(route.path, pathname);
    if (!params) continue;
    if (route.permission && !can(route.permission)) break;
    return { title: route.title, element: route.render(params) };
  }
  return { title: 'Page not found', element: <NotFoundPage /> };
}
