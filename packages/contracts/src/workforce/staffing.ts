import { Type, type Static } from '@sinclair/typebox';

/** Hours in a week: demand and recommendations are given per hour of the week. */
export const HOURS_IN_WEEK = 168;

/**
 * One value per hour of the week, in Europe/London local time: index 0 is Monday 00:00–01:00,
 * 24 is Tuesday 00:00–01:00, 167 is Sunday 23:00–24:00. The maxima (far above any force's demand)
 * bound the work a request can ask for: the search costs one step per person recommended.
 */
const PerHourOfWeek = (description: string, maximum: number) =>
  Type.Array(Type.Number({ minimum: 0, maximum }), { minItems: HOURS_IN_WEEK, maxItems: HOURS_IN_WEEK, description });

const HourOfWeek = Type.Integer({ minimum: 0, maximum: HOURS_IN_WEEK - 1, description: '0 = Monday 00:00–01:00 Europe/London' });
// OpenAPI 3.0 has no numeric exclusive bounds: "more than 0" and "less than 1" are checked by the
// calculation (400 VALIDATION_FAILED naming the field), the schema holds the inclusive range.
const TargetLevel = Type.Number({ minimum: 0, maximum: 1, description: 'Share to meet the target, strictly between 0 and 1, e.g. 0.8 for 80%' });
const Shrinkage = Type.Number({ minimum: 0, maximum: 1, description: 'Share of paid time not available (leave, sickness, training, breaks), 0 up to but not including 1, e.g. 0.3' });
const Share = Type.Number({ minimum: 0, maximum: 1 });

/** One interval, as the CLI takes it: `bluelamp staffing erlang-c`. */
export const ErlangCRequest = Type.Object(
  {
    /** Calls offered in the period. */
    calls: Type.Number({ minimum: 0, maximum: 1_000_000, description: 'More than 0' }),
    /** Length of the period, minutes (at least one). */
    periodMinutes: Type.Number({ minimum: 1, maximum: 10_080 }),
    /** Average handle time (talk and wrap-up), seconds. */
    handleSeconds: Type.Number({ minimum: 0, maximum: 86_400, description: 'More than 0' }),
    targetLevel: TargetLevel,
    /** Answer-time target, seconds. */
    targetSeconds: Type.Number({ minimum: 0, maximum: 86_400 }),
    shrinkage: Type.Optional(Shrinkage),
  },
  { additionalProperties: false },
);
export type ErlangCRequest = Static<typeof ErlangCRequest>;

export const ErlangCResult = Type.Object(
  {
    /** Traffic intensity, erlangs (calls × handle time / period). */
    trafficIntensity: Type.Number(),
    /** Fewest people answering that meet the target. */
    agents: Type.Integer(),
    /** People to roster so that `agents` are answering: ceil(agents / (1 − shrinkage)). */
    agentsWithShrinkage: Type.Integer(),
    serviceLevel: Share,
    occupancy: Share,
    probabilityOfWaiting: Share,
    averageSpeedOfAnswerSeconds: Type.Number(),
  },
  { additionalProperties: false },
);
export type ErlangCResult = Static<typeof ErlangCResult>;

/** Calls and the answering target for the control room. */
export const CallHandlerDemand = Type.Object(
  {
    callsPerHour: PerHourOfWeek('Calls offered in each hour of the week (an average week)', 10_000),
    /** Average handle time (talk and wrap-up), seconds. */
    averageHandleSeconds: Type.Number({ minimum: 0, maximum: 14_400, description: 'More than 0' }),
    targetLevel: TargetLevel,
    /** Answer-time target, seconds (e.g. 10 for 999 calls). */
    targetSeconds: Type.Number({ minimum: 0, maximum: 86_400 }),
    shrinkage: Shrinkage,
  },
  { additionalProperties: false },
);
export type CallHandlerDemand = Static<typeof CallHandlerDemand>;

/** Incidents needing attendance, by grade; targets come from the force's response grades. */
export const ResponseOfficerDemand = Type.Object(
  {
    incidentsPerHour: Type.Array(
      Type.Object(
        {
          /** A response grade code from reference data (GET /api/reference/grades), e.g. immediate. */
          gradeCode: Type.String({ pattern: '^[a-z_]{1,40}$' }),
          perHour: PerHourOfWeek('Incidents of this grade in each hour of the week (an average week)', 1_000),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 10 },
    ),
    /** Average time an officer is committed per incident: travel, at scene and the paperwork after, minutes. */
    commitmentMinutes: Type.Number({ minimum: 0, maximum: 480, description: 'More than 0' }),
    /** Average time from dispatch to arrival, minutes; it uses up part of each grade's attendance target. */
    travelMinutes: Type.Number({ minimum: 0, maximum: 1_440 }),
    /** Share of incidents of every grade to attend within the grade's target, e.g. 0.9. */
    targetLevel: TargetLevel,
    shrinkage: Shrinkage,
  },
  { additionalProperties: false },
);
export type ResponseOfficerDemand = Static<typeof ResponseOfficerDemand>;

export const StaffingRecommendationRequest = Type.Object(
  {
    callHandlers: CallHandlerDemand,
    responseOfficers: Type.Optional(ResponseOfficerDemand),
  },
  { additionalProperties: false },
);
export type StaffingRecommendationRequest = Static<typeof StaffingRecommendationRequest>;

const NullableShare = Type.Union([Share, Type.Null()]);

/** Call handlers for one hour; the performance figures are null in an hour with no calls. */
export const CallHandlerHour = Type.Object(
  {
    hourOfWeek: HourOfWeek,
    callsPerHour: Type.Number(),
    /** Handlers answering (Erlang C minimum). */
    agents: Type.Integer(),
    /** Handlers to roster after shrinkage. */
    agentsWithShrinkage: Type.Integer(),
    serviceLevel: NullableShare,
    occupancy: NullableShare,
    probabilityOfWaiting: NullableShare,
    averageSpeedOfAnswerSeconds: Type.Union([Type.Number(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type CallHandlerHour = Static<typeof CallHandlerHour>;

/** Response officers for one hour; the performance figures are null in an hour with no incidents. */
export const ResponseOfficerHour = Type.Object(
  {
    hourOfWeek: HourOfWeek,
    incidentsPerHour: Type.Number(),
    /** Officers busy on incidents on average, erlangs (incidents × commitment). */
    offeredLoad: Type.Number(),
    /** Officers available for incidents (Erlang C minimum meeting every grade's target). */
    officers: Type.Integer(),
    /** Officers to roster after shrinkage. */
    officersWithShrinkage: Type.Integer(),
    probabilityOfWaiting: NullableShare,
    occupancy: NullableShare,
    /** Per grade with incidents this hour: share attended within its target with `officers` on duty. */
    withinTarget: Type.Array(Type.Object({ gradeCode: Type.String(), share: Share }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);
export type ResponseOfficerHour = Static<typeof ResponseOfficerHour>;

const Peak = Type.Object(
  { hourOfWeek: HourOfWeek, rostered: Type.Integer({ description: 'People to roster in the busiest hour' }) },
  { additionalProperties: false },
);

export const StaffingRecommendation = Type.Object(
  {
    callHandlers: Type.Object(
      {
        hours: Type.Array(CallHandlerHour, { minItems: HOURS_IN_WEEK, maxItems: HOURS_IN_WEEK }),
        peak: Peak,
        /** Person-hours to roster over the week (sum of agentsWithShrinkage). */
        rosteredHoursPerWeek: Type.Integer(),
      },
      { additionalProperties: false },
    ),
    responseOfficers: Type.Union([
      Type.Object(
        {
          /** The grade targets used, from reference data, and the wait each leaves once travel is taken off. */
          grades: Type.Array(
            Type.Object(
              { gradeCode: Type.String(), name: Type.String(), targetSeconds: Type.Integer(), waitAllowanceSeconds: Type.Number() },
              { additionalProperties: false },
            ),
          ),
          hours: Type.Array(ResponseOfficerHour, { minItems: HOURS_IN_WEEK, maxItems: HOURS_IN_WEEK }),
          peak: Peak,
          rosteredHoursPerWeek: Type.Integer(),
        },
        { additionalProperties: false },
      ),
      Type.Null(),
    ]),
  },
  { additionalProperties: false },
);
export type StaffingRecommendation = Static<typeof StaffingRecommendation>;
