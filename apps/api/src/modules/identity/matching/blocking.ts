/**
 * Blocking: only pairs that share at least one blocking key are compared. Several rules, each cheap
 * and selective, so that a true pair is missed only when it disagrees on all of them.
 */
import type { PreparedPerson } from './normalise';

export type BlockingRule = { name: string; key: (r: PreparedPerson) => string; /** Blocks larger than this are skipped (default MAX_BLOCK). */ maxBlock?: number };

const year = (r: PreparedPerson): string => r.dob.slice(0, 4);
const initial = (s: string): string => s.charAt(0);
const nameKeys = (r: PreparedPerson): string => (r.firstKey && r.lastKey ? [r.firstKey, r.lastKey].sort().join('|') : '');

export const BLOCKING_RULES: BlockingRule[] = [
  { name: 'surname sound + birth year', key: (r) => (r.lastKey && r.dob ? `${r.lastKey}|${year(r)}` : '') },
  { name: 'first initial + date of birth', key: (r) => (r.first && r.dob ? `${initial(r.first)}|${r.dob}` : '') },
  { name: 'surname initial + date of birth', key: (r) => (r.last && r.dob ? `${initial(r.last)}|${r.dob}` : '') },
  // Common name pairs (John Smith) span every birth year: only the smaller blocks are compared whole.
  { name: 'both name sounds, either order', key: nameKeys, maxBlock: 150 },
  { name: 'postcode + first initial', key: (r) => (r.postcode && r.first ? `${r.postcode}|${initial(r.first)}` : '') },
  { name: 'postcode + surname initial', key: (r) => (r.postcode && r.last ? `${r.postcode}|${initial(r.last)}` : '') },
  { name: 'address + first initial', key: (r) => (r.address && r.first ? `${r.address}|${initial(r.first)}` : '') },
  { name: 'email', key: (r) => r.email },
  { name: 'email user name', key: (r) => (r.emailUser.length >= 4 ? r.emailUser : '') },
  { name: 'phone', key: (r) => r.phone },
  { name: 'identifier', key: (r) => r.idNumber },
  { name: 'first name sound + birth year and month or day', key: (r) => (r.firstKey && r.dob ? `${r.firstKey}|${r.dob.slice(0, 4)}|${[r.dob.slice(4, 6), r.dob.slice(6)].sort().join('')}` : '') },
];

/** Blocks larger than this are skipped: a key shared by so many records says too little to compare them all. */
export const MAX_BLOCK = 600;

export type Keys = { ids: Int32Array[]; oversized: Set<number>[] };

/** Keys handed over from another thread. */
export function rememberKeys(records: PreparedPerson[], keys: Keys): void {
  cache.set(records, keys);
}

const cache = new WeakMap<PreparedPerson[], Keys>();

/**
 * Interns each rule's key per record (-1 = no key) and marks keys whose block is too big. Remembered
 * per records array, so training and matching the same array build the keys once.
 */
export function blockingKeys(records: PreparedPerson[], rules = BLOCKING_RULES): Keys {
  const cached = rules === BLOCKING_RULES ? cache.get(records) : undefined;
  if (cached && cached.ids[0]?.length === records.length) return cached;
  const keys = buildKeys(records, rules);
  if (rules === BLOCKING_RULES) cache.set(records, keys);
  return keys;
}

function buildKeys(records: PreparedPerson[], rules: BlockingRule[]): Keys {
  const ids: Int32Array[] = [];
  const oversized: Set<number>[] = [];
  for (const rule of rules) {
    const intern = new Map<string, number>();
    const column = new Int32Array(records.length);
    const sizes: number[] = [];
    for (let i = 0; i < records.length; i++) {
      const key = rule.key(records[i]!);
      if (!key) { column[i] = -1; continue; }
      let id = intern.get(key);
      if (id === undefined) { id = intern.size; intern.set(key, id); sizes.push(0); }
      sizes[id]!++;
      column[i] = id;
    }
    ids.push(column);
    oversized.push(new Set(sizes.flatMap((n, id) => (n > (rule.maxBlock ?? MAX_BLOCK) ? [id] : []))));
  }
  return { ids, oversized };
}

/**
 * Calls `visit(i, j)` once for every candidate pair (i < j) of one record set. A pair found by an
 * earlier rule is not visited again.
 */
export function forEachCandidatePair(
  keys: Keys,
  count: number,
  visit: (i: number, j: number) => void,
  progress?: (fraction: number) => void,
  /** Share the work between threads: this one takes blocks whose number modulo `parts` is `part`. */
  part = 0,
  parts = 1,
): void {
  const rules = keys.ids.length;
  for (let r = 0; r < rules; r++) {
    const column = keys.ids[r]!;
    const groups = groupBy(column, count, keys.oversized[r]!);
    for (let g = part; g < groups.length; g += parts) {
      if (progress && g % 2000 < parts) progress((r + g / groups.length) / rules);
      const members = groups[g]!;
      for (let x = 0; x < members.length; x++) {
        const i = members[x]!;
        for (let y = x + 1; y < members.length; y++) {
          const j = members[y]!;
          if (!coveredEarlier(keys, r, i, j)) visit(i, j);
        }
      }
    }
  }
}

/** Candidate pairs between two sets (left index, right index); keys built over the concatenation. */
export function forEachCandidateLink(keys: Keys, leftCount: number, total: number, visit: (i: number, j: number) => void, progress?: (fraction: number) => void): void {
  const rules = keys.ids.length;
  for (let r = 0; r < rules; r++) {
    const groups = groupBy(keys.ids[r]!, total, keys.oversized[r]!);
    for (let g = 0; g < groups.length; g++) {
      if (progress && g % 2000 === 0) progress((r + g / groups.length) / rules);
      const members = groups[g]!;
      let split = 0;
      while (split < members.length && members[split]! < leftCount) split++;
      for (let x = 0; x < split; x++) {
        for (let y = split; y < members.length; y++) {
          const i = members[x]!;
          const j = members[y]!;
          if (!coveredEarlier(keys, r, i, j)) visit(i, j - leftCount);
        }
      }
    }
  }
}

function coveredEarlier(keys: Keys, rule: number, i: number, j: number): boolean {
  for (let e = 0; e < rule; e++) {
    const column = keys.ids[e]!;
    const k = column[i]!;
    if (k >= 0 && k === column[j] && !keys.oversized[e]!.has(k)) return true;
  }
  return false;
}

/** Groups record indexes (ascending) by key id, leaving out singletons and oversized blocks. */
function groupBy(column: Int32Array, count: number, oversized: Set<number>): Int32Array[] {
  let maxId = -1;
  for (let i = 0; i < count; i++) if (column[i]! > maxId) maxId = column[i]!;
  const sizes = new Int32Array(maxId + 1);
  for (let i = 0; i < count; i++) if (column[i]! >= 0) sizes[column[i]!]!++;
  const groups: Int32Array[] = [];
  const slot = new Int32Array(maxId + 1).fill(-1);
  for (let id = 0; id <= maxId; id++) {
    if (sizes[id]! > 1 && !oversized.has(id)) {
      slot[id] = groups.length;
      groups.push(new Int32Array(sizes[id]!));
    }
  }
  const fill = new Int32Array(groups.length);
  for (let i = 0; i < count; i++) {
    const id = column[i]!;
    if (id < 0) continue;
    const g = slot[id]!;
    if (g < 0) continue;
    groups[g]![fill[g]!++] = i;
  }
  return groups;
}
