import type { Route } from '../../../app/routes';

/** Screens for proposed duplicate persons and places, review and merge. */
export const DUPLICATE_ROUTES: Route[] = [];
