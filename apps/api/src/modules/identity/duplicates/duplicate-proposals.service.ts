import type { AppDeps } from '../../../http/types';
import type { RequestContext } from '../../../core/context';
import { PERSON_CHANGED } from '../identity.events';
import { personMatchingFor, type PersonMatchingService } from '../person-matching.service';
import { claimCheck, getVersions, listUnchecked, type DuplicateEntity } from './duplicates.repository';
import { checkPerson, checkPlace, scanPersons, scanPlaces, type ScanCounts } from './check-duplicates';

/** How often each process looks for records whose proposals were never worked out (missed events, places). */
const SWEEP_EVERY_MS = 30_000;
/** Records checked per sweep, per kind. */
const SWEEP_BATCH = 500;
/**
 * A person changed this recently is left to the change event: this process's index may not have
 * taken the change in yet, and checking against a stale index would record the check as done.
 */
const SETTLE_MS = 5_000;

type Deps = Pick<AppDeps, 'db' | 'events'>;

/**
 * Keeps the proposed duplicates up to date in one server process. Every process follows every
 * `identity.person_changed` event (after its matching index has taken the change in) and sweeps now
 * and then for records not yet checked at their current version (places have no change events; a
 * process that was down missed some). Each record version is checked once across all processes:
 * whichever claims its check row does the work in that transaction (see `claimCheck`).
 */
export class DuplicateProposalService {
  private pending = Promise.resolve();
  private isStopped = false;

  constructor(
    private readonly deps: Deps,
    private readonly matching: PersonMatchingService,
  ) {}

  /** Starts following changes (call after the matching index has loaded); resolves to the stop function. */
  async start(options: { sweepEveryMs?: number } = {}): Promise<() => Promise<void>> {
    const unsubscribe = this.deps.events.subscribe((event) => {
      if (event.type === PERSON_CHANGED && event.entityId) {
        const id = event.entityId;
        this.enqueue(() => this.checkPersonNow(id));
      }
    });
    const timer = setInterval(() => this.enqueue(() => this.sweep()), options.sweepEveryMs ?? SWEEP_EVERY_MS);
    timer.unref();
    this.enqueue(() => this.sweep());
    return async () => {
      this.isStopped = true;
      unsubscribe();
      clearInterval(timer);
      await this.pending;
    };
  }

  /** Waits until every check queued so far has run (tests, shutdown). */
  async settled(): Promise<void> {
    await this.pending;
  }

  /** Checks records not yet checked at their current version: both kinds, a batch of each. */
  async sweep(): Promise<void> {
    const persons = await listUnchecked(this.deps.db, 'person', { limit: SWEEP_BATCH, settledBefore: new Date(Date.now() - SETTLE_MS) });
    for (const p of persons) {
      if (this.isStopped) return;
      await this.check('person', p.id, p.version);
    }
    const places = await listUnchecked(this.deps.db, 'location', { limit: SWEEP_BATCH });
    for (const l of places) {
      if (this.isStopped) return;
      await this.check('location', l.id, l.version);
    }
  }

  /** A full rescan of one kind or both (API and CLI). */
  async scan(entityType: DuplicateEntity | 'all', ctx: RequestContext): Promise<{ persons: ScanCounts | null; locations: ScanCounts | null }> {
    const persons = entityType === 'location' ? null : await scanPersons(this.deps.db, ctx, this.matching);
    const locations = entityType === 'person' ? null : await scanPlaces(this.deps.db, ctx);
    return { persons, locations };
  }

  private enqueue(work: () => Promise<void>): void {
    // A failed check leaves its check row behind: the next sweep tries again.
    this.pending = this.pending.then(work).catch(() => undefined);
  }

  private async checkPersonNow(personId: string): Promise<void> {
    if (this.isStopped) return;
    // The version first, then wait for the index: the index is then at least as new as the version claimed.
    const state = (await getVersions(this.deps.db, 'person', [personId])).get(personId);
    if (!state) return;
    await this.check('person', personId, state.version);
  }

  private async check(entityType: DuplicateEntity, id: string, version: number): Promise<void> {
    if (entityType === 'person') await this.matching.settled();
    await this.deps.db.transaction().execute(async (tx) => {
      if (!(await claimCheck(tx, entityType, id, version))) return;
      if (entityType === 'person') await checkPerson(tx, this.matching, id);
      else await checkPlace(tx, id);
    });
  }
}

const services = new WeakMap<object, DuplicateProposalService>();

/** The duplicate-proposal service of one running app (its routes and its start hook share it). */
export function duplicateProposalsFor(deps: Deps): DuplicateProposalService {
  let service = services.get(deps);
  if (!service) services.set(deps, (service = new DuplicateProposalService(deps, personMatchingFor(deps))));
  return service;
}
