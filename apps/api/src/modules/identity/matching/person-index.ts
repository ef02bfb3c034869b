/**
 * An in-memory index for look-ups while a call handler types: records are filed under every
 * blocking key, so a search compares the query only with records sharing a key. Adds, changes and
 * removals take effect at once. (Keeping several server processes in step is the caller's job: feed
 * every process the same changes.)
 */
import { BLOCKING_RULES } from './blocking';
import type { Matcher, PairScore } from './matcher';
import type { PersonInput, PreparedPerson } from './normalise';

export type Candidate = { id: string; record: PreparedPerson } & PairScore;

export class PersonIndex {
  private readonly records = new Map<string, PreparedPerson>();
  private readonly buckets = BLOCKING_RULES.map(() => new Map<string, Set<string>>());

  constructor(private readonly matcher: Matcher) {}

  get size(): number {
    return this.records.size;
  }

  /** Adds a record, or replaces the one with the same id. */
  put(id: string, input: PersonInput | PreparedPerson): void {
    this.remove(id);
    const record = 'firstKey' in input ? { ...input, id } : this.matcher.prepare(input, id);
    this.records.set(id, record);
    BLOCKING_RULES.forEach((rule, r) => {
      const key = rule.key(record);
      if (!key) return;
      let bucket = this.buckets[r]!.get(key);
      if (!bucket) this.buckets[r]!.set(key, (bucket = new Set()));
      bucket.add(id);
    });
  }

  remove(id: string): boolean {
    const record = this.records.get(id);
    if (!record) return false;
    BLOCKING_RULES.forEach((rule, r) => {
      const key = rule.key(record);
      const bucket = key ? this.buckets[r]!.get(key) : undefined;
      bucket?.delete(id);
      if (bucket && !bucket.size) this.buckets[r]!.delete(key);
    });
    this.records.delete(id);
    return true;
  }

  /** Ranked candidates for a (partial) description, best first, with reasons. */
  search(query: PersonInput, options: { limit?: number; threshold?: number; maxCompared?: number } = {}): Candidate[] {
    const q = this.matcher.prepare(query, '');
    const seen = new Set<string>();
    const maxCompared = options.maxCompared ?? 5000;
    // Smallest buckets first: a shared phone or date of birth says more than a common surname, and
    // with a million people the broad buckets alone would use up the comparison budget.
    const buckets = BLOCKING_RULES.flatMap((rule, r) => {
      const key = rule.key(q);
      const bucket = key ? this.buckets[r]!.get(key) : undefined;
      return bucket ? [bucket] : [];
    }).sort((a, b) => a.size - b.size);
    for (const bucket of buckets) {
      for (const id of bucket) {
        if (seen.size >= maxCompared) break;
        seen.add(id);
      }
    }
    const threshold = options.threshold ?? 0;
    const scored: Candidate[] = [];
    for (const id of seen) {
      const record = this.records.get(id)!;
      const score = this.matcher.scorePair(q, record);
      if (score.probability >= threshold) scored.push({ id, record, ...score });
    }
    scored.sort((a, b) => b.weight - a.weight);
    return scored.slice(0, options.limit ?? 10);
  }
}
