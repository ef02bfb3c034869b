import crypto from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../../../core/db/schema';
import { getActiveMergeOf, getMerge } from '../merges.repository';
import {
  getDuplicateByPair,
  insertDuplicate,
  orderedPair,
  rescoreDuplicate,
  setDuplicateStatus,
  type DuplicateEntity,
  type DuplicateRecord,
  type Scored,
} from './duplicates.repository';

/** Evidence found for one pair. */
export type PairScore = { probability: number; reasons: string[] };
export type ReconcileOutcome = 'opened' | 'reopened' | 'updated' | 'unchanged' | 'withdrawn' | 'merged' | 'dismissed';

/** A short hash of a record's matching details (its id left out), so a change of evidence can be told from none. */
export function fingerprintOf(details: object): string {
  const { id: _id, ...rest } = details as { id?: unknown };
  return crypto.createHash('sha256').update(JSON.stringify(rest)).digest('hex').slice(0, 24);
}

/** The pair's fingerprint: both records' fingerprints in the stored order. */
export function pairFingerprint(a: { id: string; fingerprint: string }, b: { id: string; fingerprint: string }): string {
  const [first, second] = a.id < b.id ? [a, b] : [b, a];
  return crypto.createHash('sha256').update(`${first.fingerprint}|${second.fingerprint}`).digest('hex').slice(0, 24);
}

const differs = (row: DuplicateRecord, scored: Scored): boolean =>
  Math.abs(row.probability - scored.probability) > 0.0005 || row.fingerprint !== scored.fingerprint || JSON.stringify(row.reasons) !== JSON.stringify(scored.reasons);

/**
 * Records that a pair looks alike. A new pair is opened; an open one gets the fresh evidence; a
 * withdrawn one is opened again. A dismissed pair stays dismissed unless the evidence changed since
 * (either record's matching details) and it now looks more alike than when it was dismissed; a
 * merged pair stays merged.
 */
export async function proposePair(tx: Transaction<DB>, entityType: DuplicateEntity, a: string, b: string, scored: Scored): Promise<ReconcileOutcome> {
  const [left, right] = orderedPair(a, b);
  if (await insertDuplicate(tx, entityType, left, right, scored)) return 'opened';
  const row = (await getDuplicateByPair(tx, entityType, left, right))!;
  switch (row.status) {
    case 'merged':
      return 'unchanged';
    case 'dismissed': {
      const isMaterial = row.dismissedFingerprint !== scored.fingerprint && scored.probability > (row.dismissedProbability ?? 1);
      if (!isMaterial) return 'unchanged';
      await rescoreDuplicate(tx, row.id, scored, { reopen: true, bumpVersion: true });
      return 'reopened';
    }
    case 'withdrawn':
      await rescoreDuplicate(tx, row.id, scored, { reopen: true, bumpVersion: true });
      return 'reopened';
    case 'open':
      if (!differs(row, scored)) return 'unchanged';
      await rescoreDuplicate(tx, row.id, scored, { reopen: false, bumpVersion: row.fingerprint !== scored.fingerprint });
      return 'updated';
  }
}

/**
 * Settles a proposal the system no longer finds alike, or one of whose records is no longer live:
 * merged into the other (by any route) → merged; otherwise an open one is withdrawn. A merged
 * proposal whose merge was undone becomes dismissed, by whoever undid it and with their reason: an
 * unmerge says the two are not the same.
 */
export async function settlePair(tx: Transaction<DB>, row: DuplicateRecord, isLive: (id: string) => boolean, fingerprintNow?: string): Promise<ReconcileOutcome> {
  if (row.status === 'merged') {
    const merge = row.mergeId ? await getMerge(tx, row.entityType, row.mergeId) : undefined;
    if (!merge?.unmergedAt) return 'unchanged';
    const fingerprint = fingerprintNow ?? row.fingerprint;
    await setDuplicateStatus(tx, row.id, { status: 'dismissed', userId: null, username: merge.unmergedBy, reason: merge.unmergeReason ?? 'The merge was undone', fingerprint, probability: row.probability });
    return 'dismissed';
  }
  if (row.status !== 'open' && row.status !== 'withdrawn') return 'unchanged';
  for (const [gone, other] of [[row.leftId, row.rightId], [row.rightId, row.leftId]] as const) {
    if (isLive(gone)) continue;
    const merge = await getActiveMergeOf(tx, row.entityType, gone);
    if (merge && merge.survivorId === other) {
      await setDuplicateStatus(tx, row.id, { status: 'merged', mergeId: merge.id });
      return 'merged';
    }
  }
  if (row.status === 'withdrawn') return 'unchanged';
  await setDuplicateStatus(tx, row.id, { status: 'withdrawn' });
  return 'withdrawn';
}

/**
 * Brings every proposal of one record in line with what was found for it now: `found` maps each
 * other record that looks alike to its evidence; `fingerprints` holds the matching-details hash of
 * every live record involved. Rows are written in pair order, so concurrent checks cannot deadlock.
 */
export async function reconcileRecord(
  tx: Transaction<DB>,
  entityType: DuplicateEntity,
  recordId: string,
  existing: DuplicateRecord[],
  found: Map<string, PairScore>,
  fingerprints: Map<string, string>,
): Promise<ReconcileOutcome[]> {
  const otherOf = (row: DuplicateRecord) => (row.leftId === recordId ? row.rightId : row.leftId);
  const rowByOther = new Map(existing.map((row) => [otherOf(row), row]));
  const others = [...new Set([...found.keys(), ...rowByOther.keys()])].sort((x, y) => orderedPair(recordId, x).join().localeCompare(orderedPair(recordId, y).join()));
  const outcomes: ReconcileOutcome[] = [];
  for (const other of others) {
    const row = rowByOther.get(other);
    const score = found.get(other);
    const otherFp = fingerprints.get(other);
    const ownFp = fingerprints.get(recordId);
    const fingerprint = otherFp && ownFp ? pairFingerprint({ id: recordId, fingerprint: ownFp }, { id: other, fingerprint: otherFp }) : undefined;
    if (row?.status === 'merged') outcomes.push(await settlePair(tx, row, (id) => fingerprints.has(id), fingerprint));
    if (score && fingerprint) {
      outcomes.push(await proposePair(tx, entityType, recordId, other, { ...score, fingerprint }));
    } else if (row && row.status !== 'merged') {
      outcomes.push(await settlePair(tx, row, (id) => fingerprints.has(id)));
    }
  }
  return outcomes;
}
