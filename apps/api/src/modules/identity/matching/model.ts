/**
 * Fellegi–Sunter model: for every comparison level, m = P(level | same person) and
 * u = P(level | different people). u starts from random pairs; m (and u among the candidates) come
 * from expectation–maximisation over the blocked candidate pairs. Exact agreement on a name, date of
 * birth, town or postcode is then weighed by how common the value is in the data (term frequency).
 */
import { COMPARISONS, MISSING } from './comparisons';
import { blockingKeys, forEachCandidatePair } from './blocking';
import { preparePerson, type PersonInput, type PreparedPerson } from './normalise';
import { mulberry32 } from '../../../core/random';
import { nameTables } from './names';

export type ComparisonParameters = { key: string; levels: string[]; m: number[]; u: number[]; uRandom: number[] };

/** Serialisable trained model (JSON). */
export type MatchModel = {
  version: 1;
  /** Share of candidate pairs that are the same person (the prior). */
  lambda: number;
  comparisons: ComparisonParameters[];
  /** Per term-frequency field: value → share of records with that value (only values seen at least twice). */
  termFrequencies: Record<string, Record<string, number>>;
  /** Share given to a value seen once or never (1 / records). */
  tfFloor: number;
  trainedOn: {
    records: number; /** Records the parameters were estimated on (all, or a random share of a large file). */ sampled?: number; candidatePairs: number; randomPairs: number; iterations: number;
    /** 'em': m and u estimated from the data; 'prior-m': EM found no plausible same-person cluster, so m is the generic prior. */
    fit?: 'em' | 'prior-m';
  };
};

export type TrainOptions = {
  /** 'em' (default): u starts from random pairs and is re-estimated among the candidates; 'random': u from random pairs only. */
  estimateU?: 'random' | 'em';
  maxRandomPairs?: number; maxCandidatePairs?: number; iterations?: number; seed?: number;
  /** Larger inputs are trained on a random share of this many records (default MAX_TRAINING_RECORDS). */
  maxTrainingRecords?: number;
};

/** How many records' worth of weight the national name shares carry against the file's own counts. */
const NATIONAL_PSEUDO_RECORDS = 2_000;

/** Records a model is estimated on at most; term frequencies use every record. */
export const MAX_TRAINING_RECORDS = 250_000;

/** A small deterministic random generator, so training is repeatable. */
export const seededRandom = mulberry32;

/** Comparison vector of one pair: level per comparison (MISSING = -1). */
export function compareVector(a: PreparedPerson, b: PreparedPerson, out: Int8Array, offset = 0): void {
  for (let c = 0; c < COMPARISONS.length; c++) out[offset + c] = COMPARISONS[c]!.compare(a, b);
}

/**
 * How many pairs' worth of weight the generic prior carries: little for m (EM sees the true pairs
 * directly), more for u (random pairs of a small file include its true pairs; a large file gives
 * 100,000 random pairs, which outweigh it).
 */
const M_PRIOR_PAIRS = 20;
const U_PRIOR_PAIRS = 1000;
/** Prior share of candidate pairs that are the same person. */
const LAMBDA_PRIOR = 0.2;

function normalise(counts: number[], prior: number[], weight: number): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  const priorTotal = prior.reduce((a, b) => a + b, 0);
  return counts.map((c, l) => (c + (weight * prior[l]!) / priorTotal) / (total + weight));
}

/** Trains a model on records (already prepared, or raw inputs). */
export function trainModel(input: PersonInput[] | PreparedPerson[], options: TrainOptions = {}): MatchModel {
  const all = input.every((r) => 'firstKey' in r) ? (input as PreparedPerson[]) : input.map((r, i) => ('firstKey' in r ? (r as PreparedPerson) : preparePerson(r as PersonInput, String(i))));
  const random = seededRandom(options.seed ?? 42);
  // m and u need a few hundred thousand pairs, not every pair of a million records: a large file
  // trains on a random share of its records (a share, not every k-th, so neighbouring duplicates
  // are kept together as often as any others). Term frequencies still count every record.
  const maxRecords = options.maxTrainingRecords ?? MAX_TRAINING_RECORDS;
  const records = all.length <= maxRecords ? all : all.filter(() => random() < maxRecords / all.length);
  const n = records.length;
  const C = COMPARISONS.length;

  // u from random pairs.
  const maxRandom = Math.min(options.maxRandomPairs ?? 100_000, (n * (n - 1)) / 2);
  const uCounts = COMPARISONS.map((c) => new Array<number>(c.levels.length).fill(0));
  const vector = new Int8Array(C);
  for (let p = 0; p < maxRandom; p++) {
    const i = Math.floor(random() * n);
    let j = Math.floor(random() * (n - 1));
    if (j >= i) j++;
    compareVector(records[i]!, records[j]!, vector);
    for (let c = 0; c < C; c++) if (vector[c]! !== MISSING) uCounts[c]![vector[c]!]!++;
  }
  const uRandom = uCounts.map((counts, c) => normalise(counts, COMPARISONS[c]!.prior.u, U_PRIOR_PAIRS));

  // Candidate pairs, reservoir-sampled, as comparison vectors.
  const maxCandidates = options.maxCandidatePairs ?? 100_000;
  const keys = blockingKeys(records);
  const sample: number[] = [];
  let seen = 0;
  forEachCandidatePair(keys, n, (i, j) => {
    if (sample.length < maxCandidates * 2) sample.push(i, j);
    else {
      const slot = Math.floor(random() * (seen + 1));
      if (slot < maxCandidates) { sample[slot * 2] = i; sample[slot * 2 + 1] = j; }
    }
    seen++;
  });
  // Pairs with the same comparison levels are one pattern: EM runs over the distinct patterns with counts.
  const patternIndex = new Map<string, number>();
  const patternCounts: number[] = [];
  const patternVectors: number[] = [];
  for (let p = 0; p < sample.length / 2; p++) {
    compareVector(records[sample[p * 2]!]!, records[sample[p * 2 + 1]!]!, vector);
    let key = '';
    for (let c = 0; c < C; c++) key += String.fromCharCode(vector[c]! + 66);
    const found = patternIndex.get(key);
    if (found !== undefined) { patternCounts[found]!++; continue; }
    patternIndex.set(key, patternCounts.length);
    patternCounts.push(1);
    for (let c = 0; c < C; c++) patternVectors.push(vector[c]!);
  }
  const pairs = patternCounts.length;
  const pairTotal = sample.length / 2;
  const vectors = Int8Array.from(patternVectors);

  // Expectation–maximisation over the candidates.
  let m = COMPARISONS.map((c) => [...c.prior.m]);
  let u = uRandom.map((levels) => [...levels]);
  let lambda = 0.3;
  const fixedU = (options.estimateU ?? 'em') === 'random';
  const iterations = options.iterations ?? 100;
  let done = 0;
  for (; done < iterations && pairs > 0; done++) {
    const mCounts = COMPARISONS.map((c) => new Array<number>(c.levels.length).fill(0));
    const uc = COMPARISONS.map((c) => new Array<number>(c.levels.length).fill(0));
    let total = 0;
    const logPrior = Math.log(lambda / (1 - lambda));
    const logRatio = m.map((levels, c) => levels.map((mv, l) => Math.log(mv / u[c]![l]!)));
    for (let p = 0; p < pairs; p++) {
      let score = logPrior;
      const base = p * C;
      for (let c = 0; c < C; c++) {
        const level = vectors[base + c]!;
        if (level !== MISSING) score += logRatio[c]![level]!;
      }
      const count = patternCounts[p]!;
      const prob = 1 / (1 + Math.exp(-score));
      total += prob * count;
      for (let c = 0; c < C; c++) {
        const level = vectors[base + c]!;
        if (level === MISSING) continue;
        mCounts[c]![level]! += prob * count;
        uc[c]![level]! += (1 - prob) * count;
      }
    }
    const next = mCounts.map((counts, c) => normalise(counts, COMPARISONS[c]!.prior.m, M_PRIOR_PAIRS));
    const nextU = fixedU ? u : uc.map((counts, c) => normalise(counts, uRandom[c]!, M_PRIOR_PAIRS));
    const nextLambda = Math.min(0.999, Math.max(1e-6, (total + LAMBDA_PRIOR * M_PRIOR_PAIRS) / (pairTotal + M_PRIOR_PAIRS)));
    const change = Math.abs(nextLambda - lambda) + next.reduce((s, levels, c) => s + levels.reduce((t, v, l) => t + Math.abs(v - m[c]![l]!), 0), 0);
    m = next;
    u = nextU;
    lambda = nextLambda;
    if (change < 1e-6) { done++; break; }
  }

  // A data set with few or no duplicates (a clean nominal index) has no "same person" cluster for EM
  // to find, so EM settles on another one (say, pairs born in the same year) and turns agreement into
  // evidence against a match. Such a fit is refused: the generic m (priors) stays, u comes from random
  // pairs of this data, and only the share of matches (lambda) is estimated.
  let fit: MatchModel['trainedOn']['fit'] = 'em';
  if (!isPlausible(m, u)) {
    fit = 'prior-m';
    m = COMPARISONS.map((c) => [...c.prior.m]);
    u = uRandom.map((levels) => [...levels]);
    lambda = estimateLambda(m, u, vectors, patternCounts, pairTotal, C);
  }

  // Term frequencies from the data itself; for names, blended with the national (ONS) shares, so a
  // small file still knows that Smith is common and Featherstonehaugh is not.
  const national: Record<string, Map<string, number>> = { first_name: nameTables().forenameShare, last_name: nameTables().surnameShare };
  const termFrequencies: Record<string, Record<string, number>> = {};
  for (const comparison of COMPARISONS) {
    if (!comparison.tfValue) continue;
    const shares = national[comparison.key];
    const counts = new Map<string, number>();
    let present = 0;
    for (const r of all) {
      const v = comparison.tfValue(r);
      if (!v) continue;
      present++;
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const table: Record<string, number> = {};
    if (shares) for (const [v, count] of counts) table[v] = (count + NATIONAL_PSEUDO_RECORDS * (shares.get(v) ?? 0)) / (present + NATIONAL_PSEUDO_RECORDS);
    else for (const [v, count] of counts) if (count > 1) table[v] = count / present;
    termFrequencies[comparison.key] = table;
  }

  return {
    version: 1,
    lambda,
    comparisons: COMPARISONS.map((c, i) => ({ key: c.key, levels: c.levels, m: m[i]!, u: u[i]!, uRandom: uRandom[i]! })),
    termFrequencies,
    tfFloor: 1 / Math.max(1, all.length),
    trainedOn: { records: all.length, sampled: n, candidatePairs: seen, randomPairs: maxRandom, iterations: done, fit },
  };
}

/**
 * True when every comparison treats exact agreement as evidence for a match (weight above zero) and
 * as stronger evidence than disagreement. EM on data without duplicates breaks this.
 */
export function isPlausible(m: number[][], u: number[][]): boolean {
  return m.every((levels, c) => {
    const exact = Math.log2(levels[0]! / u[c]![0]!);
    const different = Math.log2(levels.at(-1)! / u[c]!.at(-1)!);
    return exact > 0 && exact > different;
  });
}

/** Share of candidate pairs that are the same person, with m and u held fixed (EM on lambda alone). */
function estimateLambda(m: number[][], u: number[][], vectors: Int8Array, counts: number[], pairTotal: number, C: number): number {
  const logRatio = m.map((levels, c) => levels.map((mv, l) => Math.log(mv / u[c]![l]!)));
  const scores = counts.map((_, p) => {
    let score = 0;
    for (let c = 0; c < C; c++) {
      const level = vectors[p * C + c]!;
      if (level !== MISSING) score += logRatio[c]![level]!;
    }
    return score;
  });
  let lambda = LAMBDA_PRIOR;
  for (let i = 0; i < 200 && pairTotal > 0; i++) {
    const logPrior = Math.log(lambda / (1 - lambda));
    let total = 0;
    scores.forEach((score, p) => { total += counts[p]! / (1 + Math.exp(-(score + logPrior))); });
    const next = Math.min(0.999, Math.max(1e-6, (total + LAMBDA_PRIOR * M_PRIOR_PAIRS) / (pairTotal + M_PRIOR_PAIRS)));
    if (Math.abs(next - lambda) < 1e-9) return next;
    lambda = next;
  }
  return lambda;
}
