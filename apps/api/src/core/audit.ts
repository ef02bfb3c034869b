import { sql, type Kysely, type Transaction } from 'kysely';
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
 * describes commit together or not at all. Writers do not wait for each other: the record is
 * sealed into the hash chain moments after it commits (see AuditSealer).
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

/** Seals committed audit records into the hash chain; returns how many it sealed. */
export async function sealAuditChain(db: Kysely<DB>, batch = 5000): Promise<number> {
  let total = 0;
  for (;;) {
    const { rows } = await sql<{ n: number }>`select audit_event_seal(${batch}) as n`.execute(db);
    const n = rows[0]?.n ?? 0;
    total += n;
    if (n < batch) return total;
  }
}

/**
 * Seals the audit chain every `intervalMs` in the background. Every server process runs one; the
 * database lets one seal at a time and the others skip their turn.
 */
export class AuditSealer {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly onError: (error: unknown) => void,
    private readonly intervalMs = 250,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      this.running = sealAuditChain(this.db).catch(this.onError);
    }, this.intervalMs);
    this.timer.unref();
  }

  /** Stops the timer and seals what is left, so nothing waits for the next start. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
    await sealAuditChain(this.db).catch(this.onError);
  }
}
