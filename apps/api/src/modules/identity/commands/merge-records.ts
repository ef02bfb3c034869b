import type { Kysely, Transaction } from 'kysely';
import type { MergeRequest, UnmergeRequest } from '@bluelamp/contracts/identity/common';
import type { DB } from '../../../core/db/schema';
import type { RequestContext } from '../../../core/context';
import { AppError, notFound, versionConflict } from '../../../core/errors';
import { writeAudit } from '../../../core/audit';
import { invalidField, mergedInto } from '../identity.errors';
import { getMerge, insertMerge, markUnmerged, type MergeEntity, type MergeRecord } from '../merges.repository';
import { getPerson, getPersonRow, repointPersons, setPersonMergedInto } from '../persons.repository';
import { getLocation, repointLocations, setLocationMergedInto } from '../locations.repository';
import { presentPerson } from '../person.presenter';
import { presentLocation, presentMerge } from '../location.presenter';

type Q = Kysely<DB> | Transaction<DB>;

/** What merging needs to know about persons or locations; the steps are the same for both. */
type MergeTarget = {
  entityType: MergeEntity;
  what: string;
  getState: (q: Q, id: string) => Promise<{ mergedIntoId: string | null; version: number } | undefined>;
  /** The record as the API shows it, kept on the merge as its snapshot. */
  snapshot: (q: Q, id: string) => Promise<unknown>;
  setMergedInto: (tx: Transaction<DB>, id: string, survivorId: string | null, expectedVersion?: number) => Promise<boolean>;
  repoint: (tx: Transaction<DB>, ids: string[] | 'all', fromId: string, toId: string) => Promise<string[]>;
};

const PERSONS: MergeTarget = {
  entityType: 'person',
  what: 'The person',
  getState: getPersonRow,
  snapshot: async (q, id) => {
    const p = await getPerson(q, id);
    return p && presentPerson(p);
  },
  setMergedInto: setPersonMergedInto,
  repoint: repointPersons,
};

const LOCATIONS: MergeTarget = {
  entityType: 'location',
  what: 'The location',
  getState: getLocation,
  snapshot: async (q, id) => {
    const l = await getLocation(q, id);
    return l && presentLocation(l);
  },
  setMergedInto: setLocationMergedInto,
  repoint: repointLocations,
};

/**
 * Folds `mergedId` into `survivorId`. Nothing is copied: the merged record points at the survivor,
 * which then shows both records' details; records earlier merged into the merged one are repointed
 * (and listed on the merge, so an unmerge can point them back). Both versions must be the ones the
 * user decided on. The two rows are locked in id order, so crossing merges cannot deadlock.
 */
async function mergeRecords(target: MergeTarget, tx: Transaction<DB>, ctx: RequestContext, input: MergeRequest): Promise<MergeRecord> {
  if (input.survivorId === input.mergedId) throw invalidField('body/mergedId', 'must not be the same as survivorId');
  for (const id of [input.survivorId, input.mergedId]) {
    const state = await target.getState(tx, id);
    if (!state) throw notFound(target.what);
    if (state.mergedIntoId) throw mergedInto(target.what, state.mergedIntoId);
  }
  const snapshot = await target.snapshot(tx, input.mergedId);
  const steps = [
    { id: input.survivorId, version: input.survivorVersion, mergeInto: null },
    { id: input.mergedId, version: input.mergedVersion, mergeInto: input.survivorId },
  ].sort((a, b) => a.id.localeCompare(b.id));
  for (const step of steps) {
    if (!(await target.setMergedInto(tx, step.id, step.mergeInto, step.version))) {
      throw versionConflict(target.what, await target.snapshot(tx, step.id));
    }
  }
  const repointedIds = await target.repoint(tx, 'all', input.mergedId, input.survivorId);
  const by = { userId: ctx.actor?.userId ?? null, username: ctx.actor?.username ?? null };
  const mergeId = await insertMerge(tx, { entityType: target.entityType, survivorId: input.survivorId, mergedId: input.mergedId, reason: input.reason, snapshot, repointedIds, ...by });
  await writeAudit(tx, ctx, [
    { action: `${target.entityType}.merged`, entityType: target.entityType, entityId: input.survivorId, reason: input.reason, details: { mergeId, mergedId: input.mergedId, repointedIds } },
    { action: `${target.entityType}.merged_into`, entityType: target.entityType, entityId: input.mergedId, reason: input.reason, details: { mergeId, survivorId: input.survivorId } },
  ]);
  return (await getMerge(tx, target.entityType, mergeId))!;
}

/**
 * Undoes a merge: the merged record is live again with its own details (and whatever was added to
 * them meanwhile), and the records it brought along point back at it. Works after the survivor was
 * itself merged on: the merged record is taken back from wherever it now points.
 */
async function unmergeRecords(target: MergeTarget, tx: Transaction<DB>, ctx: RequestContext, mergeId: string, input: UnmergeRequest): Promise<MergeRecord> {
  const merge = await getMerge(tx, target.entityType, mergeId);
  if (!merge) throw notFound('The merge');
  const by = { userId: ctx.actor?.userId ?? null, username: ctx.actor?.username ?? null };
  if (!(await markUnmerged(tx, mergeId, { ...by, reason: input.reason }))) {
    throw new AppError('VERSION_CONFLICT', 'This merge was already undone', { current: presentMerge(merge) });
  }
  const state = await target.getState(tx, merge.mergedId);
  const currentRoot = state?.mergedIntoId;
  if (!currentRoot) throw new Error(`merge ${mergeId} is open but its merged record is live`);
  await target.setMergedInto(tx, merge.mergedId, null);
  await target.setMergedInto(tx, currentRoot, null); // bumps the survivor's version: its details changed
  const restored = await target.repoint(tx, merge.repointedIds, currentRoot, merge.mergedId);
  await writeAudit(tx, ctx, [
    { action: `${target.entityType}.unmerged`, entityType: target.entityType, entityId: merge.survivorId, reason: input.reason, details: { mergeId, mergedId: merge.mergedId } },
    { action: `${target.entityType}.unmerged_from`, entityType: target.entityType, entityId: merge.mergedId, reason: input.reason, details: { mergeId, survivorId: merge.survivorId, restoredIds: restored } },
  ]);
  return (await getMerge(tx, target.entityType, mergeId))!;
}

export const mergePersons = (tx: Transaction<DB>, ctx: RequestContext, input: MergeRequest) => mergeRecords(PERSONS, tx, ctx, input);
export const unmergePersons = (tx: Transaction<DB>, ctx: RequestContext, mergeId: string, input: UnmergeRequest) => unmergeRecords(PERSONS, tx, ctx, mergeId, input);
export const mergeLocations = (tx: Transaction<DB>, ctx: RequestContext, input: MergeRequest) => mergeRecords(LOCATIONS, tx, ctx, input);
export const unmergeLocations = (tx: Transaction<DB>, ctx: RequestContext, mergeId: string, input: UnmergeRequest) => unmergeRecords(LOCATIONS, tx, ctx, mergeId, input);
