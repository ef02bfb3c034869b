import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { Instant } from '../common';

/** A local date, 'YYYY-MM-DD' (Europe/London). */
const ReportDate = Type.String({ format: 'date', description: "A local date, 'YYYY-MM-DD' (Europe/London)" });
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

/** GET /api/incidents/reports/response(.csv)?from&to: incidents received on these Europe/London dates, both inclusive. */
export const ResponseReportQuery = Type.Object({ from: ReportDate, to: ReportDate }, { additionalProperties: false });
export type ResponseReportQuery = Static<typeof ResponseReportQuery>;

/**
 * One grade's figures. An incident counts under the grade it was first given (`original_grade`),
 * against the target it carried (`target_seconds`). Time to arrival runs from received_at to the
 * earliest on-scene event. `count` is the incidents WITH an arrival: compliance, mean, median and
 * 90th percentile are over them. Median and percentile are nearest-rank (see README "Response figures").
 */
export const GradeFigures = Type.Object(
  {
    /** Incidents with an arrival. */
    count: Type.Integer({ minimum: 0 }),
    /** Of those, arrived within the target (seconds to arrival ≤ target seconds). */
    withinTarget: Type.Integer({ minimum: 0 }),
    /** withinTarget / count, 0–1; null when count is 0. */
    compliance: Nullable(Type.Number({ minimum: 0, maximum: 1 })),
    /** Arithmetic mean of seconds to arrival, rounded to 0.1 s; null when count is 0. */
    meanSeconds: Nullable(Type.Number()),
    /** Nearest-rank 50th percentile of seconds to arrival; null when count is 0. */
    medianSeconds: Nullable(Type.Number()),
    /** Nearest-rank 90th percentile of seconds to arrival; null when count is 0. */
    p90Seconds: Nullable(Type.Number()),
    /** Every incident of the grade received in the period, with an arrival or not. */
    incidents: Type.Integer({ minimum: 0 }),
    /** Received in the period with no arrival recorded (attended or not). */
    notArrived: Type.Integer({ minimum: 0 }),
    /** Recorded as not attended (attended = false), with a reason. */
    notAttended: Type.Integer({ minimum: 0 }),
    /** Incidents whose target passed with nobody on scene (breached_at set). */
    breaches: Type.Integer({ minimum: 0 }),
    /** Of the breaches, those a supervisor gave a reason. */
    breachesWithReason: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);
export type GradeFigures = Static<typeof GradeFigures>;

/** A count per reason (breach reasons are free text; non-attendance reasons are codes). */
const ReasonCount = Type.Object({ gradeCode: Type.String(), reason: Type.Union([Type.String(), Type.Null()]), count: Type.Integer() }, { additionalProperties: false });

/** One breach, for the list under the figures. */
export const ResponseBreach = Type.Object(
  {
    incidentId: Type.String({ format: 'uuid' }),
    reference: Type.String(),
    gradeCode: Type.String(),
    receivedAt: Instant,
    breachedAt: Instant,
    arrivedAt: Type.Union([Instant, Type.Null()]),
    reason: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type ResponseBreach = Static<typeof ResponseBreach>;

export const ResponseReport = Type.Object(
  {
    from: ReportDate,
    to: ReportDate,
    /** The instants the dates stand for: [periodStart, periodEnd). */
    periodStart: Instant,
    periodEnd: Instant,
    /**
     * Figures keyed by grade code (every grade of reference data, even with no incidents) — exactly
     * what `bluelamp report response --json` prints.
     */
    byGrade: Type.Unsafe<Record<string, GradeFigures>>(Type.Object({}, { additionalProperties: GradeFigures })),
    /** The grades in their reference order, with name and the current target (seconds). */
    grades: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), targetSeconds: Type.Integer() }, { additionalProperties: false })),
    breachReasons: Type.Array(ReasonCount),
    nonAttendanceReasons: Type.Array(ReasonCount),
    /** The most recent breaches (at most 200), newest first; the CSV export has them all. */
    breaches: Type.Array(ResponseBreach),
  },
  { additionalProperties: false },
);
export type ResponseReport = Static<typeof ResponseReport>;

/** The CSV export's columns, in order (one row per incident received in the period). */
export const RESPONSE_CSV_COLUMNS = [
  'reference',
  'grade',
  'target_seconds',
  'category',
  'received_at',
  'dispatched_at',
  'arrived_at',
  'seconds_to_arrival',
  'within_target',
  'breached',
  'breach_reason',
  'attended',
  'non_attendance_reason',
] as const;

/** GET /api/incidents/demand?from&to[&category=a,b]: Europe/London dates, both inclusive, at least 7 days. */
export const DemandQuery = Type.Object(
  {
    from: ReportDate,
    to: ReportDate,
    /** Incident category codes, comma-separated; all incidents when absent. */
    category: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type DemandQuery = Static<typeof DemandQuery>;

const PerHourOfWeek = Type.Array(Type.Number({ minimum: 0 }), { minItems: 168, maxItems: 168, description: 'One value per hour of the week, Europe/London; index 0 = Monday 00:00–01:00' });

/** An average week's demand over a period (the workforce module's DemandProfile, as JSON). */
export const DemandProfileResponse = Type.Object(
  {
    period: Type.Object({ from: Instant, to: Instant }, { additionalProperties: false, description: 'from inclusive, to exclusive (UTC instants of local midnights)' }),
    /** Calls offered per hour of the week; null: call data is not held by the incidents module. */
    callsPerHour: Type.Union([PerHourOfWeek, Type.Null()]),
    /** Incidents per hour of the week by the grade they were first given. */
    incidentsByGrade: Type.Array(Type.Object({ gradeCode: Type.String(), perHour: PerHourOfWeek }, { additionalProperties: false })),
    /** Mean minutes from dispatch to clearing; null with no history. */
    averageCommitmentMinutes: Type.Union([Type.Number(), Type.Null()]),
    /** Mean minutes from dispatch to arrival; null with no history. */
    averageTravelMinutes: Type.Union([Type.Number(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type DemandProfileResponse = Static<typeof DemandProfileResponse>;
