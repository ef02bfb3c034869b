/**
 * Person de-duplication speed: train + dedupe N synthetic records (default 100,000; pass sizes as
 * arguments, e.g. `node --import tsx bench/identity-dedupe-speed.ts 100000 1000000`).
 * Records: UK forenames and surnames drawn by their ONS frequency (the shipped tables), random dates
 * of birth, addresses and postcodes; a quarter are corrupted copies of another (typo, nickname,
 * swapped day/month, missing field, names swapped), so the candidate load is realistic.
 * Until the synthetic-population generator exists this is the stand-in for large files.
 */
import { performance } from 'node:perf_hooks';
import { createMatcher, preparePerson, trainModel, type PersonInput } from '../apps/api/src/modules/identity/matching';
import { dedupeInParallel } from '../apps/api/src/modules/identity/matching/parallel';
import { nameTables } from '../apps/api/src/modules/identity/matching/names';
import { seededRandom } from '../apps/api/src/modules/identity/matching/model';

const random = seededRandom(7);
const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;

function sampler(shares: Map<string, number>): () => string {
  const names = [...shares.keys()];
  const cumulative = new Float64Array(names.length);
  let total = 0;
  names.forEach((n, i) => { total += shares.get(n)!; cumulative[i] = total; });
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = names.length - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (cumulative[mid]! < x) lo = mid + 1; else hi = mid; }
    return names[lo]!;
  };
}

const STREETS = ['high street', 'church road', 'station road', 'main street', 'park lane', 'victoria road', 'green lane', 'manor road', 'kings road', 'queens road', 'new road', 'mill lane', 'school lane', 'the crescent', 'north street'];
const STREET_TYPES = ['road', 'street', 'lane', 'avenue', 'close', 'gardens', 'way', 'drive'];
const TOWNS = ['london', 'manchester', 'birmingham', 'leeds', 'glasgow', 'bristol', 'liverpool', 'sheffield', 'cardiff', 'leicester', 'coventry', 'hull', 'bradford', 'belfast', 'nottingham'];

function typo(s: string): string {
  if (s.length < 3) return s;
  const i = 1 + Math.floor(random() * (s.length - 2));
  const kind = random();
  if (kind < 0.33) return s.slice(0, i) + s.slice(i + 1);
  if (kind < 0.66) return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
  return s.slice(0, i) + String.fromCharCode(97 + Math.floor(random() * 26)) + s.slice(i + 1);
}

/** One digit of a YYYY-MM-DD date changed, the form kept (the date may become impossible, as in legacy data). */
function digitTypo(date: string): string {
  const positions = [2, 3, 5, 6, 8, 9].filter((i) => i < date.length);
  if (!positions.length) return date;
  const i = pick(positions);
  return date.slice(0, i) + String(Math.floor(random() * 10)) + date.slice(i + 1);
}

export function syntheticPeople(n: number): { records: PersonInput[]; entity: Int32Array } {
  const tables = nameTables();
  const forename = sampler(tables.forenameShare);
  const surname = sampler(tables.surnameShare);
  const nicknames = tables.forenameVariants;
  const records: PersonInput[] = [];
  const entity = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (i > 0 && random() < 0.25) {
      const j = Math.floor(random() * i);
      const base = { ...records[j]! };
      entity[i] = entity[j]!;
      const errors = 1 + Math.floor(random() * 2);
      for (let e = 0; e < errors; e++) {
        const r = random();
        if (r < 0.2) base.first_name = typo(base.first_name ?? '');
        else if (r < 0.35) base.last_name = typo(base.last_name ?? '');
        else if (r < 0.45) { const v = nicknames.get(base.first_name ?? ''); if (v) base.first_name = pick([...v]); }
        else if (r < 0.55) { const [y, m, d] = (base.dob ?? '').split('-'); if (Number(d) <= 12) base.dob = `${y}-${d}-${m}`; }
        else if (r < 0.65) base.dob = digitTypo(base.dob ?? '');
        else if (r < 0.75) base.address = '';
        else if (r < 0.8) [base.first_name, base.last_name] = [base.last_name, base.first_name];
        else if (r < 0.9) base.postcode = '';
        else base.phone = '';
      }
      base.id = String(i);
      records.push(base);
      continue;
    }
    entity[i] = i;
    const y = 1930 + Math.floor(random() * 85);
    const m = 1 + Math.floor(random() * 12);
    const d = 1 + Math.floor(random() * 28);
    records.push({
      id: String(i),
      first_name: forename(),
      last_name: surname(),
      dob: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      address: `${1 + Math.floor(random() * 200)} ${random() < 0.2 ? pick(STREETS) : `${surname()} ${pick(STREET_TYPES)}`}`,
      postcode: `${pick(['AB', 'B', 'CF', 'E', 'EC', 'G', 'L', 'LS', 'M', 'N', 'S', 'SW'])}${1 + Math.floor(random() * 20)} ${Math.floor(random() * 10)}${String.fromCharCode(65 + Math.floor(random() * 26))}${String.fromCharCode(65 + Math.floor(random() * 26))}`,
      city: pick(TOWNS),
      phone: random() < 0.6 ? `07${String(Math.floor(random() * 1e9)).padStart(9, '0')}` : '',
    });
  }
  return { records, entity };
}

const sizes = !process.argv[1]?.endsWith("identity-dedupe-speed.ts") ? [] : process.argv.slice(2).map(Number).filter((x) => x > 0);
for (const n of sizes.length || !process.argv[1]?.endsWith("identity-dedupe-speed.ts") ? sizes : [100_000]) {
  const { records, entity } = syntheticPeople(n);
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
  const c0 = cpu();
  const t0 = performance.now();
  const prepared = records.map((r, i) => preparePerson(r, String(i)));
  const tp0 = performance.now();
  const matcher = createMatcher(trainModel(prepared));
  const t1 = performance.now();
  const c1 = cpu();
  const pairs = await dedupeInParallel(matcher.model, prepared, {}); // threads: BLUELAMP_MATCH_THREADS (default 1)
  const t2 = performance.now();
  const c2 = cpu();
  const tp = pairs.filter((p) => entity[p.left] === entity[p.right]).length;
  const sizesByEntity = new Map<number, number>();
  for (const e of entity) sizesByEntity.set(e, (sizesByEntity.get(e) ?? 0) + 1);
  const truePairs = [...sizesByEntity.values()].reduce((s, k) => s + (k * (k - 1)) / 2, 0);
  console.log(`${n} records: prepare ${((tp0 - t0) / 1000).toFixed(1)} s, train ${((t1 - tp0) / 1000).toFixed(1)} s, dedupe ${((t2 - t1) / 1000).toFixed(1)} s, total ${((t2 - t0) / 1000).toFixed(1)} s; ${pairs.length} pairs (${tp} true: precision ${(tp / pairs.length).toFixed(4)}, recall ${(tp / truePairs).toFixed(4)}); heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB; CPU ${(c2 - c0).toFixed(1)} s in this thread (dedupe ${(c2 - c1).toFixed(1)} s) (wall time above is inflated when other work shares the cores)`);
}
