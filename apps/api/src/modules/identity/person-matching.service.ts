import type { AppDeps } from '../../http/types';
import { createMatcher, PersonIndex, trainModel, type Candidate, type PersonInput } from './matching';
import { listPersonsForMatching, type PersonMatchRecord } from './person-search.repository';
import { PERSON_CHANGED } from './identity.events';

const PAGE = 2_000;

/**
 * One index entry per name a person is known by (birth, alias, maiden…), each with the person's
 * date of birth, first phone, email, latest address and first identifier: a search under any of
 * their names finds them.
 */
export function toMatchInputs(p: PersonMatchRecord): { key: string; input: PersonInput }[] {
  return p.names.map((name, i) => {
    const [first = '', ...middle] = name.givenNames.split(/\s+/).filter(Boolean);
    return {
      key: `${p.id}#${i}`,
      input: {
        first_name: first,
        middle_name: middle.join(' '),
        last_name: name.familyName,
        dob: p.dateOfBirth,
        gender: p.gender,
        phone: p.phones[0],
        email: p.emails[0],
        address: p.addresses.at(-1),
        postcode: p.postcodes.at(-1),
        id_number: p.identifiers[0]?.value,
      },
    };
  });
}

export type PersonMatch = { personId: string; probability: number; reasons: string[] };

/**
 * The force's nominal index in memory, for look-ups while a call handler types. Each server process
 * keeps its own: it loads every live person at start, trains the model on them, then follows every
 * `identity.person_changed` event (sent on commit by whichever process made the change) by reading
 * those persons again, so adds, changes and merges show everywhere within moments.
 */
export class PersonMatchingService {
  private index = new PersonIndex(createMatcher(trainModel([])));
  private keysOf = new Map<string, string[]>();
  private pending = Promise.resolve();

  constructor(private readonly deps: Pick<AppDeps, 'db' | 'events'>) {}

  get size(): number {
    return this.keysOf.size;
  }

  async start(): Promise<() => Promise<void>> {
    // Subscribe first, so a change made while loading is applied after the load.
    const unsubscribe = this.deps.events.subscribe((event) => {
      if (event.type === PERSON_CHANGED && event.entityId) this.enqueue([event.entityId]);
    });
    const records: PersonMatchRecord[] = [];
    let afterId: string | undefined;
    do {
      const page = await listPersonsForMatching(this.deps.db, { afterId, limit: PAGE });
      records.push(...page.items);
      afterId = page.nextAfterId;
    } while (afterId);
    const entries = records.flatMap(toMatchInputs);
    this.index = new PersonIndex(createMatcher(trainModel(entries.map((e) => e.input))));
    this.keysOf.clear();
    for (const record of records) this.put(record);
    return async () => {
      unsubscribe();
      await this.pending;
    };
  }

  /** Ranked persons for a partial description, best first; each person once, by their best-matching name. */
  search(query: PersonInput, options: { limit: number; threshold: number }): PersonMatch[] {
    const best = new Map<string, Candidate>();
    for (const c of this.index.search(query, { limit: options.limit * 4, threshold: options.threshold })) {
      const personId = c.id.split('#')[0]!;
      const prior = best.get(personId);
      if (!prior || c.weight > prior.weight) best.set(personId, c);
    }
    return [...best.entries()]
      .sort((a, b) => b[1].weight - a[1].weight)
      .slice(0, options.limit)
      .map(([personId, c]) => ({ personId, probability: c.probability, reasons: c.reasons }));
  }

  /** Waits until every change event received so far is in the index (tests, shutdown). */
  async settled(): Promise<void> {
    await this.pending;
  }

  private enqueue(ids: string[]): void {
    this.pending = this.pending.then(() => this.refresh(ids)).catch(() => undefined);
  }

  private async refresh(ids: string[]): Promise<void> {
    const { items } = await listPersonsForMatching(this.deps.db, { ids, limit: ids.length });
    const live = new Set(items.map((p) => p.id));
    for (const id of ids) if (!live.has(id)) this.remove(id);
    for (const record of items) this.put(record);
  }

  private put(record: PersonMatchRecord): void {
    this.remove(record.id);
    const entries = toMatchInputs(record);
    for (const { key, input } of entries) this.index.put(key, input);
    this.keysOf.set(record.id, entries.map((e) => e.key));
  }

  private remove(personId: string): void {
    for (const key of this.keysOf.get(personId) ?? []) this.index.remove(key);
    this.keysOf.delete(personId);
  }
}

const services = new WeakMap<object, PersonMatchingService>();

/** The matching service of one running app (its routes and its start hook share it). */
export function personMatchingFor(deps: Pick<AppDeps, 'db' | 'events'>): PersonMatchingService {
  let service = services.get(deps);
  if (!service) services.set(deps, (service = new PersonMatchingService(deps)));
  return service;
}
