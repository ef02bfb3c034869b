import type { Transaction } from 'kysely';
import type { DismissDuplicateRequest, DuplicateProposal, MergeDuplicateRequest, UnmergeDuplicateRequest } from '@bluelamp/contracts/identity/duplicates';
import type { DB } from '../../../../core/db/schema';
import type { RequestContext } from '../../../../core/context';
import { AppError, notFound } from '../../../../core/errors';
import { writeAudit } from '../../../../core/audit';
import { invalidField } from '../../identity.errors';
import { mergeLocations, mergePersons, unmergeLocations, unmergePersons } from '../../commands/merge-records';
import type { MergeRecord } from '../../merges.repository';
import { getDuplicate, setDuplicateStatus, type DuplicateEntity, type DuplicateRecord, type DuplicateStatus } from '../duplicates.repository';
import { presentDuplicate } from '../duplicate.presenter';

const THE_PROPOSAL = 'The proposed duplicate';

/** The proposal, locked, if it is still at the version the user decided on and in the status the decision needs; else 404 / 409 with its current state. */
async function claimProposal(tx: Transaction<DB>, entityType: DuplicateEntity, id: string, version: number, status: DuplicateStatus): Promise<DuplicateRecord> {
  const row = await getDuplicate(tx, entityType, id, { forUpdate: true });
  if (!row) throw notFound(THE_PROPOSAL);
  if (row.version !== version || row.status !== status) {
    const message = row.status !== status ? `${THE_PROPOSAL} is now ${row.status}; reload it` : `${THE_PROPOSAL} was changed since you opened it; reload it and decide again`;
    throw new AppError('VERSION_CONFLICT', message, { current: await presentDuplicate(tx, row) });
  }
  return row;
}

const by = (ctx: RequestContext) => ({ userId: ctx.actor?.userId ?? null, username: ctx.actor?.username ?? null });

/** "Not the same": dismissed with who, when and why, and the evidence it was dismissed on. */
export async function dismissDuplicate(tx: Transaction<DB>, ctx: RequestContext, entityType: DuplicateEntity, id: string, input: DismissDuplicateRequest): Promise<DuplicateProposal> {
  const row = await claimProposal(tx, entityType, id, input.version, 'open');
  await setDuplicateStatus(tx, row.id, { status: 'dismissed', ...by(ctx), reason: input.reason, fingerprint: row.fingerprint, probability: row.probability });
  await writeAudit(tx, ctx, [row.leftId, row.rightId].map((entityId) => ({
    action: `${entityType}.duplicate_dismissed`,
    entityType,
    entityId,
    reason: input.reason,
    details: { proposalId: row.id, leftId: row.leftId, rightId: row.rightId, probability: row.probability },
  })));
  return presentDuplicate(tx, (await getDuplicate(tx, entityType, id))!);
}

/**
 * Merges the pair through the existing merge command (which checks both records' versions, audits
 * and keeps the history) in the same transaction, and marks the proposal merged.
 */
export async function mergeDuplicate(
  tx: Transaction<DB>,
  ctx: RequestContext,
  entityType: DuplicateEntity,
  id: string,
  input: MergeDuplicateRequest,
): Promise<{ proposal: DuplicateProposal; merge: MergeRecord }> {
  const row = await claimProposal(tx, entityType, id, input.version, 'open');
  if (input.survivorId !== row.leftId && input.survivorId !== row.rightId) throw invalidField('body/survivorId', 'must be one of the two records of the proposal');
  const mergedId = input.survivorId === row.leftId ? row.rightId : row.leftId;
  const request = { survivorId: input.survivorId, mergedId, survivorVersion: input.survivorVersion, mergedVersion: input.mergedVersion, reason: input.reason };
  const merge = entityType === 'person' ? await mergePersons(tx, ctx, request) : await mergeLocations(tx, ctx, request);
  await setDuplicateStatus(tx, row.id, { status: 'merged', mergeId: merge.id });
  await writeAudit(tx, ctx, {
    action: `${entityType}.duplicate_merged`,
    entityType,
    entityId: input.survivorId,
    reason: input.reason,
    details: { proposalId: row.id, mergeId: merge.id, mergedId, probability: row.probability },
  });
  return { proposal: await presentDuplicate(tx, (await getDuplicate(tx, entityType, id))!), merge };
}

/** Undoes the merge a proposal made (the existing unmerge command) and dismisses the proposal: the two are not the same. */
export async function unmergeDuplicate(
  tx: Transaction<DB>,
  ctx: RequestContext,
  entityType: DuplicateEntity,
  id: string,
  input: UnmergeDuplicateRequest,
): Promise<{ proposal: DuplicateProposal; merge: MergeRecord }> {
  const row = await claimProposal(tx, entityType, id, input.version, 'merged');
  const merge = entityType === 'person' ? await unmergePersons(tx, ctx, row.mergeId!, { reason: input.reason }) : await unmergeLocations(tx, ctx, row.mergeId!, { reason: input.reason });
  await setDuplicateStatus(tx, row.id, { status: 'dismissed', ...by(ctx), reason: input.reason, fingerprint: row.fingerprint, probability: row.probability });
  await writeAudit(tx, ctx, {
    action: `${entityType}.duplicate_unmerged`,
    entityType,
    entityId: merge.mergedId,
    reason: input.reason,
    details: { proposalId: row.id, mergeId: merge.id, survivorId: merge.survivorId },
  });
  return { proposal: await presentDuplicate(tx, (await getDuplicate(tx, entityType, id))!), merge };
}
