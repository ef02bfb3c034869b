import { Type, type Static } from '@sinclair/typebox';
import { Instant, Page, PageQuery, Uuid } from '../common';
import { CreateContactRequest } from '../contact/contacts';

// Command and control: incidents created from a contact (nothing re-typed), their status and
// timeline, officers assigned, grade clocks and breaches, attendance, closing and the crime hand-over.

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Text = (maxLength: number, minLength = 1) => Type.String({ minLength, maxLength });
/** The version read; a stale one is 409 VERSION_CONFLICT with the incident as it now is in details.current. */
const Version = Type.Integer({ minimum: 1, description: 'The version read; a stale one is 409 VERSION_CONFLICT' });

export const INCIDENT_STATUSES = ['awaiting_dispatch', 'dispatched', 'en_route', 'on_scene', 'cleared', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
export const IncidentStatusSchema = Type.Union([
  Type.Literal('awaiting_dispatch'),
  Type.Literal('dispatched'),
  Type.Literal('en_route'),
  Type.Literal('on_scene'),
  Type.Literal('cleared'),
  Type.Literal('closed'),
]);

export const ASSIGNMENT_STATUSES = ['assigned', 'en_route', 'on_scene', 'cleared', 'released'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];
export const AssignmentStatusSchema = Type.Union([Type.Literal('assigned'), Type.Literal('en_route'), Type.Literal('on_scene'), Type.Literal('cleared'), Type.Literal('released')]);

/** Non-attendance under the attend-everything policy: pending until a supervisor approves it. */
export const NonAttendanceStatusSchema = Type.Union([Type.Literal('approved'), Type.Literal('pending_approval')]);
export type NonAttendanceStatus = Static<typeof NonAttendanceStatusSchema>;

// ---------------------------------------------------------------------------------------------
// Requests

/** POST /api/incidents: the incident from a recorded contact (category, grade, place, narrative copied). */
export const CreateIncidentRequest = Type.Object({ contactId: Uuid }, { additionalProperties: false });
export type CreateIncidentRequest = Static<typeof CreateIncidentRequest>;

/** POST /api/incidents/intake: "Save and create incident" — the contact and its incident in one transaction. */
export const IntakeRequest = Type.Object({ contact: CreateContactRequest }, { additionalProperties: false });
export type IntakeRequest = Static<typeof IntakeRequest>;

/** GET /api/incidents: open (not closed), closed or all; received between from and to; newest first. */
export const ListIncidentsQuery = Type.Object(
  {
    status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('closed'), Type.Literal('all')], { default: 'all' })),
    from: Type.Optional(Instant),
    to: Type.Optional(Instant),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type ListIncidentsQuery = Static<typeof ListIncidentsQuery>;

/** POST /api/incidents/:id/grade: a new grade, with the reason (kept in the timeline); the target is recomputed. */
export const RegradeIncidentRequest = Type.Object({ version: Version, grade: Text(40), reason: Text(500, 3) }, { additionalProperties: false });
export type RegradeIncidentRequest = Static<typeof RegradeIncidentRequest>;

/**
 * POST /api/incidents/:id/attendance: `{ version, attended: true }`, or `{ version, attended: false,
 * reasonCode, note? }` (a non-attendance reason code, GET /api/incidents/codes).
 */
export const AttendanceRequest = Type.Object(
  {
    version: Version,
    attended: Type.Boolean(),
    /** Required when attended is false. */
    reasonCode: Type.Optional(Text(40)),
    note: Type.Optional(Text(1000)),
  },
  { additionalProperties: false },
);
export type AttendanceRequest = Static<typeof AttendanceRequest>;

/** POST /api/incidents/:id/non-attendance/decision: a supervisor approves or refuses pending non-attendance. */
export const NonAttendanceDecisionRequest = Type.Object({ version: Version, approve: Type.Boolean(), note: Type.Optional(Text(1000)) }, { additionalProperties: false });
export type NonAttendanceDecisionRequest = Static<typeof NonAttendanceDecisionRequest>;

/** POST /api/incidents/:id/close: a closing code (GET /api/incidents/codes) and an optional note. */
export const CloseIncidentRequest = Type.Object({ version: Version, closingCode: Text(40), note: Type.Optional(Text(2000)) }, { additionalProperties: false });
export type CloseIncidentRequest = Static<typeof CloseIncidentRequest>;

/** POST /api/incidents/:id/breach-reason: why the target was missed (supervisor). */
export const BreachReasonRequest = Type.Object({ version: Version, reason: Text(1000, 3) }, { additionalProperties: false });
export type BreachReasonRequest = Static<typeof BreachReasonRequest>;

/** POST /api/incidents/:id/crime-request: "Record a crime" (the hand-over to the crime module). */
export const CrimeRequestRequest = Type.Object({ version: Version }, { additionalProperties: false });
export type CrimeRequestRequest = Static<typeof CrimeRequestRequest>;

// ---------------------------------------------------------------------------------------------
// Responses

export const IncidentLocation = Type.Object(
  {
    locationId: Nullable(Uuid),
    address: Nullable(Type.String()),
    postcode: Nullable(Type.String()),
    latitude: Nullable(Type.Number()),
    longitude: Nullable(Type.Number()),
    directions: Nullable(Type.String()),
  },
  { additionalProperties: false },
);
export type IncidentLocation = Static<typeof IncidentLocation>;

/** One officer on the incident, with their own progress. */
/** An officer's progress on one incident: the fields every view of an assignment shares. */
export const assignmentFields = {
  id: Uuid,
  staffId: Uuid,
  status: AssignmentStatusSchema,
  assignedAt: Instant,
  /** Whether dispatch took the recommended officer. */
  recommended: Type.Boolean(),
  /** Straight-line distance and estimated arrival when assigned (null without a position). */
  distanceMetres: Nullable(Type.Integer()),
  etaSeconds: Nullable(Type.Integer()),
  enRouteAt: Nullable(Instant),
  arrivedAt: Nullable(Instant),
  clearedAt: Nullable(Instant),
  releasedAt: Nullable(Instant),
  version: Type.Integer(),
};

export const IncidentAssignment = Type.Object(
  {
    ...assignmentFields,
    /** "PC 1234 Jane Smith" parts: null only if the staff record is gone. */
    name: Nullable(Type.String()),
    collarNumber: Nullable(Type.String()),
  },
  { additionalProperties: false },
);
export type IncidentAssignment = Static<typeof IncidentAssignment>;

/**
 * One entry of the timeline. type: created, status (fromStatus → toStatus), regraded, assigned,
 * released, en_route, on_scene, cleared (one officer: staffId), closed, breached, breach_reason,
 * attendance, non_attendance_approved, non_attendance_refused, crime_requested, note, imported.
 */
export const IncidentEvent = Type.Object(
  {
    seq: Type.Integer(),
    type: Type.String(),
    staffId: Nullable(Uuid),
    /** The officer's name when the event is about one. */
    staffName: Nullable(Type.String()),
    fromStatus: Nullable(Type.String()),
    toStatus: Nullable(Type.String()),
    occurredAt: Instant,
    recordedAt: Instant,
    /** Username of who did it; null for the system (e.g. the breach clock). */
    by: Nullable(Type.String()),
    details: Type.Record(Type.String(), Type.Unknown()),
  },
  { additionalProperties: false },
);
export type IncidentEvent = Static<typeof IncidentEvent>;

export const IncidentAttendance = Type.Object(
  {
    /** null: not decided yet; true: attended (set on the first arrival); false: not attended (reason given). */
    attended: Nullable(Type.Boolean()),
    reasonCode: Nullable(Type.String()),
    reasonName: Nullable(Type.String()),
    note: Nullable(Type.String()),
    status: Nullable(NonAttendanceStatusSchema),
    decidedBy: Nullable(Uuid),
    decidedAt: Nullable(Instant),
  },
  { additionalProperties: false },
);
export type IncidentAttendance = Static<typeof IncidentAttendance>;

export const Incident = Type.Object(
  {
    id: Uuid,
    /** INC-YYYY-NNNNNN, or the old system's reference for an imported incident. */
    reference: Type.String(),
    source: Type.Union([Type.Literal('contact'), Type.Literal('import')]),
    /** The contact it was created from (null for an imported incident); the caller's name as given. */
    contact: Nullable(Type.Object({ id: Uuid, reference: Type.String(), callerName: Nullable(Type.String()) }, { additionalProperties: false })),
    categoryCode: Nullable(Type.String()),
    categoryName: Nullable(Type.String()),
    /** An imported incident's category as the old system wrote it. */
    categoryText: Nullable(Type.String()),
    grade: Type.String(),
    gradeName: Type.String(),
    originalGrade: Type.String(),
    targetSeconds: Type.Integer(),
    receivedAt: Instant,
    targetAt: Instant,
    status: IncidentStatusSchema,
    location: IncidentLocation,
    narrative: Type.String(),
    firstDispatchedAt: Nullable(Instant),
    firstEnRouteAt: Nullable(Instant),
    firstArrivedAt: Nullable(Instant),
    clearedAt: Nullable(Instant),
    closedAt: Nullable(Instant),
    /** When the target passed with nobody on scene (recorded once), and why (a supervisor's reason). */
    breachedAt: Nullable(Instant),
    breachReason: Nullable(Type.String()),
    /** Arrived within target: null until an arrival. */
    withinTarget: Nullable(Type.Boolean()),
    attendance: IncidentAttendance,
    closing: Type.Object({ code: Nullable(Type.String()), name: Nullable(Type.String()), note: Nullable(Type.String()) }, { additionalProperties: false }),
    crime: Type.Object({ requestedAt: Nullable(Instant), requestedBy: Nullable(Uuid), crimeId: Nullable(Uuid) }, { additionalProperties: false }),
    assignments: Type.Array(IncidentAssignment),
    /** Oldest first. */
    timeline: Type.Array(IncidentEvent),
    createdAt: Instant,
    createdBy: Nullable(Type.String()),
    updatedAt: Instant,
    version: Type.Integer(),
  },
  { additionalProperties: false },
);
export type Incident = Static<typeof Incident>;

export const IntakeResponse = Type.Object(
  { contact: Type.Object({ id: Uuid, reference: Type.String() }, { additionalProperties: false }), incident: Incident },
  { additionalProperties: false },
);
export type IntakeResponse = Static<typeof IntakeResponse>;

export const IncidentSummary = Type.Object(
  {
    id: Uuid,
    reference: Type.String(),
    source: Type.Union([Type.Literal('contact'), Type.Literal('import')]),
    categoryCode: Nullable(Type.String()),
    categoryName: Nullable(Type.String()),
    grade: Type.String(),
    gradeName: Type.String(),
    status: IncidentStatusSchema,
    receivedAt: Instant,
    targetAt: Instant,
    firstArrivedAt: Nullable(Instant),
    breachedAt: Nullable(Instant),
    closedAt: Nullable(Instant),
    /** Address, else postcode, else null. */
    locationText: Nullable(Type.String()),
    attended: Nullable(Type.Boolean()),
    version: Type.Integer(),
  },
  { additionalProperties: false },
);
export type IncidentSummary = Static<typeof IncidentSummary>;
export const IncidentPage = Page(IncidentSummary);
export type IncidentPage = Static<typeof IncidentPage>;

export const IncidentCode = Type.Object({ code: Type.String(), name: Type.String() }, { additionalProperties: false });
export type IncidentCode = Static<typeof IncidentCode>;
/** GET /api/incidents/codes: the active non-attendance reasons and closing codes, in the force's order. */
export const IncidentCodes = Type.Object({ nonAttendanceReasons: Type.Array(IncidentCode), closingCodes: Type.Array(IncidentCode) }, { additionalProperties: false });
export type IncidentCodes = Static<typeof IncidentCodes>;

/** "Record a crime": everything known about the incident, for the crime module to start from. */
export const CrimeHandover = Type.Object(
  {
    incidentId: Uuid,
    incidentReference: Type.String(),
    contactId: Nullable(Uuid),
    contactReference: Nullable(Type.String()),
    caller: Nullable(
      Type.Object(
        {
          givenNames: Nullable(Type.String()),
          familyName: Nullable(Type.String()),
          phone: Nullable(Type.String()),
          dateOfBirth: Nullable(Type.String()),
          address: Nullable(Type.String()),
          /** The identity person confirmed as the caller, if any. */
          personId: Nullable(Uuid),
        },
        { additionalProperties: false },
      ),
    ),
    categoryCode: Nullable(Type.String()),
    categoryName: Nullable(Type.String()),
    categoryText: Nullable(Type.String()),
    grade: Type.String(),
    location: IncidentLocation,
    narrative: Type.String(),
    receivedAt: Instant,
    firstArrivedAt: Nullable(Instant),
    /** Officers who went on scene (or were assigned and not released), first assigned first. */
    attendingOfficers: Type.Array(Type.Object({ staffId: Uuid, name: Nullable(Type.String()), collarNumber: Nullable(Type.String()), arrivedAt: Nullable(Instant) }, { additionalProperties: false })),
    attendance: IncidentAttendance,
    requestedAt: Nullable(Instant),
    requestedBy: Nullable(Uuid),
    crimeId: Nullable(Uuid),
  },
  { additionalProperties: false },
);
export type CrimeHandover = Static<typeof CrimeHandover>;
