/**
 * Look-up while typing: how long one search of the in-memory person index takes with N people
 * loaded (default 1,000,000; `node --import tsx bench/identity-lookup-speed.ts 1000000`).
 * The index is the one each server process keeps (PersonIndex over the trained model); the people
 * come from the synthetic-population generator, and each query is one of the generator's
 * corrupted duplicates (typos, nicknames, swapped dates…) looked up as a call handler would type it.
 * Prints p50 / p99 / max per search and how often the true person is in the top 10.
 */
import { performance } from 'node:perf_hooks';
import { createMatcher, PersonIndex, trainModel, type PersonInput } from '../apps/api/src/modules/identity/matching';
import { generatePopulation } from '../apps/api/src/modules/identity/synthetic';

const people = Number(process.argv[2] ?? 1_000_000);
const queries = Number(process.argv[3] ?? 5_000);
// Optional: the comparison budget per search (PersonIndex default 5,000).
const maxCompared = process.argv[4] ? Number(process.argv[4]) : undefined;

type Synth = ReturnType<typeof generatePopulation> extends Iterable<infer R> ? R : never;
const toInput = (r: Synth): PersonInput => ({
  first_name: r.firstName,
  middle_name: r.middleName,
  last_name: r.lastName,
  dob: r.dob,
  gender: r.gender,
  phone: r.phone,
  email: r.email,
  address: r.address,
  postcode: r.postcode,
  city: r.city,
  id_number: r.idNumber,
});

const t0 = performance.now();
const firstOfCluster = new Map<string, string>();
const trainingSample: PersonInput[] = [];
const duplicates: Synth[] = [];
const originals: Synth[] = [];
for (const r of generatePopulation({ records: Math.round(people / 0.8), seed: 11, duplicateRate: 0.2, errorProfile: 'standard' })) {
  if (r.duplicate) {
    if (duplicates.length < queries) duplicates.push(r);
    continue;
  }
  originals.push(r);
  if (trainingSample.length < 100_000) trainingSample.push(toInput(r));
}
const t1 = performance.now();
const matcher = createMatcher(trainModel(trainingSample));
const t2 = performance.now();
const index = new PersonIndex(matcher);
for (const r of originals) {
  index.put(String(r.id), toInput(r));
  firstOfCluster.set(String(r.cluster), String(r.id));
}
originals.length = 0;
const t3 = performance.now();
console.log(`people indexed: ${index.size.toLocaleString('en-GB')} (generate ${((t1 - t0) / 1000).toFixed(1)} s, train ${((t2 - t1) / 1000).toFixed(1)} s, index ${((t3 - t2) / 1000).toFixed(1)} s, heap ${(process.memoryUsage().heapUsed / 2 ** 30).toFixed(2)} GiB)`);

const times: number[] = [];
let found = 0;
for (const q of duplicates) {
  // A call handler gives name, date of birth and perhaps a phone: not the whole record.
  const query: PersonInput = { first_name: q.firstName, last_name: q.lastName, dob: q.dob, phone: q.phone, postcode: q.postcode };
  const start = performance.now();
  const hits = index.search(query, { limit: 10, maxCompared });
  times.push(performance.now() - start);
  if (hits.some((h) => h.id === firstOfCluster.get(String(q.cluster)))) found++;
}
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
console.log(`searches: ${times.length}; p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${times.at(-1)!.toFixed(2)} ms; true person in top 10: ${((100 * found) / times.length).toFixed(1)} %`);
