/**
 * Person-matching quality: precision, recall and F1 of pairwise duplicate detection against ground
 * truth, with ONE configuration (the engine's defaults) for every data set.
 * Run: node --import tsx bench/identity-eval.ts [--sweep]
 * Reads ../shared/data (FEBRL 1–3, Splink fake_1000); a missing file is skipped with a message.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createMatcher, DEFAULT_THRESHOLD, trainModel } from '../apps/api/src/modules/identity/matching';
import { parseCsv } from '../apps/api/src/core/csv';
import { parseMapping, recordsFromRows } from '../apps/api/src/modules/identity/matching/mapping';

const DATA = path.resolve(import.meta.dirname, '../../shared/data');
const FEBRL_MAP = 'first_name=given_name,last_name=surname,address=street_number+address_1+address_2,city=suburb,postcode=postcode,dob=date_of_birth,id_number=soc_sec_id';
const FAKE_MAP = 'first_name=first_name,last_name=surname,dob=dob,city=city,email=email';

export type EvalSet = { name: string; file: string; id: string; map: string; entity: (row: Record<string, string>) => string };

export const SETS: EvalSet[] = [
  ...[1, 2, 3].map((n) => ({
    name: `FEBRL ${n}`,
    file: path.join(DATA, `febrl/dataset${n}.csv`),
    id: 'rec_id',
    map: FEBRL_MAP,
    entity: (row: Record<string, string>) => /^rec-(\d+)-/.exec(row.rec_id!)![1]!,
  })),
  { name: 'fake_1000', file: path.join(DATA, 'splink-synthetic-persons/fake_1000.csv'), id: 'unique_id', map: FAKE_MAP, entity: (row) => row.cluster! },
];

export type EvalResult = { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number; trainMs: number; matchMs: number };

/** Trains on the file itself (no labels), de-duplicates it and scores the pairs against the truth. */
export function evaluateFile(file: string, set: Pick<EvalSet, 'id' | 'map' | 'entity'>, thresholds = [DEFAULT_THRESHOLD]): EvalResult[] {
  const rows = parseCsv(fs.readFileSync(file, 'utf8'));
  const header = rows[0]!;
  const entities = rows.slice(1).map((row) => set.entity(Object.fromEntries(header.map((h, i) => [h, row[i] ?? '']))));
  const { records } = recordsFromRows(rows, path.basename(file), set.id, parseMapping(set.map));
  const t0 = performance.now();
  const model = trainModel(records);
  const t1 = performance.now();
  const matcher = createMatcher(model);
  const runs = thresholds.map((threshold) => matcher.dedupe(records, { threshold }));
  const t2 = performance.now();
  let truePairs = 0;
  const sizes = new Map<string, number>();
  for (const e of entities) sizes.set(e, (sizes.get(e) ?? 0) + 1);
  for (const n of sizes.values()) truePairs += (n * (n - 1)) / 2;
  return runs.map((pairs) => {
    let tp = 0;
    let fp = 0;
    for (const p of pairs) {
      if (entities[p.left] === entities[p.right]) tp++;
      else fp++;
    }
    const fn = truePairs - tp;
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / Math.max(1, truePairs);
    const f1 = (2 * precision * recall) / Math.max(1e-12, precision + recall);
    return { precision, recall, f1, tp, fp, fn, trainMs: t1 - t0, matchMs: (t2 - t1) / runs.length };
  });
}

const TARGETS: Record<string, number> = { 'FEBRL 1': 0.99, 'FEBRL 2': 0.98, 'FEBRL 3': 0.97, fake_1000: 0.93 };

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('identity-eval.ts')) {
  const sweep = process.argv.includes('--sweep');
  const thresholds = sweep ? [0.5, 0.7, 0.8, 0.9, 0.95, 0.99] : [DEFAULT_THRESHOLD];
  console.log(`Person matching, one configuration, threshold ${sweep ? thresholds.join('/') : DEFAULT_THRESHOLD}`);
  console.log('data set    threshold  precision  recall   F1      target  TP/FP/FN          train ms  match ms');
  for (const set of SETS) {
    if (!fs.existsSync(set.file)) {
      console.log(`${set.name.padEnd(11)} skipped: ${set.file} not found (../shared/data is absent)`);
      continue;
    }
    const results = evaluateFile(set.file, set, thresholds);
    results.forEach((r, k) => {
      const target = TARGETS[set.name]!;
      console.log(
        `${set.name.padEnd(11)} ${thresholds[k]!.toFixed(2).padEnd(10)} ${r.precision.toFixed(4).padEnd(10)} ${r.recall.toFixed(4).padEnd(8)} ${r.f1.toFixed(4).padEnd(7)} ${(r.f1 >= target ? `≥${target} ok` : `<${target}`).padEnd(7)} ${`${r.tp}/${r.fp}/${r.fn}`.padEnd(17)} ${r.trainMs.toFixed(0).padStart(8)}  ${r.matchMs.toFixed(0).padStart(8)}`,
      );
    });
  }
}
