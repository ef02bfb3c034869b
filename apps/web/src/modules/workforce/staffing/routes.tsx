import { lazy, Suspense } from 'react';
import type { Route } from '../../../app/routes';

// ECharts is large: the calculator loads in its own chunk the first time it is opened.
const StaffingCalculatorPage = lazy(() => import('./components/StaffingCalculatorPage').then((m) => ({ default: m.StaffingCalculatorPage })));

/** The staffing calculator, listed with the roster screens. */
export const STAFFING_ROUTES: Route[] = [
  {
    path: '/rosters/staffing',
    title: 'Staffing calculator',
    permission: 'workforce:staffing',
    render: () => (
      <Suspense fallback={<p className="loading">Loading the staffing calculator…</p>}>
        <StaffingCalculatorPage />
      </Suspense>
    ),
  },
];
