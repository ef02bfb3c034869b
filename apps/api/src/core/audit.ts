import type { Kysely, Transaction } from 'kysely';
import type { DB } from './db/schema';
import type { RequestContext } from './context';

export type AuditEntry = {
  /** What happened, `entity.verb` in the past tense: `user.created`, `staff.read`, `session.signed_in`. */
  action: string;
  entityType: string;
  entityId?: string | null;
  /** Required where policy demands a reason (e.g. changing a force target). */
  reason?: string | null;
  /** Structured facts: the fields changed, the filters of a list read, counts. Never passwords. */
  details?: Record<string, unknown>;
};

/**
 * Appends to the audit trail inside the caller's transaction, so the record and the change it
 * describes commit together or not at all. Call it last in the transaction: the chaining trigger
 * holds a lock that serialises audit writers until commit.
 */
export async function writeAudit(tx: Transaction<DB> | Kysely<DB>, ctx: RequestContext, entry: AuditEntry | AuditEntry[]): Promise<void> {
  const entries = Array.isArray(entry) ? entry : [entry];
  if (entries.length === 0) return;
  await tx
    .insertInto('audit_event')
    .values(
      entries.map((e) => ({
        actor_user_id: ctx.actor?.userId ?? null,
        actor_username: ctx.actor?.username ?? null,
        action: e.action,
        entity_type: e.entityType,
        entity_id: e.entityId ?? null,
        ip: ctx.ip,
        request_id: ctx.requestId,
        reason: e.reason ?? null,
        details: JSON.stringify(e.details ?? {}),
      })),
    )
    .execute();
}
