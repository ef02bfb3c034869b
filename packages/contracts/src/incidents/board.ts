import { Type, type Static } from '@sinclair/typebox';
import { Instant, Uuid } from '../common';
import { AssignmentStatusSchema, IncidentStatusSchema, NonAttendanceStatusSchema } from './incidents';

// The control-room board: every open incident, by grade then time left, with its officers.
// Refreshed on the live event `incidents.incident_changed` (data: change, status, grade, version).

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const BoardOfficer = Type.Object(
  {
    staffId: Uuid,
    name: Nullable(Type.String()),
    collarNumber: Nullable(Type.String()),
    /** Their progress on this incident: assigned, en route or on scene (officers who cleared or were released are left out). */
    status: AssignmentStatusSchema,
  },
  { additionalProperties: false },
);
export type BoardOfficer = Static<typeof BoardOfficer>;

export const BoardIncident = Type.Object(
  {
    id: Uuid,
    reference: Type.String(),
    grade: Type.String(),
    gradeName: Type.String(),
    /** The grade's place in the force's order (Immediate first). */
    gradeSortOrder: Type.Integer(),
    categoryCode: Nullable(Type.String()),
    categoryName: Nullable(Type.String()),
    status: IncidentStatusSchema,
    receivedAt: Instant,
    /** Time left = targetAt − now (the board counts down against `now` of the answer, then its own clock). */
    targetAt: Instant,
    targetSeconds: Type.Integer(),
    breachedAt: Nullable(Instant),
    firstArrivedAt: Nullable(Instant),
    /** Address, else postcode. */
    locationText: Nullable(Type.String()),
    latitude: Nullable(Type.Number()),
    longitude: Nullable(Type.Number()),
    /** Officers still on it, first assigned first. */
    officers: Type.Array(BoardOfficer),
    attended: Nullable(Type.Boolean()),
    nonAttendanceStatus: Nullable(NonAttendanceStatusSchema),
    version: Type.Integer(),
  },
  { additionalProperties: false },
);
export type BoardIncident = Static<typeof BoardIncident>;

export const BoardCounts = Type.Object(
  {
    awaiting_dispatch: Type.Integer(),
    dispatched: Type.Integer(),
    en_route: Type.Integer(),
    on_scene: Type.Integer(),
    cleared: Type.Integer(),
  },
  { additionalProperties: false },
);
export type BoardCounts = Static<typeof BoardCounts>;

/** GET /api/incidents/board. */
export const Board = Type.Object(
  {
    /** The server's time when the board was read. */
    now: Instant,
    /** Open incidents, by grade (sort order) then target time. */
    incidents: Type.Array(BoardIncident),
    counts: BoardCounts,
  },
  { additionalProperties: false },
);
export type Board = Static<typeof Board>;
