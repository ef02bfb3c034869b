import { ensure, type Scenario } from '../scenario';

// Near Bank junction; the skill most response officers hold.
const PATH = '/api/workforce/availability/available?latitude=51.5134&longitude=-0.0890&skill=first_aid&limit=10';

/** Dispatch's question: who is available now, with a skill, nearest a point. */
const availabilityNearest: Scenario = {
  name: 'availability-nearest',
  description:
    'GET /api/workforce/availability/available (skill first_aid, nearest Bank, 10) as demo.dispatcher: roster revision check, candidates from the in-memory roster, one read of their live status, distance sort, audit write',
  async setup(ctx) {
    const cookie = await ctx.signIn('demo.dispatcher');
    const headers = { cookie };
    // Some officers report positions, as their devices would.
    const ids = await ctx.sql<{ id: string }>(`select s.id from staff s join staff_skill k on k.staff_id = s.id and k.skill_code = 'first_aid' order by s.collar_number limit 200`);
    for (const [i, { id }] of ids.entries()) {
      await ctx.sql(
        `insert into officer_status (staff_id, latitude, longitude, position_at) values ($1, $2, $3, now())
         on conflict (staff_id) do update set latitude = excluded.latitude, longitude = excluded.longitude, position_at = excluded.position_at`,
        [id, 51.505 + ((i * 37) % 100) / 4000, -0.11 + ((i * 53) % 100) / 2500],
      );
    }
    const res = await ctx.http(PATH, { headers });
    ensure(res.status === 200, `GET ${PATH} answered ${res.status}, expected 200: ${res.text.slice(0, 300)}`);
    const items = (res.body as { items?: { distanceMetres: number }[] } | null)?.items;
    ensure(Array.isArray(items) && items.length > 0, `GET ${PATH} found nobody available (is the demo roster seeded?): ${res.text.slice(0, 300)}`);
    ctx.log(`checked: 200, ${items.length} officers, nearest ${items[0]!.distanceMetres} m, ${res.bytes} bytes`);
    return { method: 'GET', path: PATH, headers };
  },
};

export default availabilityNearest;
