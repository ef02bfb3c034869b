/** Scoring pairs with a trained model, and finding duplicates or links among many records. */
import { COMPARISONS, MISSING } from './comparisons';
import { blockingKeys, forEachCandidateLink, forEachCandidatePair } from './blocking';
import type { MatchModel } from './model';
import { preparePerson, type PersonInput, type PreparedPerson } from './normalise';

/** The engine's operating point: pairs at or above this probability are reported as the same person. */
export const DEFAULT_THRESHOLD = 0.9;

/** Largest shift, in bits, a value's frequency may make to an exact-match weight. */
const MAX_TF_BITS = 6;

export type Evidence = { field: string; level: string; weight: number; reason: string };
export type PairScore = { probability: number; weight: number; reasons: string[]; evidence: Evidence[] };
/** `linked`: not strong enough alone, but both records are matched to the same others (transitive closure). */
export type ScoredPair = { left: number; right: number; probability: number; linked?: boolean };
export type BatchOptions = {
  threshold?: number;
  /** Also report pairs joined through other records (groups of at most MAX_CLOSURE_GROUP); default true. */
  closure?: boolean;
  /** Called now and then with the share of the work done (0–1). */
  onProgress?: (fraction: number) => void;
  /** Internal: this thread's share of the blocks (see parallel.ts). */
  part?: { index: number; of: number };
};

/** Groups larger than this are not closed: a long chain of matches is not evidence about its ends. */
export const MAX_CLOSURE_GROUP = 12;

export type Matcher = {
  model: MatchModel;
  prepare: (input: PersonInput, id?: string) => PreparedPerson;
  /** Probability and reasons for one pair (raw or prepared records). */
  scorePair: (a: PersonInput | PreparedPerson, b: PersonInput | PreparedPerson) => PairScore;
  /** Match weight (log2 Bayes factor incl. prior) of two prepared records; fast, no reasons. */
  weight: (a: PreparedPerson, b: PreparedPerson) => number;
  /** Pairs of one set (indexes, i < j) at or above the threshold. */
  dedupe: (records: (PersonInput | PreparedPerson)[], options?: BatchOptions) => ScoredPair[];
  /** Pairs between two sets (left index, right index) at or above the threshold. */
  link: (left: (PersonInput | PreparedPerson)[], right: (PersonInput | PreparedPerson)[], options?: BatchOptions) => ScoredPair[];
};

const isPrepared = (r: PersonInput | PreparedPerson): r is PreparedPerson => 'firstKey' in r;
export const probabilityOf = (weight: number): number => 1 / (1 + 2 ** -weight);
const weightOf = (probability: number): number => Math.log2(probability / (1 - probability));

export function createMatcher(model: MatchModel): Matcher {
  const C = COMPARISONS.length;
  const byKey = new Map(model.comparisons.map((p) => [p.key, p]));
  const params = COMPARISONS.map((c) => {
    const p = byKey.get(c.key);
    if (!p || p.m.length !== c.levels.length) throw new Error(`The match model has no parameters for ${c.key}; retrain it`);
    return p;
  });
  const levelWeights = params.map((p) => p.m.map((m, l) => Math.log2(m / p.u[l]!)));
  const prior = weightOf(model.lambda);
  const tfTables = COMPARISONS.map((c) => (c.tfValue ? new Map(Object.entries(model.termFrequencies[c.key] ?? {})) : null));

  const tfAdjustment = (c: number, value: string): number => {
    const table = tfTables[c];
    if (!table || !value) return 0;
    const share = table.get(value) ?? model.tfFloor;
    const bits = Math.log2(params[c]!.uRandom[0]! / share);
    return Math.max(-MAX_TF_BITS, Math.min(MAX_TF_BITS, bits));
  };

  const weight = (a: PreparedPerson, b: PreparedPerson): number => {
    let w = prior;
    for (let c = 0; c < C; c++) {
      const comparison = COMPARISONS[c]!;
      const level = comparison.compare(a, b);
      if (level === MISSING) continue;
      w += levelWeights[c]![level]!;
      if (level === 0 && comparison.tfValue) w += tfAdjustment(c, comparison.tfValue(a));
    }
    return w;
  };

  // For batch runs, a pair is dropped as soon as it cannot reach the cut: the comparisons run cheapest
  // first (exact fields, then dates, then the string-similarity names), and after each one the most
  // the rest could still add is known. The result is exactly that of `weight`, just sooner.
  const order = COMPARISONS.map((_, c) => c).sort((x, y) => cost(COMPARISONS[x]!.key) - cost(COMPARISONS[y]!.key));
  const mostFrom = new Float64Array(C + 1);
  for (let k = C - 1; k >= 0; k--) {
    const c = order[k]!;
    const best = Math.max(...levelWeights[c]!) + (COMPARISONS[c]!.tfValue ? MAX_TF_BITS : 0);
    mostFrom[k] = mostFrom[k + 1]! + Math.max(0, best);
  }
  const weightAtLeast = (a: PreparedPerson, b: PreparedPerson, cut: number): number => {
    let w = prior;
    for (let k = 0; k < C; k++) {
      if (w + mostFrom[k]! < cut) return -Infinity;
      const c = order[k]!;
      const comparison = COMPARISONS[c]!;
      const level = comparison.compare(a, b);
      if (level === MISSING) continue;
      w += levelWeights[c]![level]!;
      if (level === 0 && comparison.tfValue) w += tfAdjustment(c, comparison.tfValue(a));
    }
    return w;
  };

  const prepare = (input: PersonInput, id?: string): PreparedPerson => preparePerson(input, id);
  const asPrepared = (r: PersonInput | PreparedPerson, i: number): PreparedPerson => (isPrepared(r) ? r : preparePerson(r, String(i)));

  const scorePair = (x: PersonInput | PreparedPerson, y: PersonInput | PreparedPerson): PairScore => {
    const a = asPrepared(x, 0);
    const b = asPrepared(y, 1);
    let total = prior;
    const evidence: Evidence[] = [];
    for (let c = 0; c < C; c++) {
      const comparison = COMPARISONS[c]!;
      const level = comparison.compare(a, b);
      if (level === MISSING) continue;
      let w = levelWeights[c]![level]!;
      if (level === 0 && comparison.tfValue) w += tfAdjustment(c, comparison.tfValue(a));
      total += w;
      evidence.push({ field: comparison.key, level: comparison.levels[level]!, weight: Math.round(w * 100) / 100, reason: comparison.reason(level, a, b) });
    }
    // A swap is one fact, reported once.
    const reasons = [...new Set(evidence.map((e) => e.reason))];
    return { probability: probabilityOf(total), weight: total, reasons, evidence };
  };

  const dedupe = (input: (PersonInput | PreparedPerson)[], options: BatchOptions = {}): ScoredPair[] => {
    const records = input.every(isPrepared) ? (input as PreparedPerson[]) : input.map(asPrepared);
    const cut = weightOf(Math.min(options.threshold ?? DEFAULT_THRESHOLD, 1 - 1e-12));
    const keys = blockingKeys(records);
    const out: ScoredPair[] = [];
    forEachCandidatePair(keys, records.length, (i, j) => {
      const w = weightAtLeast(records[i]!, records[j]!, cut);
      if (w >= cut) out.push({ left: i, right: j, probability: probabilityOf(w) });
    }, options.onProgress, options.part?.index, options.part?.of);
    options.onProgress?.(1);
    return options.closure === false ? out : closePairs(out, records.length);
  };

  const link = (leftInput: (PersonInput | PreparedPerson)[], rightInput: (PersonInput | PreparedPerson)[], options: BatchOptions = {}): ScoredPair[] => {
    const left = leftInput.map(asPrepared);
    const right = rightInput.map(asPrepared);
    const all = [...left, ...right];
    const cut = weightOf(Math.min(options.threshold ?? DEFAULT_THRESHOLD, 1 - 1e-12));
    const keys = blockingKeys(all);
    const out: ScoredPair[] = [];
    forEachCandidateLink(keys, left.length, all.length, (i, j) => {
      const w = weightAtLeast(left[i]!, right[j]!, cut);
      if (w >= cut) out.push({ left: i, right: j, probability: probabilityOf(w) });
    }, options.onProgress);
    options.onProgress?.(1);
    return out;
  };

  return { model, prepare, scorePair, weight, dedupe, link };
}

/** Relative cost of a comparison: names use string similarity and variant tables, dates a little work, the rest equality. */
function cost(key: string): number {
  if (key.endsWith('_name')) return 3;
  if (key === 'dob' || key === 'address') return 2;
  return 1;
}

/**
 * Transitive closure within small groups: if A matches B and B matches C, A–C is reported too, with
 * the probability of the weakest link on the strongest path (here: the group's weakest direct link).
 */
export function closePairs(pairs: ScoredPair[], count: number): ScoredPair[] {
  const parent = new Int32Array(count).map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) { parent[x] = parent[parent[x]!]!; x = parent[x]!; }
    return x;
  };
  for (const p of pairs) {
    const a = find(p.left);
    const b = find(p.right);
    if (a !== b) parent[a] = b;
  }
  const groups = new Map<number, number[]>();
  for (const p of pairs) {
    for (const i of [p.left, p.right]) {
      const root = find(i);
      let g = groups.get(root);
      if (!g) groups.set(root, (g = []));
      g.push(i);
    }
  }
  const direct = new Map<string, ScoredPair>();
  const weakest = new Map<number, number>();
  for (const p of pairs) {
    direct.set(`${p.left}|${p.right}`, p);
    const root = find(p.left);
    weakest.set(root, Math.min(weakest.get(root) ?? 1, p.probability));
  }
  const out = [...pairs];
  for (const [root, members] of groups) {
    const unique = [...new Set(members)].sort((a, b) => a - b);
    if (unique.length < 3 || unique.length > MAX_CLOSURE_GROUP) continue;
    for (let x = 0; x < unique.length; x++) {
      for (let y = x + 1; y < unique.length; y++) {
        if (!direct.has(`${unique[x]}|${unique[y]}`)) out.push({ left: unique[x]!, right: unique[y]!, probability: weakest.get(root)!, linked: true });
      }
    }
  }
  return out;
}
