import type { App, AppDeps } from '../../../http/types';

/** Response performance per grade over a period, and its CSV export. */
export function registerResponseReportRoutes(_app: App, _deps: AppDeps): void {}
