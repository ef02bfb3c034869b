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

export type ChainReport = {
  ok: boolean;
  /** Sealed records checked. */
  checked: number;
  /** `seq` of the first record whose hash or link does not match. */
  firstBrokenSeq: number | null;
  problem: string | null;
  /** Records not yet sealed into the chain (normally only those of the last fraction of a second). */
  unsealed: number;
  lastChainPos: number | null;
  lastHash: string | null;
};

const GENESIS = '0'.repeat(64);

/**
 * Walks the whole chain in chain order, in batches, and reports the first broken link: a record
 * whose content no longer matches its hash, whose prev_hash is not its predecessor's hash, or a gap
 * in chain positions (a deleted record). Seal first (sealAuditChain) to cover the newest records.
 * Anchor the reported last hash elsewhere to detect a cut-off tail.
 */
export async function verifyAuditChain(db: Kysely<DB>, batchSize = 5000): Promise<ChainReport> {
  let afterPos = 0;
  let prevHash = GENESIS;
  let checked = 0;
  const unsealedRow = await sql<{ n: number }>`select count(*)::int as n from audit_event where chain_pos is null`.execute(db);
  const unsealed = unsealedRow.rows[0]?.n ?? 0;
  for (;;) {
    const rows = await sql<{ seq: number; chain_pos: number; prev_hash: string; hash: string; recomputed: string }>`
      select seq, chain_pos, prev_hash, hash, audit_event_digest(prev_hash, a) as recomputed
      from audit_event a where chain_pos > ${afterPos} order by chain_pos limit ${batchSize}`.execute(db);
    for (const r of rows.rows) {
      const broken = (problem: string): ChainReport => ({ ok: false, checked, firstBrokenSeq: r.seq, problem, unsealed, lastChainPos: null, lastHash: null });
      if (r.chain_pos !== afterPos + 1) return broken(`the record at chain position ${afterPos + 1} is missing (the next one, record ${r.seq}, is at ${r.chain_pos})`);
      if (r.prev_hash !== prevHash) return broken(`record ${r.seq} does not link to the record before it in the chain: its prev_hash differs from that record's hash`);
      if (r.recomputed !== r.hash) return broken(`record ${r.seq} was altered: its content no longer matches its hash`);
      checked += 1;
      afterPos = r.chain_pos;
      prevHash = r.hash;
    }
    if (rows.rows.length < batchSize) break;
  }
  return { ok: true, checked, firstBrokenSeq: null, problem: null, unsealed, lastChainPos: checked ? afterPos : null, lastHash: checked ? prevHash : null };
}
