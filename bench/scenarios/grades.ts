import { ensure, type Scenario } from '../scenario';

const PATH = '/api/reference/grades';

/** An authenticated read of a tiny reference list: session look-up plus one three-row query, no audit. */
const grades: Scenario = {
  name: 'grades',
  description: 'GET /api/reference/grades as demo.analyst: session lookup plus one 3-row query, no audit',
  async setup(ctx) {
    const headers = { cookie: ctx.cookie };
    const res = await ctx.http(PATH, { headers });
    ensure(res.status === 200, `GET ${PATH} answered ${res.status}, expected 200`);
    return { method: 'GET', path: PATH, headers };
  },
};

export default grades;
