import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../core/db/schema';

export type AuditFilter = {
  actor?: string | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
};

/** Searches the audit trail, newest first. `action` ending in `*` matches a prefix. */
export async function searchAudit(db: Kysely<DB>, f: AuditFilter) {
  let q = db.selectFrom('audit_event');
  if (f.actor) q = q.where(sql`lower(actor_username)`, '=', f.actor.toLowerCase());
  if (f.action) {
    q = f.action.endsWith('*')
      ? q.where('action', 'like', `${f.action.slice(0, -1).replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
      : q.where('action', '=', f.action);
  }
  if (f.entityType) q = q.where('entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('entity_id', '=', f.entityId);
  if (f.from) q = q.where('occurred_at', '>=', new Date(f.from) as never);
  if (f.to) q = q.where('occurred_at', '<', new Date(f.to) as never);
  const [{ total }, rows] = await Promise.all([
    q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
    q.selectAll().orderBy('seq', 'desc').limit(f.limit).offset(f.offset).execute(),
  ]);
  return {
    total: Number(total),
    items: rows.map((r) => ({
      seq: r.seq,
      occurredAt: r.occurred_at.toISOString(),
      actorUserId: r.actor_user_id,
      actorUsername: r.actor_username,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      ip: r.ip,
      requestId: r.request_id,
      reason: r.reason,
      details: r.details,
      hash: r.hash,
    })),
  };
}

export type ChainReport = { ok: boolean; checked: number; firstBrokenSeq: number | null; problem: string | null; lastSeq: number | null; lastHash: string | null };

const GENESIS = '0'.repeat(64);

/**
 * Walks the whole chain in batches and reports the first broken link: a record whose content no
 * longer matches its hash, whose prev_hash is not its predecessor's hash, or a gap in sequence
 * numbers (a deleted record). Anchor the reported last hash elsewhere to detect a cut-off tail.
 */
export async function verifyAuditChain(db: Kysely<DB>, batchSize = 5000): Promise<ChainReport> {
  let afterSeq = 0;
  let prevHash = GENESIS;
  let checked = 0;
  for (;;) {
    const rows = await sql<{ seq: number; prev_hash: string; hash: string; recomputed: string }>`
      select seq, prev_hash, hash, audit_event_digest(prev_hash, a) as recomputed
      from audit_event a where seq > ${afterSeq} order by seq limit ${batchSize}`.execute(db);
    for (const r of rows.rows) {
      const broken = (problem: string): ChainReport => ({ ok: false, checked, firstBrokenSeq: r.seq, problem, lastSeq: null, lastHash: null });
      if (r.seq !== afterSeq + 1) return broken(`record ${afterSeq + 1} is missing (next is ${r.seq})`);
      if (r.prev_hash !== prevHash) return broken(`record ${r.seq} does not link to record ${afterSeq}: its prev_hash differs from that record's hash`);
      if (r.recomputed !== r.hash) return broken(`record ${r.seq} was altered: its content no longer matches its hash`);
      checked += 1;
      afterSeq = r.seq;
      prevHash = r.hash;
    }
    if (rows.rows.length < batchSize) break;
  }
  return { ok: true, checked, firstBrokenSeq: null, problem: null, lastSeq: checked ? afterSeq : null, lastHash: checked ? prevHash : null };
}
