import { performance } from 'node:perf_hooks';
import { ensure, type BenchContext, type LoadPlan, type Scenario } from '../scenario';

const OPEN = 500;

const THRIVE = {
  threat: { level: 'medium' },
  harm: { level: 'medium' },
  risk: { level: 'medium' },
  investigation: { level: 'low' },
  vulnerability: { level: 'low' },
  engagement: { level: 'low' },
};
const CATEGORIES = ['violence', 'theft', 'burglary-residential', 'criminal-damage', 'public-order', 'shoplifting'];

const contactBody = (i: number, postcodes: string[]) => ({
  contact: {
    channel: i % 3 === 0 ? '999' : '101',
    receivedAt: new Date(Date.now() - 120_000).toISOString(),
    caller: { givenNames: 'Sam', familyName: `Caller${i}` },
    location: { postcode: postcodes[i % postcodes.length] },
    categoryCode: CATEGORIES[i % CATEGORIES.length],
    narrative: `Board benchmark incident ${i}`,
    thrive: THRIVE,
  },
});

/**
 * Tops the force up to 500 open incidents through the intake (as call handlers would), times the
 * board read straight after a change (the process's shared board must be read again from the
 * database), and returns the steady request: GET /api/incidents/board as demo.dispatcher.
 */
export async function boardSetup(ctx: BenchContext, connections: number): Promise<LoadPlan> {
  const handler = { cookie: await ctx.signIn('demo.callhandler'), 'content-type': 'application/json' };
  const dispatcher = { cookie: await ctx.signIn('demo.dispatcher') };
  const postcodes = (await ctx.sql<{ postcode: string }>(`select postcode from postcode where in_force_area order by postcode limit 300`)).map((r) => r.postcode);
  const open = Number((await ctx.sql<{ n: string }>(`select count(*) as n from incident where status <> 'closed'`))[0]!.n);
  for (let i = open; i < OPEN - 30; i++) {
    const res = await ctx.http('/api/incidents/intake', { method: 'POST', headers: handler, body: contactBody(i, postcodes) });
    ensure(res.status === 201, `intake ${i} answered ${res.status}: ${res.text.slice(0, 300)}`);
  }
  // The last 30: each change, then the first board read after it (the one that goes to the database).
  const misses: number[] = [];
  for (let i = Math.max(open, OPEN - 30); i < OPEN; i++) {
    const res = await ctx.http('/api/incidents/intake', { method: 'POST', headers: handler, body: contactBody(i, postcodes) });
    ensure(res.status === 201, `intake ${i} answered ${res.status}: ${res.text.slice(0, 300)}`);
    const t0 = performance.now();
    const board = await ctx.http('/api/incidents/board', { headers: dispatcher });
    misses.push(performance.now() - t0);
    ensure(board.status === 200, `GET /api/incidents/board answered ${board.status}`);
  }
  const res = await ctx.http('/api/incidents/board', { headers: dispatcher });
  ensure(res.status === 200, `GET /api/incidents/board answered ${res.status}: ${res.text.slice(0, 300)}`);
  const items = (res.body as { incidents?: unknown[] }).incidents;
  ensure(Array.isArray(items) && items.length >= OPEN, `the board listed ${Array.isArray(items) ? items.length : '?'} incidents, expected at least ${OPEN}`);
  if (misses.length) {
    misses.sort((a, b) => a - b);
    ctx.log(`first read after a change (from the database, one client, ${misses.length} times): median ${misses[Math.floor(misses.length / 2)]!.toFixed(1)} ms, max ${misses.at(-1)!.toFixed(1)} ms`);
  }
  ctx.log(`checked: 200, ${items.length} open incidents, ${(res.bytes / 1024).toFixed(0)} KB`);
  return { method: 'GET', path: '/api/incidents/board', headers: dispatcher, connections };
}

/** One dispatcher's board: the latency a person waits for. */
const board: Scenario = {
  name: 'board',
  description: `GET /api/incidents/board as demo.dispatcher with ${OPEN} open incidents, one connection: the queue ordered by grade and time left, each with its officers (the process's shared board)`,
  setup: (ctx) => boardSetup(ctx, 1),
};

export default board;
