import type { Route } from '../../../app/routes';
import { ResponseReportPage } from './components/ResponseReportPage';

/**
 * The response performance report. The officer's own assignment is on their duty screen (/duty),
 * where an officer already books on and off: one place on the phone, the assignment on top.
 */
export const RESPONSE_ROUTES: Route[] = [{ path: '/reports/response', title: 'Response performance', permission: 'incidents:report', render: () => <ResponseReportPage /> }];
