import type { DuplicateProposal, DuplicateSide } from '@bluelamp/contracts/identity/duplicates';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../core/db/schema';
import { displayName } from '../person.presenter';
import { getSides, type DuplicateRecord, type SideRecord } from './duplicates.repository';

type Q = Kysely<DB> | Transaction<DB>;

const presentSide = (id: string, side: SideRecord | undefined): DuplicateSide => ({
  id,
  label: side ? (side.address ?? displayName(side.names)) : '(record not found)',
  dateOfBirth: side?.dateOfBirth ?? null,
  postcode: side?.postcode ?? null,
  isLive: side ? side.mergedIntoId === null : false,
});

/** The only shape of a proposal that leaves the server; sides are read in one go for a page. */
export async function presentDuplicates(q: Q, rows: DuplicateRecord[]): Promise<DuplicateProposal[]> {
  if (rows.length === 0) return [];
  const entityType = rows[0]!.entityType;
  const sides = await getSides(q, entityType, [...new Set(rows.flatMap((r) => [r.leftId, r.rightId]))]);
  return rows.map((r) => ({
    id: r.id,
    entityType: r.entityType,
    left: presentSide(r.leftId, sides.get(r.leftId)),
    right: presentSide(r.rightId, sides.get(r.rightId)),
    probability: r.probability,
    reasons: r.reasons,
    status: r.status,
    proposedAt: r.proposedAt.toISOString(),
    scoredAt: r.scoredAt.toISOString(),
    statusChangedAt: r.statusChangedAt.toISOString(),
    mergeId: r.mergeId,
    dismissal: r.dismissedAt ? { at: r.dismissedAt.toISOString(), by: r.dismissedBy, reason: r.dismissalReason ?? '' } : null,
    reopenedAt: r.reopenedAt?.toISOString() ?? null,
    version: r.version,
  }));
}

export async function presentDuplicate(q: Q, row: DuplicateRecord): Promise<DuplicateProposal> {
  return (await presentDuplicates(q, [row]))[0]!;
}
