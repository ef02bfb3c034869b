import { Type, type Static } from '@sinclair/typebox';

/**
 * Every error code the API returns, with its HTTP status. Clients switch on `code`, never on the
 * message. Adding a code here is the only way to add one (the server's error mapper is exhaustive).
 */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  INVALID_CREDENTIALS: 401,
  SIGN_IN_THROTTLED: 429,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  ALREADY_EXISTS: 409,
  IDEMPOTENCY_KEY_REUSED: 422,
  WEAK_PASSWORD: 400,
  LAST_ADMINISTRATOR: 409,
  REASON_REQUIRED: 400,
  /** A full scan for duplicate persons or places is already running (in this or another server process). */
  DUPLICATE_SCAN_RUNNING: 409,
  /** Rosters: a pattern with no days; a skill or shift type not in the catalogue. */
  PATTERN_EMPTY: 400,
  UNKNOWN_SKILL: 400,
  UNKNOWN_SHIFT_TYPE: 400,
  /** Rosters: a duty that overlaps another of the same person (never overridable). */
  SHIFT_OVERLAP: 422,
  /** Rosters: the edit breaks the 11-hour or fortnightly rest rule; details.breaches. Overridable. */
  REST_RULE_BREACH: 422,
  /** Rosters: the edit leaves a shift below minimum staffing; details.shortfalls. Overridable. */
  MINIMUM_STAFFING_BREACH: 422,
  /** Availability: the officer is not on duty / already committed / not committed to that incident. */
  OFFICER_NOT_ON_DUTY: 409,
  OFFICER_ALREADY_COMMITTED: 409,
  OFFICER_NOT_COMMITTED: 409,
  /** Contact: an incident category or response grade not in reference data; a postcode not in the force gazetteer. */
  UNKNOWN_CATEGORY: 400,
  UNKNOWN_GRADE: 400,
  UNKNOWN_POSTCODE: 400,
  /** Contact: a time later than now; times out of order (answered before received). */
  TIME_IN_FUTURE: 400,
  TIME_OUT_OF_ORDER: 400,
  /** Incidents: the incident is closed (nothing more may be assigned or changed). */
  INCIDENT_CLOSED: 409,
  /** Dispatch: an officer's own update out of order (e.g. on scene before en route); details.current. */
  ASSIGNMENT_OUT_OF_ORDER: 409,
  /** Incidents: the contact already has its incident (details.current). */
  INCIDENT_EXISTS: 409,
  /** Incidents: closing before every officer has cleared (or non-attendance is recorded and approved). */
  INCIDENT_NOT_CLEARED: 409,
  /** Incidents: non-attendance awaits a supervisor's approval (attend-everything policy). */
  NON_ATTENDANCE_NOT_APPROVED: 409,
  /** Incidents: not attended is refused once an officer has arrived. */
  ALREADY_ATTENDED: 409,
  /** Incidents: no non-attendance awaiting a decision. */
  NO_PENDING_NON_ATTENDANCE: 409,
  /** Incidents: a breach reason on an incident whose target was not breached. */
  NOT_BREACHED: 409,
  /** Incidents: a crime was already asked for from this incident. */
  CRIME_ALREADY_REQUESTED: 409,
  /** Incidents: a non-attendance reason or closing code not in reference data. */
  UNKNOWN_NON_ATTENDANCE_REASON: 400,
  UNKNOWN_CLOSING_CODE: 400,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_ERROR: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const ErrorBody = Type.Object(
  {
    code: Type.String({ description: 'Stable machine-readable code, e.g. VALIDATION_FAILED' }),
    message: Type.String({ description: 'What went wrong, in words a person understands' }),
    details: Type.Optional(Type.Unknown({ description: 'Structured detail, e.g. the invalid fields, or the current state on a 409' })),
  },
  { title: 'ErrorBody', additionalProperties: false },
);
export type ErrorBody = Static<typeof ErrorBody>;
