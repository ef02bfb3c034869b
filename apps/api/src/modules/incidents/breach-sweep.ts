import type { Kysely } from 'kysely';
import type { DB } from '../../core/db/schema';
import type { EventBus } from '../../core/events';
import type { AppDeps } from '../../http/types';
import { appendBreachEvents, recordDueBreaches } from './control-room.repository';
import { INCIDENT_CHANGED } from './commands/sync-incident-status';

/** How often each process looks for targets that have passed. */
export const BREACH_SWEEP_MS = 5_000;

/** At most this many breaches are recorded per transaction (a backlog after downtime takes several). */
const BATCH = 500;

/**
 * Records, once, the breach of every open incident whose target has passed with nobody on scene
 * (breached_at = target_at, a 'breached' event, a live event), in transactions of up to BATCH.
 * Safe with several processes sweeping at once: the update re-checks breached_at on each row, so
 * each breach is recorded by one of them. Returns how many this call recorded.
 */
export async function sweepBreaches(deps: { db: Kysely<DB>; events: EventBus }, now = new Date()): Promise<number> {
  let total = 0;
  for (;;) {
    const recorded = await deps.db.transaction().execute(async (tx) => {
      const breaches = await recordDueBreaches(tx, now, BATCH);
      await appendBreachEvents(tx, breaches);
      for (const b of breaches) {
        await deps.events.publish(tx, { type: INCIDENT_CHANGED, permission: 'incidents:read', entityType: 'incident', entityId: b.id, data: { change: 'breached', status: b.status, grade: b.grade, version: b.version } });
      }
      return breaches.length;
    });
    total += recorded;
    if (recorded < BATCH) return total;
  }
}

/** Records breaches as they happen (every process; each breach once). Resolves to the stop function, which waits for a sweep in progress. */
export async function startBreachSweep(deps: AppDeps, options: { everyMs?: number } = {}): Promise<() => Promise<void>> {
  let running: Promise<unknown> | undefined;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = sweepBreaches(deps)
      .catch((error: unknown) => console.error('incidents: breach sweep failed', error))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, options.everyMs ?? BREACH_SWEEP_MS);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
