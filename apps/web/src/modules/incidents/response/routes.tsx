import type { Route } from '../../../app/routes';

/** The officer's assignment on the phone, and the response performance report. */
export const RESPONSE_ROUTES: Route[] = [];
