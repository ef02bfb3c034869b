import type { Route } from '../../../app/routes';

/** Screens for shift patterns, rosters, changes, availability, demand against strength. */
export const ROSTER_ROUTES: Route[] = [];
