import { ensure, type Scenario } from '../scenario';

const PEOPLE = 2_000;
const PATH = '/api/workforce/strength?from=2027-01-01&to=2027-12-31';

/**
 * A year's roster for 2,000 people: the demo force topped up to 2,000 with people spread over its
 * teams (so over every pattern), ten days of leave each, then the strength of every team per hour
 * of the week over 2027, which computes every person's every day of the year.
 */
const rosterYear: Scenario = {
  name: 'roster-year',
  description: `GET ${PATH} as demo.analyst over ${PEOPLE.toLocaleString('en-GB')} people: a year's roster for everyone (patterns, assignments, leave, the clock changes) and per-team strength per hour of the week`,
  async setup(ctx) {
    const [count] = await ctx.sql<{ n: string }>('select count(*) as n from staff where is_active');
    const extra = PEOPLE - Number(count?.n ?? 0);
    if (extra > 0) {
      await ctx.sql(
        `insert into staff (collar_number, first_name, last_name, rank, role_title, is_police_officer, team_id, station_id, started_on)
         select 'B' || g, 'Bench', 'Person ' || g, 'Police Constable', 'Response officer', true, t.ids[1 + g % array_length(t.ids, 1)], null, '2020-01-01'
         from generate_series(1, $1::int) g, (select array_agg(id order by code) as ids from team) t`,
        [extra],
      );
    }
    // Ten days of annual leave each in 2027, on different days for different people.
    await ctx.sql(
      `insert into roster_change (staff_id, duty_date, kind, reason, approved_by_name)
       select s.id, date '2027-01-01' + ((s.n * 37 + k * 11) % 365)::int, 'annual_leave', 'Annual leave', 'Bench'
       from (select id, row_number() over (order by id) as n from staff where is_active) s, generate_series(0, 9) k
       on conflict do nothing`,
    );
    const headers = { cookie: ctx.cookie };
    const started = performance.now();
    const res = await ctx.http(PATH, { headers });
    const ms = performance.now() - started;
    ensure(res.status === 200, `GET ${PATH} answered ${res.status}, expected 200: ${res.text.slice(0, 300)}`);
    const teams = (res.body as { teams?: { hours: number[] }[] } | null)?.teams ?? [];
    ensure(teams.length > 30 && teams.every((t) => t.hours.length === 168), `GET ${PATH} did not give 168 hours for every team`);
    const [after] = await ctx.sql<{ people: string }>('select count(*) as people from staff where is_active');
    ctx.log(`checked: 200, ${teams.length} teams, ${after?.people} people, first request ${Math.round(ms)} ms (target: at most 5,000 ms)`);
    return { method: 'GET', path: PATH, headers, connections: 1 };
  },
};

export default rosterYear;
