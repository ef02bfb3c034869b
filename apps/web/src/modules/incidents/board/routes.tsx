import type { Route } from '../../../app/routes';

/** Command and control: the control-room board and one incident. */
export const BOARD_ROUTES: Route[] = [];
