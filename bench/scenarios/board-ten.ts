import type { Scenario } from '../scenario';
import { boardSetup } from './board';

/** Ten boards refreshing at once (a control room), on the same 500 open incidents. */
const boardTen: Scenario = {
  name: 'board-10',
  description: 'GET /api/incidents/board as demo.dispatcher with 500 open incidents, ten connections at once',
  setup: (ctx) => boardSetup(ctx, 10),
};

export default boardTen;
