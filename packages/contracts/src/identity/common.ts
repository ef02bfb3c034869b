import { Type, type Static, type TLiteral } from '@sinclair/typebox';
import { Instant, Uuid } from '../common';

/** A calendar date, YYYY-MM-DD (a date of birth, the day someone moved in). */
export const IsoDate = Type.String({ format: 'date' });

/** A union of string literals whose static type is the union of the values. */
export const literals = <T extends readonly string[]>(values: T) => Type.Union(values.map((v) => Type.Literal(v)) as TLiteral<T[number]>[]);

/** What a warning marker warns of, on a person or a place. */
export const MARKER_TYPES = ['violence', 'weapons', 'firearms', 'drugs', 'mental_health', 'self_harm', 'dangerous_dog', 'other'] as const;
export const MarkerType = literals(MARKER_TYPES);

/** A flag on a person or a place, with who set it; a removed flag stays, with who removed it and why. */
export const Flag = Type.Object(
  {
    id: Uuid,
    kind: Type.String(),
    /** Set only on warning markers. */
    markerType: Type.Union([Type.String(), Type.Null()]),
    note: Type.Union([Type.String(), Type.Null()]),
    setAt: Instant,
    /** Username of whoever set it. */
    setBy: Type.Union([Type.String(), Type.Null()]),
    removedAt: Type.Union([Instant, Type.Null()]),
    removedBy: Type.Union([Type.String(), Type.Null()]),
    removalReason: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type Flag = Static<typeof Flag>;

/** Why a change is made, where one is asked for (removing a flag, merging, opening a record under policy). */
export const Reason = Type.String({ minLength: 3, maxLength: 500 });

/** Merge two records: the merged one then answers 404 with `details.mergedInto` (the survivor's id). */
export const MergeRequest = Type.Object(
  {
    survivorId: Uuid,
    mergedId: Uuid,
    /** The versions the user looked at when deciding: a stale one is 409 VERSION_CONFLICT. */
    survivorVersion: Type.Integer({ minimum: 1 }),
    mergedVersion: Type.Integer({ minimum: 1 }),
    reason: Reason,
  },
  { additionalProperties: false },
);
export type MergeRequest = Static<typeof MergeRequest>;

export const UnmergeRequest = Type.Object({ reason: Reason }, { additionalProperties: false });
export type UnmergeRequest = Static<typeof UnmergeRequest>;
export const MergeParams = Type.Object({ mergeId: Uuid }, { additionalProperties: false });

/** One merge as history keeps it; `snapshot` is the merged record as it stood just before. */
export const Merge = Type.Object(
  {
    id: Uuid,
    entityType: Type.Union([Type.Literal('person'), Type.Literal('location')]),
    survivorId: Uuid,
    mergedId: Uuid,
    reason: Type.String(),
    snapshot: Type.Unknown(),
    mergedAt: Instant,
    mergedBy: Type.Union([Type.String(), Type.Null()]),
    unmergedAt: Type.Union([Instant, Type.Null()]),
    unmergedBy: Type.Union([Type.String(), Type.Null()]),
    unmergeReason: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type Merge = Static<typeof Merge>;
export const MergeList = Type.Object({ items: Type.Array(Merge) }, { additionalProperties: false });
