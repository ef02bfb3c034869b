import { ensure, type Scenario } from '../scenario';

const PATH = '/api/auth/me';

/** The cost of being signed in: session look-up and permissions, one small query, no audit. */
const authMe: Scenario = {
  name: 'auth-me',
  description: 'GET /api/auth/me as demo.analyst: session lookup (one query) and permission set, no audit; the floor of every authenticated route',
  async setup(ctx) {
    const headers = { cookie: ctx.cookie };
    const res = await ctx.http(PATH, { headers });
    ensure(res.status === 200, `GET ${PATH} answered ${res.status}, expected 200`);
    return { method: 'GET', path: PATH, headers };
  },
};

export default authMe;
