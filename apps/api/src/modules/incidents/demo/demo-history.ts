/**
 * Demo history: eight weeks of past, closed incidents for the demo force, so the response report,
 * the demand chart and the board's figures are not empty on `npm start`. Deterministic (seeded
 * random), at City postcodes from the force gazetteer, with a City-shaped week (weekday office hours,
 * Thursday–Saturday nights) and realistic dispatch and arrival times per grade. Inserted once, as
 * imported incidents with references DEMO-NNNNNN, by the same statement as `incidents import`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../core/db/schema';
import { mulberry32 } from '../../../core/random';
import { parseCsvRecords } from '../../../core/csv';
import { listIncidentCategories, listResponseGrades } from '../../platform';
import { lookupPostcode } from '../../workforce';
import { insertImportedIncidents, type ImportedEventRow, type ImportedIncidentRow } from '../history/history.repository';
import { hourOfWeek, localDateStart } from '../history/zoned-time';

const POSTCODES_CSV = path.resolve(import.meta.dirname, '../../../../data/demo/ec-postcodes.csv');
const LOCK_KEY = 80_080_001;
const HOUR = 3_600_000;

/** Incidents per hour by hour of the day (weekday), a City shape: quiet nights, busy office hours and evenings. */
const WEEKDAY_HOURS = [0.5, 0.4, 0.3, 0.2, 0.2, 0.2, 0.4, 0.7, 1.1, 1.3, 1.3, 1.4, 1.6, 1.5, 1.4, 1.4, 1.5, 1.7, 1.8, 1.6, 1.3, 1.1, 0.9, 0.7];
/** Day factors Monday … Sunday; Thursday to Saturday nights are busier after 20:00. */
const DAY_FACTOR = [0.95, 1, 1, 1.1, 1.2, 0.8, 0.6];

/** Categories the City sees most, with weights. */
const CATEGORY_WEIGHTS: [string, number][] = [
  ['theft', 16], ['shoplifting', 8], ['violence', 9], ['public-order', 6], ['asb-nuisance', 7], ['asb-personal', 3], ['fraud', 6], ['concern-for-safety', 6],
  ['alarm-activation', 7], ['suspicious-package', 3], ['criminal-damage', 4], ['vehicle-crime', 3], ['drugs', 3], ['collapse-injury-illness', 4], ['rtc-damage-only', 3],
  ['rtc-injury', 1], ['robbery', 2], ['weapons', 1], ['lost-found-property', 3], ['civil-dispute', 2], ['burglary-business', 2], ['harassment', 2], ['protest-demonstration', 1],
];

const BREACH_REASONS = ['All units committed to higher-priority incidents', 'Traffic on London Bridge', 'Unit diverted en route', 'Location hard to find'];

export type DemoHistoryResult = { seeded: boolean; incidents?: number };

/** Poisson draw (Knuth; the rates here are small). */
function poisson(random: () => number, rate: number): number {
  const limit = Math.exp(-rate);
  let k = 0;
  let p = random();
  while (p > limit) {
    k++;
    p *= random();
  }
  return k;
}

/** A log-normal draw with the given median (seconds) and spread. */
const logNormal = (random: () => number, median: number, sigma: number): number => {
  const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return median * Math.exp(sigma * z);
};

async function cityPostcodes(db: Kysely<DB>, random: () => number): Promise<{ postcode: string; latitude: number; longitude: number }[]> {
  const all = parseCsvRecords(fs.readFileSync(POSTCODES_CSV, 'utf8'));
  const found: { postcode: string; latitude: number; longitude: number }[] = [];
  for (let tries = 0; tries < 600 && found.length < 80; tries++) {
    const candidate = all[Math.floor(random() * all.length)]!;
    const hit = await lookupPostcode(db, candidate.postcode!);
    if (hit?.inForceArea && hit.latitude !== null && hit.longitude !== null) found.push({ postcode: hit.postcode, latitude: Number(hit.latitude), longitude: Number(hit.longitude) });
  }
  return found;
}

/**
 * Seeds the history once (a DEMO- reference already there: nothing happens). `today` is the local
 * date the history ends before (default: today in Europe/London).
 */
export async function seedDemoHistory(db: Kysely<DB>, options: { seed?: number; weeks?: number; now?: Date } = {}): Promise<DemoHistoryResult> {
  const now = options.now ?? new Date();
  const weeks = options.weeks ?? 8;
  return db.transaction().execute(async (tx) => {
    await sql`select pg_advisory_xact_lock(${LOCK_KEY})`.execute(tx);
    const existing = await tx.selectFrom('incident').select('id').where('reference', 'like', 'DEMO-%').limit(1).executeTakeFirst();
    if (existing) return { seeded: false };
    const random = mulberry32(options.seed ?? 20_261_129);
    const postcodes = await cityPostcodes(tx as unknown as Kysely<DB>, random);
    if (postcodes.length === 0) return { seeded: false };
    const grades = new Map((await listResponseGrades(tx as unknown as Kysely<DB>)).map((g) => [g.code, g.targetSeconds]));
    const categories = new Map((await listIncidentCategories(tx as unknown as Kysely<DB>, { includeInactive: false })).map((c) => [c.code, c]));
    const weighted = CATEGORY_WEIGHTS.filter(([code]) => categories.has(code));
    const totalWeight = weighted.reduce((a, [, w]) => a + w, 0);
    const pickCategory = () => {
      let r = random() * totalWeight;
      for (const [code, w] of weighted) if ((r -= w) < 0) return categories.get(code)!;
      return categories.get(weighted[0]![0])!;
    };

    const todayStart = localDateStart('Europe/London', now.toLocaleDateString('en-CA', { timeZone: 'Europe/London' }))!;
    const start = todayStart - weeks * 7 * 24 * HOUR;
    const incidents: ImportedIncidentRow[] = [];
    const events: ImportedEventRow[] = [];
    let n = 0;
    for (let hourStart = start; hourStart < todayStart; hourStart += HOUR) {
      const how = hourOfWeek('Europe/London', hourStart);
      const day = Math.floor(how / 24);
      const hour = how % 24;
      const nightLife = (day >= 3 && day <= 5 && hour >= 20) || (day >= 4 && day <= 6 && hour < 3) ? 1.6 : 1;
      const rate = WEEKDAY_HOURS[hour]! * DAY_FACTOR[day]! * nightLife;
      for (let k = poisson(random, rate); k > 0; k--) {
        const category = pickCategory();
        const grade = category.defaultGradeCode;
        const target = grades.get(grade) ?? 3600;
        const received = hourStart + Math.floor(random() * HOUR);
        const place = postcodes[Math.floor(random() * postcodes.length)]!;
        const ref = `DEMO-${String(++n).padStart(6, '0')}`;
        const [dispatchMedian, travelMedian, sigma] = grade === 'immediate' ? [90, 330, 0.45] : grade === 'scheduled' ? [600, 1200, 0.6] : [4 * 3600, 3 * 3600, 0.9];
        const notAttended = grade === 'routine' && random() < 0.12;
        const dispatched = notAttended ? null : received + Math.round(logNormal(random, dispatchMedian, 0.6) * 1000);
        const arrived = dispatched === null ? null : dispatched + Math.round(logNormal(random, travelMedian, sigma) * 1000);
        const cleared = arrived === null ? received + Math.round((600 + random() * 1800) * 1000) : arrived + Math.round((900 + random() * 4500) * 1000);
        if ((arrived ?? cleared) > now.getTime()) continue;
        const targetAt = received + target * 1000;
        const breachedAt = arrived !== null && arrived > targetAt ? targetAt : null;
        const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
        incidents.push({
          reference: ref,
          category_code: category.code,
          category_text: null,
          grade,
          original_grade: grade,
          target_seconds: target,
          received_at: iso(received)!,
          target_at: iso(targetAt)!,
          location_postcode: place.postcode,
          latitude: place.latitude,
          longitude: place.longitude,
          narrative: `${category.name} (demo history)`,
          first_dispatched_at: iso(dispatched),
          first_arrived_at: iso(arrived),
          cleared_at: arrived === null ? null : iso(cleared),
          closed_at: iso(cleared)!,
          breached_at: iso(breachedAt),
          attended: !notAttended,
          non_attendance_reason: notAttended ? (random() < 0.5 ? 'resolved-by-phone' : 'victim-declined') : null,
          breach_reason: breachedAt !== null && random() < 0.7 ? BREACH_REASONS[Math.floor(random() * BREACH_REASONS.length)]! : null,
          imported_row: {},
          created_by_username: 'demo',
        });
        const timeline: Omit<ImportedEventRow, 'reference' | 'ord'>[] = [{ type: 'imported', from_status: null, to_status: null, occurred_at: iso(received)!, details: { source: 'demo history', closingCode: 'imported' } }];
        if (dispatched !== null) timeline.push({ type: 'status', from_status: 'awaiting_dispatch', to_status: 'dispatched', occurred_at: iso(dispatched)!, details: {} });
        if (breachedAt !== null) timeline.push({ type: 'breached', from_status: null, to_status: null, occurred_at: iso(breachedAt)!, details: {} });
        if (arrived !== null) timeline.push({ type: 'status', from_status: 'dispatched', to_status: 'on_scene', occurred_at: iso(arrived)!, details: {} });
        if (arrived !== null) timeline.push({ type: 'status', from_status: 'on_scene', to_status: 'cleared', occurred_at: iso(cleared)!, details: {} });
        timeline.sort((a, b) => a.occurred_at.localeCompare(b.occurred_at));
        timeline.forEach((e, ord) => events.push({ ...e, reference: ref, ord }));
      }
    }
    for (let i = 0; i < incidents.length; i += 2000) {
      const batch = incidents.slice(i, i + 2000);
      const refs = new Set(batch.map((r) => r.reference));
      await insertImportedIncidents(tx, batch, events.filter((e) => refs.has(e.reference)), 'demo');
    }
    return { seeded: true, incidents: incidents.length };
  });
}
