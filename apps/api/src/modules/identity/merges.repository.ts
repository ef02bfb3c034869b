import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../core/db/schema';

type Q = Kysely<DB> | Transaction<DB>;
export type MergeEntity = 'person' | 'location';

export type MergeRecord = {
  id: string;
  entityType: MergeEntity;
  survivorId: string;
  mergedId: string;
  reason: string;
  snapshot: unknown;
  repointedIds: string[];
  mergedAt: Date;
  mergedBy: string | null;
  unmergedAt: Date | null;
  unmergedBy: string | null;
  unmergeReason: string | null;
};

function selectMerges(q: Q) {
  return q
    .selectFrom('identity_merge')
    .select([
      'id',
      'entity_type as entityType',
      'survivor_id as survivorId',
      'merged_id as mergedId',
      'reason',
      'snapshot',
      'repointed_ids as repointedIds',
      'merged_at as mergedAt',
      'merged_by_username as mergedBy',
      'unmerged_at as unmergedAt',
      'unmerged_by_username as unmergedBy',
      'unmerge_reason as unmergeReason',
    ]);
}

export async function insertMerge(
  tx: Transaction<DB>,
  m: { entityType: MergeEntity; survivorId: string; mergedId: string; reason: string; snapshot: unknown; repointedIds: string[]; userId: string | null; username: string | null },
): Promise<string> {
  const { id } = await tx
    .insertInto('identity_merge')
    .values({
      entity_type: m.entityType,
      survivor_id: m.survivorId,
      merged_id: m.mergedId,
      reason: m.reason,
      snapshot: JSON.stringify(m.snapshot),
      repointed_ids: m.repointedIds,
      merged_by: m.userId,
      merged_by_username: m.username,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function getMerge(q: Q, entityType: MergeEntity, id: string): Promise<MergeRecord | undefined> {
  return selectMerges(q).where('entity_type', '=', entityType).where('id', '=', id).executeTakeFirst();
}

/** The merge still in force that folded `mergedId` in, if any. */
export async function getActiveMergeOf(q: Q, entityType: MergeEntity, mergedId: string): Promise<MergeRecord | undefined> {
  return selectMerges(q).where('entity_type', '=', entityType).where('merged_id', '=', mergedId).where('unmerged_at', 'is', null).executeTakeFirst();
}

/** Every merge a record took part in, as survivor or as the merged one, newest first. */
export async function listMergesOf(q: Q, entityType: MergeEntity, id: string): Promise<MergeRecord[]> {
  return selectMerges(q)
    .where('entity_type', '=', entityType)
    .where((eb) => eb.or([eb('survivor_id', '=', id), eb('merged_id', '=', id)]))
    .orderBy('merged_at', 'desc')
    .orderBy('id')
    .execute();
}

/** Records an unmerge; false when the merge was already undone (someone got there first). */
export async function markUnmerged(tx: Transaction<DB>, id: string, by: { userId: string | null; username: string | null; reason: string }): Promise<boolean> {
  const result = await tx
    .updateTable('identity_merge')
    .set({ unmerged_at: new Date(), unmerged_by: by.userId, unmerged_by_username: by.username, unmerge_reason: by.reason })
    .where('id', '=', id)
    .where('unmerged_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
