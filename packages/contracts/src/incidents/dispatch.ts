import { Type, type Static } from '@sinclair/typebox';
import { Instant, Uuid } from '../common';
import { OfficerStatus, Position } from '../workforce/availability';
import { AssignmentStatusSchema, IncidentStatusSchema, assignmentFields } from './incidents';

/*
 * Dispatch: the resources for an incident with the recommended officer, assigning and releasing
 * officers, an officer's own progress (en route, on scene, cleared) from the mobile view, and the
 * unit list of the control-room board.
 */

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const ASSIGNMENT_STATUSES = ['assigned', 'en_route', 'on_scene', 'cleared', 'released'] as const;
// The same status schemas as the incident itself (one definition, two names kept for callers).
export const AssignmentStatus = AssignmentStatusSchema;
export type AssignmentStatus = Static<typeof AssignmentStatus>;
export const IncidentStatus = IncidentStatusSchema;

export const AssignmentParams = Type.Object({ id: Uuid, staffId: Uuid }, { additionalProperties: false });

/** One officer on one incident, with their own progress. */
export const Assignment = Type.Object({ ...assignmentFields, incidentId: Uuid }, { additionalProperties: false });
export type Assignment = Static<typeof Assignment>;

/** An on-duty officer as a resource for one incident. */
export const Resource = Type.Object(
  {
    staffId: Uuid,
    collarNumber: Type.String(),
    firstName: Type.String(),
    lastName: Type.String(),
    rank: Type.String(),
    teamId: Nullable(Uuid),
    teamName: Nullable(Type.String()),
    status: OfficerStatus,
    /** The incident they are committed to, if any. */
    incidentId: Nullable(Uuid),
    incidentReference: Nullable(Type.String()),
    /** Already on this incident. */
    assignedHere: Type.Boolean(),
    skills: Type.Array(Type.String()),
    /** Holds every skill the incident needs. */
    meetsSkills: Type.Boolean(),
    missingSkills: Type.Array(Type.String()),
    /** Last known position (device fix, or their station when the device has not reported recently). */
    position: Nullable(Position),
    /** Age of a device fix in seconds (null for a station position or none). */
    positionAgeSeconds: Nullable(Type.Integer()),
    /** A device fix too old to estimate from: no ETA, ranked last. */
    positionStale: Type.Boolean(),
    distanceMetres: Nullable(Type.Integer()),
    etaSeconds: Nullable(Type.Integer()),
    /** Available now (not committed, not on refreshment). */
    available: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type Resource = Static<typeof Resource>;

export const Recommendation = Type.Object({ staffId: Uuid, reason: Type.String() }, { additionalProperties: false });

export const IncidentResources = Type.Object(
  {
    incidentId: Uuid,
    at: Instant,
    /** Skill codes the incident needs (by grade and category), as far as the force's catalogue has them. */
    requiredSkills: Type.Array(Type.String()),
    /** The nearest available officer holding the required skills, with an estimated arrival; null with `noRecommendationReason`. */
    recommended: Nullable(Recommendation),
    noRecommendationReason: Nullable(Type.String()),
    /** Every officer on duty: those with an estimated arrival nearest first, then those without. */
    items: Type.Array(Resource),
  },
  { additionalProperties: false },
);
export type IncidentResources = Static<typeof IncidentResources>;

export const AssignRequest = Type.Object(
  {
    staffId: Uuid,
    /** The dispatcher took the recommendation (kept for the figures). */
    recommended: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type AssignRequest = Static<typeof AssignRequest>;

export const ReleaseRequest = Type.Object({ reason: Type.String({ minLength: 3, maxLength: 500 }) }, { additionalProperties: false, description: 'Why the officer is taken off the incident (re-deployed) before clearing it' });
export type ReleaseRequest = Static<typeof ReleaseRequest>;

/** The answer to every assignment change: the incident's status after it and the assignment. */
export const AssignmentResult = Type.Object(
  { incidentId: Uuid, incidentStatus: IncidentStatus, incidentVersion: Type.Integer(), assignment: Assignment },
  { additionalProperties: false },
);
export type AssignmentResult = Static<typeof AssignmentResult>;

export const MyStatusRequest = Type.Object(
  { status: Type.Union([Type.Literal('en_route'), Type.Literal('on_scene'), Type.Literal('cleared')]) },
  { additionalProperties: false, description: 'Move my own assignment on, in order; the time recorded is when the server receives the update' },
);
export type MyStatusRequest = Static<typeof MyStatusRequest>;

export const Colleague = Type.Object(
  { staffId: Uuid, collarNumber: Nullable(Type.String()), firstName: Nullable(Type.String()), lastName: Nullable(Type.String()), status: AssignmentStatus },
  { additionalProperties: false },
);

/** An incident I am assigned to, for the mobile view. */
export const MyIncident = Type.Object(
  {
    incidentId: Uuid,
    reference: Type.String(),
    incidentStatus: IncidentStatus,
    grade: Type.String(),
    gradeName: Type.String(),
    categoryCode: Nullable(Type.String()),
    categoryName: Nullable(Type.String()),
    locationAddress: Nullable(Type.String()),
    locationPostcode: Nullable(Type.String()),
    latitude: Nullable(Type.Number()),
    longitude: Nullable(Type.Number()),
    directions: Nullable(Type.String()),
    narrative: Type.String(),
    receivedAt: Instant,
    targetAt: Instant,
    assignment: Assignment,
    /** The other officers still on it. */
    otherOfficers: Type.Array(Colleague),
  },
  { additionalProperties: false },
);
export type MyIncident = Static<typeof MyIncident>;
export const MyIncidentList = Type.Object({ items: Type.Array(MyIncident) }, { additionalProperties: false });
export type MyIncidentList = Static<typeof MyIncidentList>;

/** One on-duty officer in the board's unit list and map. */
export const Unit = Type.Object(
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
    incidentId: Nullable(Uuid),
    incidentReference: Nullable(Type.String()),
    position: Nullable(Position),
    positionAgeSeconds: Nullable(Type.Integer()),
    skills: Type.Array(Type.String()),
    dutyEndsAt: Nullable(Instant),
  },
  { additionalProperties: false },
);
export type Unit = Static<typeof Unit>;
export const UnitList = Type.Object({ at: Instant, items: Type.Array(Unit) }, { additionalProperties: false });
export type UnitList = Static<typeof UnitList>;
