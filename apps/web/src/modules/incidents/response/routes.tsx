import { lazy, Suspense } from 'react';
import type { Route } from '../../../app/routes';

// Only supervisors, analysts and dispatchers open the report: it loads in its own chunk.
const ResponseReportPage = lazy(() => import('./components/ResponseReportPage').then((m) => ({ default: m.ResponseReportPage })));

/**
 * The response performance report. The officer's own assignment is on their duty screen (/duty),
 * where an officer already books on and off: one place on the phone, the assignment on top.
 */
export const RESPONSE_ROUTES: Route[] = [
  {
    path: '/reports/response',
    title: 'Response performance',
    permission: 'incidents:report',
    render: () => (
      <Suspense fallback={<p className="loading">Loading the response report…</p>}>
        <ResponseReportPage />
      </Suspense>
    ),
  },
];
