import type { Route } from '../../app/routes';

/** Screens for persons, locations and vehicles (search, detail, create). */
export const IDENTITY_ROUTES: Route[] = [];
