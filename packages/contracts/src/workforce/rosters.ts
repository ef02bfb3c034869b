import { Type, type Static } from '@sinclair/typebox';
import { Instant, Uuid } from '../common';

/** A local date in the force's time zone (Europe/London), 'YYYY-MM-DD'. */
export const LocalDate = Type.String({ format: 'date', description: "A local date, 'YYYY-MM-DD' (Europe/London)" });
/** A local wall-clock time, 'HH:MM' (Europe/London). */
export const LocalTime = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: "Local wall-clock time 'HH:MM' (Europe/London)" });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

/** An authorised breach of a rest rule or of minimum staffing: needs `workforce:roster-override`. */
export const Override = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 500, description: 'Why the breach is authorised' }) }, { additionalProperties: false });

// ---------------------------------------------------------------------------------------------
// Skills

export const SKILL_CATEGORIES = ['driving', 'first_aid', 'investigation', 'public_order', 'firearms', 'specialist', 'control_room'] as const;

export const Skill = Type.Object(
  {
    code: Type.String(),
    name: Type.String(),
    category: Type.Union([Type.Literal('driving'), Type.Literal('first_aid'), Type.Literal('investigation'), Type.Literal('public_order'), Type.Literal('firearms'), Type.Literal('specialist'), Type.Literal('control_room')]),
    validityMonths: Nullable(Type.Integer({ description: 'Months before renewal is due; null: does not expire' })),
  },
  { additionalProperties: false },
);
export type Skill = Static<typeof Skill>;
export const SkillList = Type.Object({ items: Type.Array(Skill) }, { additionalProperties: false });

export const StaffSkill = Type.Object(
  {
    code: Type.String(),
    name: Type.String(),
    obtainedOn: LocalDate,
    expiresOn: Nullable(LocalDate),
    /** Expired skills are listed (so renewal can be seen to be due) but do not count anywhere. */
    isCurrent: Type.Boolean(),
  },
  { additionalProperties: false },
);
export const StaffSkillList = Type.Object({ staffId: Uuid, items: Type.Array(StaffSkill) }, { additionalProperties: false });
export const StaffSkillParams = Type.Object({ id: Uuid, code: Type.String({ minLength: 1, maxLength: 40 }) }, { additionalProperties: false });
export const SetStaffSkillRequest = Type.Object(
  { obtainedOn: LocalDate, expiresOn: Type.Optional(Nullable(LocalDate)) },
  { additionalProperties: false, description: 'Grants or renews a skill. Without expiresOn the catalogue validity is used.' },
);
export type SetStaffSkillRequest = Static<typeof SetStaffSkillRequest>;

// ---------------------------------------------------------------------------------------------
// Shift types and patterns

export const SHIFT_KINDS = ['early', 'late', 'night', 'day', 'rest'] as const;

export const ShiftType = Type.Object(
  {
    id: Uuid,
    code: Type.String(),
    name: Type.String(),
    kind: Type.Union([Type.Literal('early'), Type.Literal('late'), Type.Literal('night'), Type.Literal('day'), Type.Literal('rest')]),
    startTime: Nullable(LocalTime),
    /** Nominal length; across a clock change the shift is an hour shorter or longer. */
    durationMinutes: Nullable(Type.Integer()),
  },
  { additionalProperties: false },
);
export type ShiftType = Static<typeof ShiftType>;
export const ShiftTypeList = Type.Object({ items: Type.Array(ShiftType) }, { additionalProperties: false });
export const CreateShiftTypeRequest = Type.Object(
  {
    code: Type.String({ pattern: '^[A-Z0-9_-]{1,20}$' }),
    name: Type.String({ minLength: 1, maxLength: 100 }),
    kind: Type.Union([Type.Literal('early'), Type.Literal('late'), Type.Literal('night'), Type.Literal('day'), Type.Literal('rest')]),
    startTime: Type.Optional(LocalTime),
    endTime: Type.Optional(Type.Union([LocalTime, Type.Literal('24:00')], { description: 'At or before startTime: the next day' })),
  },
  { additionalProperties: false },
);
export type CreateShiftTypeRequest = Static<typeof CreateShiftTypeRequest>;

export const ShiftPattern = Type.Object(
  {
    id: Uuid,
    code: Type.String(),
    name: Type.String(),
    description: Type.String(),
    lengthDays: Type.Integer(),
    /** Shift type code of each day of the cycle. */
    days: Type.Array(Type.String()),
    version: Type.Integer(),
  },
  { additionalProperties: false },
);
export type ShiftPattern = Static<typeof ShiftPattern>;
export const ShiftPatternList = Type.Object({ items: Type.Array(ShiftPattern) }, { additionalProperties: false });
export const CreateShiftPatternRequest = Type.Object(
  {
    code: Type.String({ pattern: '^[A-Z0-9_-]{1,30}$' }),
    name: Type.String({ minLength: 1, maxLength: 100 }),
    description: Type.Optional(Type.String({ maxLength: 1000 })),
    /** Shift type codes, one per day of the cycle (rest days too); at most 1,000 days. */
    days: Type.Array(Type.String({ maxLength: 20 }), { maxItems: 1000 }),
  },
  { additionalProperties: false },
);
export type CreateShiftPatternRequest = Static<typeof CreateShiftPatternRequest>;

export const RosterAssignment = Type.Object(
  {
    id: Uuid,
    staffId: Nullable(Uuid),
    teamId: Nullable(Uuid),
    patternId: Uuid,
    patternCode: Type.String(),
    startsOn: LocalDate,
    startDayIndex: Type.Integer(),
    endsOn: Nullable(LocalDate),
  },
  { additionalProperties: false },
);
export const RosterAssignmentList = Type.Object({ items: Type.Array(RosterAssignment) }, { additionalProperties: false });
export const ListRosterAssignmentsQuery = Type.Object({ staffId: Type.Optional(Uuid), teamId: Type.Optional(Uuid) }, { additionalProperties: false });
export const CreateRosterAssignmentRequest = Type.Object(
  {
    staffId: Type.Optional(Uuid),
    teamId: Type.Optional(Uuid),
    patternId: Uuid,
    startsOn: LocalDate,
    /** Which day of the cycle `startsOn` is (0 = the first). */
    startDayIndex: Type.Optional(Type.Integer({ minimum: 0, maximum: 999 })),
    endsOn: Type.Optional(LocalDate),
  },
  { additionalProperties: false, description: 'Exactly one of staffId and teamId' },
);
export type CreateRosterAssignmentRequest = Static<typeof CreateRosterAssignmentRequest>;

// ---------------------------------------------------------------------------------------------
// The roster

export const ROSTER_CHANGE_KINDS = ['annual_leave', 'sickness', 'training', 'court', 'overtime', 'shift_swap', 'shift_change', 'rest_day'] as const;
export const RosterChangeKind = Type.Union([Type.Literal('annual_leave'), Type.Literal('sickness'), Type.Literal('training'), Type.Literal('court'), Type.Literal('overtime'), Type.Literal('shift_swap'), Type.Literal('shift_change'), Type.Literal('rest_day')]);
export type RosterChangeKind = Static<typeof RosterChangeKind>;

export const RosterChange = Type.Object(
  {
    id: Uuid,
    kind: RosterChangeKind,
    reason: Type.String(),
    approvedBy: Type.String({ description: 'Who made and approved the change' }),
    overrideReason: Nullable(Type.String()),
    overriddenRules: Type.Array(Type.String()),
    swapWithStaffId: Nullable(Uuid),
  },
  { additionalProperties: false },
);

export const RosterDay = Type.Object(
  {
    date: LocalDate,
    /** `pattern` as planned, `unassigned` when no pattern covers the day, else the kind of change. */
    source: Type.Union([Type.Literal('pattern'), Type.Literal('unassigned'), Type.Literal('annual_leave'), Type.Literal('sickness'), Type.Literal('training'), Type.Literal('court'), Type.Literal('overtime'), Type.Literal('shift_swap'), Type.Literal('shift_change'), Type.Literal('rest_day')]),
    shiftTypeCode: Nullable(Type.String()),
    plannedShiftTypeCode: Nullable(Type.String()),
    startsAt: Nullable(Instant),
    endsAt: Nullable(Instant),
    change: Nullable(RosterChange),
    /** The person-day's version: 0 while it follows the pattern. Send it back to change the day. */
    version: Type.Integer(),
  },
  { additionalProperties: false },
);
export type RosterDay = Static<typeof RosterDay>;

export const Shortfall = Type.Object(
  {
    ruleId: Uuid,
    teamId: Uuid,
    teamName: Type.String(),
    date: LocalDate,
    shiftTypeCode: Type.String(),
    roleTitle: Nullable(Type.String()),
    skillCode: Nullable(Type.String()),
    minimum: Type.Integer(),
    rostered: Type.Integer(),
    shortBy: Type.Integer(),
  },
  { additionalProperties: false },
);
export type Shortfall = Static<typeof Shortfall>;

export const PersonRoster = Type.Object(
  {
    staffId: Uuid,
    collarNumber: Type.String(),
    firstName: Type.String(),
    lastName: Type.String(),
    rank: Type.String(),
    roleTitle: Type.String(),
    teamId: Nullable(Uuid),
    /** Skills current on the first day asked for. */
    skills: Type.Array(Type.String()),
    days: Type.Array(RosterDay),
  },
  { additionalProperties: false },
);
export type PersonRoster = Static<typeof PersonRoster>;

export const RosterRangeQuery = Type.Object({ from: LocalDate, to: LocalDate }, { additionalProperties: false });
export const TeamRosterQuery = Type.Object({ teamId: Uuid, from: LocalDate, to: LocalDate }, { additionalProperties: false });
export const TeamRoster = Type.Object(
  { teamId: Uuid, teamName: Type.String(), from: LocalDate, to: LocalDate, people: Type.Array(PersonRoster), shortfalls: Type.Array(Shortfall) },
  { additionalProperties: false },
);

export const RosterDayParams = Type.Object({ id: Uuid, date: LocalDate }, { additionalProperties: false });
export const SetRosterDayRequest = Type.Object(
  {
    kind: RosterChangeKind,
    /** The duty worked instead: a shift type, or local start and end times (end at or before start: the next day). */
    shiftTypeCode: Type.Optional(Type.String({ maxLength: 20 })),
    startTime: Type.Optional(LocalTime),
    endTime: Type.Optional(LocalTime),
    reason: Type.String({ minLength: 1, maxLength: 500 }),
    /** The version read: 0 when the day still follows the pattern. */
    version: Type.Integer({ minimum: 0 }),
    override: Type.Optional(Override),
  },
  { additionalProperties: false },
);
export type SetRosterDayRequest = Static<typeof SetRosterDayRequest>;
export const ClearRosterDayRequest = Type.Object(
  { version: Type.Integer({ minimum: 1 }), reason: Type.String({ minLength: 1, maxLength: 500 }), override: Type.Optional(Override) },
  { additionalProperties: false },
);
export type ClearRosterDayRequest = Static<typeof ClearRosterDayRequest>;

export const RecordAbsenceRequest = Type.Object(
  {
    kind: Type.Union([Type.Literal('annual_leave'), Type.Literal('sickness')]),
    from: LocalDate,
    to: LocalDate,
    reason: Type.String({ minLength: 1, maxLength: 500 }),
    override: Type.Optional(Override),
  },
  { additionalProperties: false, description: 'Every rostered working day from..to (at most 62 days) becomes an absence; rest days stay as they are' },
);
export type RecordAbsenceRequest = Static<typeof RecordAbsenceRequest>;

export const SwapShiftsRequest = Type.Object(
  {
    staffId: Uuid,
    otherStaffId: Uuid,
    date: LocalDate,
    /** The versions of the two person-days as read (0 while they follow the pattern). */
    version: Type.Integer({ minimum: 0 }),
    otherVersion: Type.Integer({ minimum: 0 }),
    reason: Type.String({ minLength: 1, maxLength: 500 }),
    override: Type.Optional(Override),
  },
  { additionalProperties: false },
);
export type SwapShiftsRequest = Static<typeof SwapShiftsRequest>;

// ---------------------------------------------------------------------------------------------
// Minimum staffing, shortfalls, strength

export const MinimumStaffingRule = Type.Object(
  { id: Uuid, teamId: Uuid, shiftTypeCode: Type.String(), roleTitle: Nullable(Type.String()), skillCode: Nullable(Type.String()), minimum: Type.Integer(), version: Type.Integer() },
  { additionalProperties: false },
);
export const MinimumStaffingList = Type.Object({ items: Type.Array(MinimumStaffingRule) }, { additionalProperties: false });
export const MinimumStaffingQuery = Type.Object({ teamId: Type.Optional(Uuid) }, { additionalProperties: false });
export const CreateMinimumStaffingRequest = Type.Object(
  {
    teamId: Uuid,
    shiftTypeCode: Type.String({ maxLength: 20 }),
    roleTitle: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    skillCode: Type.Optional(Type.String({ maxLength: 40 })),
    minimum: Type.Integer({ minimum: 1, maximum: 500 }),
  },
  { additionalProperties: false },
);
export type CreateMinimumStaffingRequest = Static<typeof CreateMinimumStaffingRequest>;

export const UpdateMinimumStaffingRequest = Type.Object(
  { minimum: Type.Integer({ minimum: 1, maximum: 500 }), version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export type UpdateMinimumStaffingRequest = Static<typeof UpdateMinimumStaffingRequest>;
export const DeleteMinimumStaffingRequest = Type.Object({ version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });

export const ShortfallsQuery = Type.Object({ from: LocalDate, to: LocalDate, teamId: Type.Optional(Uuid) }, { additionalProperties: false });
export const ShortfallList = Type.Object({ from: LocalDate, to: LocalDate, items: Type.Array(Shortfall) }, { additionalProperties: false });

export const StrengthQuery = Type.Object(
  { from: LocalDate, to: LocalDate, teamId: Type.Optional(Uuid), skill: Type.Optional(Type.String({ maxLength: 40 })) },
  { additionalProperties: false },
);
export const Strength = Type.Object(
  {
    from: LocalDate,
    to: LocalDate,
    skill: Nullable(Type.String()),
    teams: Type.Array(
      Type.Object(
        {
          teamId: Uuid,
          teamName: Type.String(),
          /** 168 values: hour 0 is Monday 00:00–01:00 local; each the mean number on duty at half past. */
          hours: Type.Array(Type.Number(), { minItems: 168, maxItems: 168 }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
