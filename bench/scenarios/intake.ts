import { randomUUID } from 'node:crypto';
import { generatePopulation } from '../../apps/api/src/modules/identity/synthetic';
import { normalisePhone } from '../../apps/api/src/modules/identity';
import { ensure, type Scenario } from '../scenario';

/**
 * Intake as a call handler does it, over a force-sized history: BENCH_INTAKE_PEOPLE people
 * (default 1,000,000, from the synthetic population) and as many earlier contacts (one per
 * person, by name and number, over the last two years) are loaded before the server starts, so
 * the server builds its person index from them as it would in a force. Each connection then
 * repeats: the repeat-caller look-up (name, date of birth, phone as the caller gives them), then
 * the intake that saves the contact and creates its incident in one transaction.
 * One intake = two requests: intakes/s is half the req/s printed.
 */
const PEOPLE = Number(process.env.BENCH_INTAKE_PEOPLE ?? 1_000_000);
const BATCH = 5_000;
const CALLS = 2_000;

type Caller = { first: string; last: string; dob: string | null; phone: string | null };

const THRIVE = {
  threat: { level: 'high' },
  harm: { level: 'high' },
  risk: { level: 'medium' },
  investigation: { level: 'medium' },
  vulnerability: { level: 'low' },
  engagement: { level: 'medium' },
};

const intake: Scenario = {
  name: 'intake',
  description: `POST /api/contact/lookup then POST /api/incidents/intake as demo.callhandler, with ${PEOPLE.toLocaleString('en-GB')} people and as many earlier contacts loaded: the look-up on the matching index plus phone and address counts, then contact + incident + events + audit in one transaction (one intake = 2 requests)`,

  async preload(ctx) {
    ensure(Number.isInteger(PEOPLE) && PEOPLE >= 1_000, 'BENCH_INTAKE_PEOPLE must be a whole number ≥ 1000');
    const t0 = Date.now();
    let ids: string[] = [];
    let dobs: (string | null)[] = [];
    let genders: string[] = [];
    let firsts: string[] = [];
    let lasts: string[] = [];
    let phonePeople: string[] = [];
    let phones: string[] = [];
    let received: string[] = [];
    let n = 0;
    const now = Date.now();
    const flush = async () => {
      if (!ids.length) return;
      await ctx.sql(`insert into person (id, date_of_birth, gender) select * from unnest($1::uuid[], $2::date[], $3::text[])`, [ids, dobs, genders]);
      await ctx.sql(`insert into person_name (person_id, kind, given_names, family_name) select p, 'birth', f, l from unnest($1::uuid[], $2::text[], $3::text[]) as t(p, f, l)`, [ids, firsts, lasts]);
      await ctx.sql(`insert into person_phone (person_id, number) select * from unnest($1::uuid[], $2::text[])`, [phonePeople, phones]);
      // As a force's nominal index would be: already checked for duplicates (\`persons duplicates
      // scan\` after the import), so the server's duplicate sweep has no million-record backlog.
      await ctx.sql(`insert into identity_duplicate_check (entity_type, entity_id, checked_version) select 'person', id, 1 from unnest($1::uuid[]) as t(id)`, [ids]);
      await ctx.sql(
        `insert into contact (reference, channel, received_at, answered_at, caller_given_names, caller_family_name, caller_phone, caller_date_of_birth,
                              category_code, narrative, thrive, proposed_grade, grade)
         select 'CON-BENCH-' || t.id, '101', t.r, t.r + interval '20 seconds', t.f, t.l, t.ph, t.d, 'theft', 'Earlier call (benchmark history)', $7::jsonb, 'routine', 'routine'
         from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::date[], $6::timestamptz[]) as t(id, f, l, ph, d, r)`,
        [ids, firsts, lasts, ids.map((_, i) => phonesByIndex[i] ?? null), dobs, received, JSON.stringify({ threat: { level: 'low' }, harm: { level: 'low' }, risk: { level: 'low' }, investigation: { level: 'low' }, vulnerability: { level: 'low' }, engagement: { level: 'low' } })],
      );
      ids = [];
      dobs = [];
      genders = [];
      firsts = [];
      lasts = [];
      phonePeople = [];
      phones = [];
      received = [];
      phonesByIndex = [];
    };
    let phonesByIndex: (string | null)[] = [];
    for (const r of generatePopulation({ records: PEOPLE, seed: 29, duplicateRate: 0, errorProfile: 'standard' })) {
      if (!r.firstName || !r.lastName) continue;
      const id = randomUUID();
      ids.push(id);
      dobs.push(r.dob || null);
      genders.push(r.gender === 'F' ? 'female' : r.gender === 'M' ? 'male' : 'unknown');
      firsts.push(r.firstName);
      lasts.push(r.lastName);
      const phone = r.phone ? normalisePhone(r.phone) : null;
      phonesByIndex.push(phone ?? null);
      if (phone) {
        phonePeople.push(id);
        phones.push(phone);
      }
      received.push(new Date(now - 86_400_000 - ((n * 7919) % (730 * 86_400)) * 1000).toISOString());
      n++;
      if (ids.length >= BATCH) await flush();
      if (n % 100_000 === 0) ctx.log(`${n.toLocaleString('en-GB')} people and contacts (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    }
    await flush();
    await ctx.sql('analyze');
    ctx.log(`${n.toLocaleString('en-GB')} people, ${n.toLocaleString('en-GB')} earlier contacts loaded`);
  },

  async setup(ctx) {
    const cookie = await ctx.signIn('demo.callhandler');
    const headers = { cookie, 'content-type': 'application/json' };
    // Callers who called before: a sample of the loaded people, as they give their details now.
    const callers = await ctx.sql<Caller>(
      `select n.given_names as first, n.family_name as last, p.date_of_birth::text as dob, ph.number as phone
       from person p join person_name n on n.person_id = p.id left join person_phone ph on ph.person_id = p.id
       order by p.id limit ${CALLS}`,
    );
    const postcodes = (await ctx.sql<{ postcode: string }>(`select postcode from postcode where in_force_area order by postcode limit 200`)).map((r) => r.postcode);
    ensure(callers.length > 0 && postcodes.length > 0, 'no people or no force-area postcodes loaded');
    const receivedAt = new Date(Date.now() - 60_000).toISOString();
    const requests = callers.flatMap((c, i) => {
      const lookup = { firstName: c.first, lastName: c.last, ...(c.dob ? { dateOfBirth: c.dob } : {}), ...(c.phone ? { phone: c.phone } : {}), postcode: postcodes[i % postcodes.length] };
      const contact = {
        channel: '999',
        receivedAt,
        caller: { givenNames: c.first, familyName: c.last, ...(c.dob ? { dateOfBirth: c.dob } : {}), ...(c.phone ? { phone: c.phone } : {}) },
        location: { postcode: postcodes[i % postcodes.length] },
        categoryCode: 'violence',
        narrative: 'Caller reports a man shouting and threatening people outside the station entrance.',
        thrive: THRIVE,
      };
      return [
        { method: 'POST' as const, path: '/api/contact/lookup', headers, body: JSON.stringify(lookup) },
        { method: 'POST' as const, path: '/api/incidents/intake', headers, body: JSON.stringify({ contact }) },
      ];
    });
    // One of each, checked before the run.
    const look = await ctx.http('/api/contact/lookup', { method: 'POST', headers, body: JSON.parse(requests[0]!.body) });
    ensure(look.status === 200, `look-up answered ${look.status}: ${look.text.slice(0, 300)}`);
    const candidates = (look.body as { persons?: unknown[] })?.persons;
    const made = await ctx.http('/api/incidents/intake', { method: 'POST', headers, body: JSON.parse(requests[1]!.body) });
    ensure(made.status === 201, `intake answered ${made.status}: ${made.text.slice(0, 300)}`);
    const incident = (made.body as { incident?: { reference?: string } }).incident;
    ctx.log(`checked: look-up 200 (${Array.isArray(candidates) ? candidates.length : '?'} candidates, ${look.bytes} bytes), intake 201 ${incident?.reference ?? '?'}`);
    return { path: requests[0]!.path, requests };
  },
};

export default intake;
