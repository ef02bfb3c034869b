import { ensure, type Scenario } from '../scenario';

const PATH = '/api/workforce/staff?limit=50';

/** The first authenticated read: a page of the force directory, as an analyst sees it. */
const staffList: Scenario = {
  name: 'staff-list',
  description:
    'GET /api/workforce/staff?limit=50 as demo.analyst: session lookup, permission check, page query with total, audit write, 50 items serialised',
  async setup(ctx) {
    const headers = { cookie: ctx.cookie };
    const res = await ctx.http(PATH, { headers });
    ensure(res.status === 200, `GET ${PATH} answered ${res.status}, expected 200: ${res.text.slice(0, 300)}`);
    const items = (res.body as { items?: unknown } | null)?.items;
    ensure(Array.isArray(items), `GET ${PATH} has no items array: ${res.text.slice(0, 300)}`);
    ensure(items.length === 50, `GET ${PATH} returned ${items.length} items, expected 50 (is the demo force seeded?)`);
    ctx.log(`checked: 200, 50 items, ${res.bytes} bytes`);
    return { method: 'GET', path: PATH, headers };
  },
};

export default staffList;
