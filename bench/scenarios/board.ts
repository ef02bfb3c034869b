import { ensure, type Scenario } from '../scenario';

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

/**
 * The dispatcher's queue: 500 open incidents (made through the intake, as call handlers
 * would), then GET /api/incidents/board as demo.dispatcher — every open
 * incident with its clock, location and officers, ordered by grade and time left.
 */
const board: Scenario = {
  name: 'board',
  description: `GET /api/incidents/board as demo.dispatcher with ${OPEN} open incidents: the queue ordered by grade and time left, each with its officers`,
  async setup(ctx) {
    const handler = { cookie: await ctx.signIn('demo.callhandler'), 'content-type': 'application/json' };
    const dispatcher = { cookie: await ctx.signIn('demo.dispatcher') };
    const postcodes = (await ctx.sql<{ postcode: string }>(`select postcode from postcode where in_force_area order by postcode limit 300`)).map((r) => r.postcode);
    const existing = Number((await ctx.sql<{ n: string }>(`select count(*) as n from incident where status <> 'closed'`))[0]!.n);
    const receivedAt = new Date(Date.now() - 120_000).toISOString();
    for (let i = existing; i < OPEN; i++) {
      const contact = {
        channel: i % 3 === 0 ? '999' : '101',
        receivedAt,
        caller: { givenNames: 'Sam', familyName: `Caller${i}` },
        location: { postcode: postcodes[i % postcodes.length] },
        categoryCode: CATEGORIES[i % CATEGORIES.length],
        narrative: `Board benchmark incident ${i}`,
        thrive: THRIVE,
      };
      const res = await ctx.http('/api/incidents/intake', { method: 'POST', headers: handler, body: { contact } });
      ensure(res.status === 201, `intake ${i} answered ${res.status}: ${res.text.slice(0, 300)}`);
    }
    const res = await ctx.http('/api/incidents/board', { headers: dispatcher });
    ensure(res.status === 200, `GET /api/incidents/board answered ${res.status}: ${res.text.slice(0, 300)}`);
    const items = (res.body as { incidents?: unknown[] }).incidents;
    ensure(Array.isArray(items) && items.length >= OPEN, `the board listed ${Array.isArray(items) ? items.length : '?'} incidents, expected at least ${OPEN}`);
    ctx.log(`checked: 200, ${items.length} open incidents, ${(res.bytes / 1024).toFixed(0)} KB`);
    return { method: 'GET', path: '/api/incidents/board', headers: dispatcher };
  },
};

export default board;
