import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../core/db/schema';
import type { EventBus } from '../../../core/events';
import { getPolicySetting, type PolicySettingDto } from '../policy/policy.repository';
import { listIncidentCategories, listResponseGrades, type IncidentCategory, type ResponseGrade } from './reference.repository';

type Q = Kysely<DB> | Transaction<DB>;

/** The longest a process keeps reference data without re-reading, should a change event be lost. */
export const REFERENCE_MAX_AGE_MS = 30_000;

type Entry<T> = { generation: number; at: number; value: T };

/**
 * Response grades, incident categories and force policy settings as the busiest writes need them
 * (every call taken reads the categories and grades; every look-up reads the repeat window), kept
 * in memory per process. They change only through `PATCH /api/reference/grades/:code` and
 * `PATCH /api/policy/:key`, which publish `reference.*` / `policy.*` events on commit; every
 * process forgets what it kept when one arrives (or after REFERENCE_MAX_AGE_MS). A miss is read
 * through the caller's `q`, so inside a transaction it never waits for the pool (PGlite has one
 * connection). A value read while a change event arrived is not kept.
 */
export class ReferenceCache {
  private generation = 0;
  private grades: Entry<ResponseGrade[]> | undefined;
  private categories: Entry<IncidentCategory[]> | undefined;
  private readonly policies = new Map<string, Entry<PolicySettingDto | undefined>>();

  constructor(events: EventBus, private readonly maxAgeMs = REFERENCE_MAX_AGE_MS) {
    events.subscribe((event) => {
      if (event.type.startsWith('reference.') || event.type.startsWith('policy.')) this.invalidate();
    });
  }

  invalidate(): void {
    this.generation++;
    this.grades = undefined;
    this.categories = undefined;
    this.policies.clear();
  }

  private fresh<T>(entry: Entry<T> | undefined): entry is Entry<T> {
    return entry !== undefined && entry.generation === this.generation && Date.now() - entry.at < this.maxAgeMs;
  }

  private async load<T>(read: () => Promise<T>, keep: (entry: Entry<T>) => void): Promise<T> {
    const generation = this.generation;
    const at = Date.now();
    const value = await read();
    if (generation === this.generation) keep({ generation, at, value });
    return value;
  }

  /** Every response grade, in the force's order. */
  async responseGrades(q: Q): Promise<ResponseGrade[]> {
    if (this.fresh(this.grades)) return this.grades.value;
    return this.load(() => listResponseGrades(q as Kysely<DB>), (e) => (this.grades = e));
  }

  /** Incident categories, in order; retired ones only with includeInactive. */
  async incidentCategories(q: Q, options: { includeInactive: boolean }): Promise<IncidentCategory[]> {
    const all = this.fresh(this.categories) ? this.categories.value : await this.load(() => listIncidentCategories(q as Kysely<DB>, { includeInactive: true }), (e) => (this.categories = e));
    return options.includeInactive ? all : all.filter((c) => c.isActive);
  }

  /** One force policy setting (undefined when not set). */
  async policySetting(q: Q, key: string): Promise<PolicySettingDto | undefined> {
    const hit = this.policies.get(key);
    if (this.fresh(hit)) return hit.value;
    return this.load(() => getPolicySetting(q, key), (e) => this.policies.set(key, e));
  }
}

const caches = new WeakMap<EventBus, ReferenceCache>();

/** The reference cache of one running app, keyed by its event bus (created on first use). */
export function referenceCacheOf(events: EventBus): ReferenceCache {
  let cache = caches.get(events);
  if (!cache) caches.set(events, (cache = new ReferenceCache(events)));
  return cache;
}
