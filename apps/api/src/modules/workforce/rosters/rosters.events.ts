import type { Transaction } from 'kysely';
import type { DB } from '../../../core/db/schema';
import type { EventBus } from '../../../core/events';

/** Sent on commit of every roster change: open roster screens refresh (ids only; NOTIFY payloads are small). */
export const ROSTER_CHANGED = 'workforce.roster_changed';

export async function publishRosterChanged(events: EventBus, tx: Transaction<DB>, change: { staffIds?: string[]; cause: string }): Promise<void> {
  await events.publish(tx, {
    type: ROSTER_CHANGED,
    permission: 'workforce:roster-read',
    entityType: 'staff',
    ...(change.staffIds?.length === 1 ? { entityId: change.staffIds[0] } : {}),
    data: { cause: change.cause, staffIds: change.staffIds ?? [] },
  });
}
