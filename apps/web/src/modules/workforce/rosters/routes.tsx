import { lazy, Suspense } from 'react';
import type { Route } from '../../../app/routes';
import { STAFFING_ROUTES } from '../staffing/routes';
import { DutyPage } from './components/DutyPage';
import { OnDutyPage } from './components/OnDutyPage';
import { RosterWeekPage } from './components/RosterWeekPage';

// ECharts is large: the strength chart loads in its own chunk the first time it is opened.
const StrengthPage = lazy(() => import('./components/StrengthPage').then((m) => ({ default: m.StrengthPage })));

/** Screens for shift patterns, rosters, changes, availability, demand against strength. */
export const ROSTER_ROUTES: Route[] = [
  ...STAFFING_ROUTES,
  {
    path: '/rosters/strength',
    title: 'Strength against minimum staffing',
    permission: 'workforce:roster-read',
    render: () => (
      <Suspense fallback={<p className="loading">Loading the strength chart…</p>}>
        <StrengthPage />
      </Suspense>
    ),
  },
  { path: '/rosters/on-duty', title: 'On duty now', permission: 'workforce:availability', render: () => <OnDutyPage /> },
  // Everyone who sees the navigation's 'Rosters and duty' may open it; without roster-read it points to their own duty.
  { path: '/rosters', title: 'Week roster', permission: 'workforce:read', render: () => <RosterWeekPage /> },
  { path: '/duty', title: 'My duty', permission: 'workforce:own-status', render: () => <DutyPage /> },
];
