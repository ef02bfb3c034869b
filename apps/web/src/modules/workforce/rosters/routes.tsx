import type { Route } from '../../../app/routes';
import { STAFFING_ROUTES } from '../staffing/routes';

/** Screens for shift patterns, rosters, changes, availability, demand against strength. */
export const ROSTER_ROUTES: Route[] = [
  ...STAFFING_ROUTES,
];
