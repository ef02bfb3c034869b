import { Type, type Static } from '@sinclair/typebox';
import { Instant, Page, PageQuery, Uuid } from '../common';
import { IsoDate, Reason } from './common';
import { Person } from './persons';
import { Location } from './locations';

/**
 * open: awaiting review; merged: merged through the proposal or elsewhere; dismissed: a user said
 * "not the same" (or undid the merge); withdrawn: the system no longer proposes it (a record changed
 * or was merged into a third).
 */
export const DUPLICATE_STATUSES = ['open', 'merged', 'dismissed', 'withdrawn'] as const;
export type DuplicateStatus = (typeof DUPLICATE_STATUSES)[number];
const Status = Type.Union([Type.Literal('open'), Type.Literal('merged'), Type.Literal('dismissed'), Type.Literal('withdrawn')]);

const Version = Type.Integer({ minimum: 1, description: 'The version of the proposal read; a stale one is 409 VERSION_CONFLICT' });

/** One side of a pair, enough to tell the two apart in a list. */
export const DuplicateSide = Type.Object(
  {
    id: Uuid,
    /** A person's display name, or a place's address. */
    label: Type.String(),
    dateOfBirth: Type.Union([IsoDate, Type.Null()]),
    postcode: Type.Union([Type.String(), Type.Null()]),
    /** False once the record was merged into another. */
    isLive: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type DuplicateSide = Static<typeof DuplicateSide>;

export const Dismissal = Type.Object(
  {
    at: Instant,
    /** Username. */
    by: Type.Union([Type.String(), Type.Null()]),
    reason: Type.String(),
  },
  { additionalProperties: false },
);

/** A proposed pair of duplicate records. */
export const DuplicateProposal = Type.Object(
  {
    id: Uuid,
    entityType: Type.Union([Type.Literal('person'), Type.Literal('location')]),
    left: DuplicateSide,
    right: DuplicateSide,
    /**
     * Persons: the matching engine's probability that both are one person (0–1). Places: the fixed
     * confidence of the rule that matched (see the matching README).
     */
    probability: Type.Number(),
    /** Why, in words ("Bob is a form of Robert"; "same postcode EC2M 4NP"). */
    reasons: Type.Array(Type.String()),
    status: Status,
    proposedAt: Instant,
    /** When the evidence was last worked out. */
    scoredAt: Instant,
    statusChangedAt: Instant,
    /** The merge that resolved it (status merged). */
    mergeId: Type.Union([Uuid, Type.Null()]),
    /** The latest "not the same", kept when the pair is proposed again after a material change. */
    dismissal: Type.Union([Dismissal, Type.Null()]),
    /** Set when a dismissed or withdrawn pair was proposed again. */
    reopenedAt: Type.Union([Instant, Type.Null()]),
    version: Type.Integer(),
  },
  { additionalProperties: false },
);
export type DuplicateProposal = Static<typeof DuplicateProposal>;

export const ListDuplicatesQuery = Type.Object(
  {
    status: Type.Optional(Status),
    minProbability: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
    /** Only pairs that include this record. */
    recordId: Type.Optional(Uuid),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type ListDuplicatesQuery = Static<typeof ListDuplicatesQuery>;

/** Most probable first. */
export const DuplicatePage = Page(DuplicateProposal);
export type DuplicatePage = Static<typeof DuplicatePage>;

/** Opening a proposal of persons is a read of both persons: force policy may ask for a reason. */
export const GetDuplicateQuery = Type.Object({ reason: Type.Optional(Reason) }, { additionalProperties: false });
export type GetDuplicateQuery = Static<typeof GetDuplicateQuery>;

/** A proposal of persons with both records side by side. */
export const PersonDuplicate = Type.Object({ proposal: DuplicateProposal, left: Person, right: Person }, { additionalProperties: false });
export type PersonDuplicate = Static<typeof PersonDuplicate>;

/** A proposal of places with both records side by side. */
export const LocationDuplicate = Type.Object({ proposal: DuplicateProposal, left: Location, right: Location }, { additionalProperties: false });
export type LocationDuplicate = Static<typeof LocationDuplicate>;

/** "Not the same": the pair is not proposed again unless either record's details change and it then looks more alike. */
export const DismissDuplicateRequest = Type.Object({ version: Version, reason: Reason }, { additionalProperties: false });
export type DismissDuplicateRequest = Static<typeof DismissDuplicateRequest>;

/** Merge the pair: `survivorId` (one of the two) stays, the other is folded into it (reversible). */
export const MergeDuplicateRequest = Type.Object(
  {
    version: Version,
    survivorId: Uuid,
    /** The versions of the two records the user compared: a stale one is 409. */
    survivorVersion: Type.Integer({ minimum: 1 }),
    mergedVersion: Type.Integer({ minimum: 1 }),
    reason: Reason,
  },
  { additionalProperties: false },
);
export type MergeDuplicateRequest = Static<typeof MergeDuplicateRequest>;

/** Undo the merge a proposal made: the proposal is then dismissed (a merge undone says "not the same"). */
export const UnmergeDuplicateRequest = Type.Object({ version: Version, reason: Reason }, { additionalProperties: false });
export type UnmergeDuplicateRequest = Static<typeof UnmergeDuplicateRequest>;

export const ScanDuplicatesRequest = Type.Object(
  { entityType: Type.Optional(Type.Union([Type.Literal('person'), Type.Literal('location'), Type.Literal('all')])) },
  { additionalProperties: false },
);
export type ScanDuplicatesRequest = Static<typeof ScanDuplicatesRequest>;

export const ScanCounts = Type.Object(
  {
    /** Live records compared. */
    records: Type.Integer(),
    /** Pairs the scan found alike. */
    pairs: Type.Integer(),
    opened: Type.Integer(),
    reopened: Type.Integer(),
    updated: Type.Integer(),
    withdrawn: Type.Integer(),
    /** Records changed while the scan ran, left to the change-driven check. */
    skipped: Type.Integer(),
  },
  { additionalProperties: false },
);
export type ScanCounts = Static<typeof ScanCounts>;

export const ScanReport = Type.Object(
  {
    persons: Type.Union([ScanCounts, Type.Null()]),
    locations: Type.Union([ScanCounts, Type.Null()]),
    tookMs: Type.Integer(),
  },
  { additionalProperties: false },
);
export type ScanReport = Static<typeof ScanReport>;
