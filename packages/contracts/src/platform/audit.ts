import { Type, type Static } from '@sinclair/typebox';
import { Instant, Uuid, PageQuery } from '../common';

export const AuditEvent = Type.Object(
  {
    seq: Type.Integer(),
    occurredAt: Instant,
    actorUserId: Type.Union([Uuid, Type.Null()]),
    actorUsername: Type.Union([Type.String(), Type.Null()]),
    action: Type.String({ description: 'What happened, e.g. user.created, person.read' }),
    entityType: Type.String(),
    entityId: Type.Union([Type.String(), Type.Null()]),
    ip: Type.Union([Type.String(), Type.Null()]),
    requestId: Type.Union([Type.String(), Type.Null()]),
    reason: Type.Union([Type.String(), Type.Null()]),
    details: Type.Unknown(),
    /** Null for a moment after the record is written, until it is sealed into the hash chain. */
    hash: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type AuditEvent = Static<typeof AuditEvent>;

export const SearchAuditQuery = Type.Object(
  {
    ...PageQuery,
    actor: Type.Optional(Type.String({ maxLength: 100, description: 'Username (exact, case-insensitive)' })),
    action: Type.Optional(Type.String({ maxLength: 100, description: 'Exact action, or a prefix ending in * (e.g. user.*)' })),
    entityType: Type.Optional(Type.String({ maxLength: 60 })),
    entityId: Type.Optional(Type.String({ maxLength: 100 })),
    from: Type.Optional(Instant),
    to: Type.Optional(Instant),
  },
  { additionalProperties: false },
);
export type SearchAuditQuery = Static<typeof SearchAuditQuery>;

export const AuditPage = Type.Object(
  {
    items: Type.Array(AuditEvent),
    limit: Type.Integer(),
    offset: Type.Integer(),
    total: Type.Integer(),
  },
  { additionalProperties: false },
);

export const VerifyAuditResponse = Type.Object(
  {
    ok: Type.Boolean(),
    checked: Type.Integer({ description: 'Records checked' }),
    firstBrokenSeq: Type.Union([Type.Integer(), Type.Null()], { description: 'First record whose hash or link does not match' }),
    problem: Type.Union([Type.String(), Type.Null()]),
    unsealed: Type.Integer({ description: 'Records written since the check began, not yet in the chain' }),
  },
  { additionalProperties: false },
);
export type VerifyAuditResponse = Static<typeof VerifyAuditResponse>;
