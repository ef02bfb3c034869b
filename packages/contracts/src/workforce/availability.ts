import { Type, type Static } from '@sinclair/typebox';
import { Instant, Uuid } from '../common';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const OFFICER_STATUSES = ['available', 'committed', 'refreshment', 'off_duty'] as const;
export const OfficerStatus = Type.Union([Type.Literal('available'), Type.Literal('committed'), Type.Literal('refreshment'), Type.Literal('off_duty')]);
export type OfficerStatus = Static<typeof OfficerStatus>;

export const Position = Type.Object(
  {
    latitude: Type.Number(),
    longitude: Type.Number(),
    at: Nullable(Instant),
    /** `device`: last reported by the officer's device; `station`: no recent report, so their station. */
    source: Type.Union([Type.Literal('device'), Type.Literal('station')]),
  },
  { additionalProperties: false },
);

export const OfficerAvailability = Type.Object(
  {
    staffId: Uuid,
    collarNumber: Type.String(),
    firstName: Type.String(),
    lastName: Type.String(),
    rank: Type.String(),
    roleTitle: Type.String(),
    teamId: Nullable(Uuid),
    teamName: Nullable(Type.String()),
    status: OfficerStatus,
    onDuty: Type.Boolean(),
    /** The roster has them on duty now. */
    rostered: Type.Boolean(),
    /** They booked on themselves (and have not booked off). */
    bookedOn: Type.Boolean(),
    dutyStartsAt: Nullable(Instant),
    dutyEndsAt: Nullable(Instant),
    incidentId: Nullable(Uuid),
    position: Nullable(Position),
    /** From the point asked about, in metres (null when not asked). */
    distanceMetres: Nullable(Type.Number()),
    skills: Type.Array(Type.String()),
    /** Send back to change the status. */
    version: Type.Integer(),
  },
  { additionalProperties: false },
);
export type OfficerAvailability = Static<typeof OfficerAvailability>;

export const AvailableNearestQuery = Type.Object(
  {
    skill: Type.Optional(Type.String({ maxLength: 40 })),
    latitude: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
    longitude: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
    postcode: Type.Optional(Type.String({ minLength: 2, maxLength: 10 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 10 })),
  },
  { additionalProperties: false, description: 'Where: latitude and longitude, or a postcode' },
);
export type AvailableNearestQuery = Static<typeof AvailableNearestQuery>;
export const AvailableNearestList = Type.Object(
  {
    near: Type.Object({ latitude: Type.Number(), longitude: Type.Number(), postcode: Nullable(Type.String()) }, { additionalProperties: false }),
    skill: Nullable(Type.String()),
    items: Type.Array(OfficerAvailability),
  },
  { additionalProperties: false },
);

export const OnDutyQuery = Type.Object({ teamId: Type.Optional(Uuid) }, { additionalProperties: false });
export const OnDutyList = Type.Object({ at: Instant, items: Type.Array(OfficerAvailability) }, { additionalProperties: false });

export const BookRequest = Type.Object({ version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
export const SetStatusRequest = Type.Object(
  { status: Type.Union([Type.Literal('available'), Type.Literal('refreshment')]), version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false, description: 'Committed is set by command and control; off duty by booking off' },
);
export type SetStatusRequest = Static<typeof SetStatusRequest>;
export const SetPositionRequest = Type.Object(
  { latitude: Type.Number({ minimum: -90, maximum: 90 }), longitude: Type.Number({ minimum: -180, maximum: 180 }), recordedAt: Type.Optional(Instant) },
  { additionalProperties: false },
);
export type SetPositionRequest = Static<typeof SetPositionRequest>;
