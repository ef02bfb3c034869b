import { Type, type Static } from '@sinclair/typebox';
import { Instant, Page, PageQuery, Uuid } from '../common';
import { IsoDate } from '../identity/common';
import { THRIVE_ELEMENTS } from './thrive';

/** How the contact reached the force. */
export const CONTACT_CHANNELS = ['999', '101', 'online', 'walk_in', 'officer'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];
export const MATCH_DECISIONS = ['confirmed', 'rejected'] as const;

const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const GradeReason = Type.String({ minLength: 3, maxLength: 500 });

const ThriveLevelSchema = Type.Union([Type.Literal('none'), Type.Literal('low'), Type.Literal('medium'), Type.Literal('high')]);
const ThriveItem = Type.Object({ level: ThriveLevelSchema, note: Type.Optional(Type.String({ maxLength: 1000 })) }, { additionalProperties: false });
/** The six THRIVE elements, each a level and an optional note. */
export const ThriveAssessmentSchema = Type.Object(Object.fromEntries(THRIVE_ELEMENTS.map((e) => [e, ThriveItem])) as Record<(typeof THRIVE_ELEMENTS)[number], typeof ThriveItem>, {
  additionalProperties: false,
});

/** The caller as they give their details; every field optional (an anonymous 999 call has none). */
export const CallerInput = Type.Object(
  {
    givenNames: Type.Optional(Text(100)),
    familyName: Type.Optional(Text(100)),
    /** As typed; stored normalised (E.164). */
    phone: Type.Optional(Type.String({ minLength: 3, maxLength: 30 })),
    dateOfBirth: Type.Optional(IsoDate),
    address: Type.Optional(Text(300)),
    postcode: Type.Optional(Type.String({ minLength: 2, maxLength: 10 })),
  },
  { additionalProperties: false },
);

/** Where it happened: a typed address, a gazetteer postcode, a known location, coordinates, directions. */
export const ContactLocationInput = Type.Object(
  {
    locationId: Type.Optional(Uuid),
    address: Type.Optional(Text(300)),
    /** Must be in the force gazetteer. */
    postcode: Type.Optional(Type.String({ minLength: 2, maxLength: 10 })),
    latitude: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
    longitude: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
    directions: Type.Optional(Text(1000)),
  },
  { additionalProperties: false },
);

export const CreateContactRequest = Type.Object(
  {
    channel: Type.Union([Type.Literal('999'), Type.Literal('101'), Type.Literal('online'), Type.Literal('walk_in'), Type.Literal('officer')]),
    receivedAt: Instant,
    /** Not before receivedAt; neither may be in the future. */
    answeredAt: Type.Optional(Instant),
    caller: Type.Optional(CallerInput),
    location: ContactLocationInput,
    /** An incident category code (reference data). */
    categoryCode: Text(40),
    narrative: Text(10_000),
    thrive: ThriveAssessmentSchema,
    /** The grade chosen; without it the proposed grade. A grade other than the proposal needs gradeReason. */
    grade: Type.Optional(Text(40)),
    gradeReason: Type.Optional(GradeReason),
    /** A person the handler confirmed as the caller while taking the call (from the look-up). */
    callerPersonId: Type.Optional(Uuid),
    /** Persons the handler said are not the caller while taking the call. */
    rejectedPersonIds: Type.Optional(Type.Array(Uuid, { maxItems: 20, uniqueItems: true })),
  },
  { additionalProperties: false },
);
export type CreateContactRequest = Static<typeof CreateContactRequest>;

export const GradeChange = Type.Object(
  {
    from: Nullable(Type.String()),
    to: Type.String(),
    reason: Nullable(Type.String()),
    by: Nullable(Type.String()),
    at: Instant,
  },
  { additionalProperties: false },
);

export const MatchDecision = Type.Object(
  { personId: Uuid, decision: Type.Union([Type.Literal('confirmed'), Type.Literal('rejected')]), probability: Nullable(Type.Number()), by: Nullable(Type.String()), at: Instant },
  { additionalProperties: false },
);
export type MatchDecision = Static<typeof MatchDecision>;

export const Contact = Type.Object(
  {
    id: Uuid,
    /** CON-YYYY-NNNNNN. */
    reference: Type.String(),
    channel: Type.String(),
    receivedAt: Instant,
    answeredAt: Nullable(Instant),
    caller: Type.Object(
      {
        givenNames: Nullable(Type.String()),
        familyName: Nullable(Type.String()),
        phone: Nullable(Type.String()),
        dateOfBirth: Nullable(IsoDate),
        address: Nullable(Type.String()),
        locationId: Nullable(Uuid),
        /** The person confirmed as the caller, if any. */
        personId: Nullable(Uuid),
      },
      { additionalProperties: false },
    ),
    location: Type.Object(
      {
        locationId: Nullable(Uuid),
        address: Nullable(Type.String()),
        postcode: Nullable(Type.String()),
        latitude: Nullable(Type.Number()),
        longitude: Nullable(Type.Number()),
        directions: Nullable(Type.String()),
      },
      { additionalProperties: false },
    ),
    categoryCode: Type.String(),
    categoryName: Type.String(),
    narrative: Type.String(),
    thrive: ThriveAssessmentSchema,
    proposedGrade: Type.String(),
    grade: Type.String(),
    gradeReason: Nullable(Type.String()),
    /** Every grade the contact has had, the first grading first. */
    gradeHistory: Type.Array(GradeChange),
    matchDecisions: Type.Array(MatchDecision),
    createdAt: Instant,
    createdBy: Nullable(Type.String()),
    version: Type.Integer(),
  },
  { additionalProperties: false },
);
export type Contact = Static<typeof Contact>;

export const RegradeContactRequest = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'The version read; a stale one is 409 VERSION_CONFLICT' }),
    grade: Text(40),
    reason: GradeReason,
  },
  { additionalProperties: false },
);
export type RegradeContactRequest = Static<typeof RegradeContactRequest>;

export const ListContactsQuery = Type.Object({ ...PageQuery }, { additionalProperties: false });
export type ListContactsQuery = Static<typeof ListContactsQuery>;

export const ContactSummary = Type.Object(
  {
    id: Uuid,
    reference: Type.String(),
    channel: Type.String(),
    receivedAt: Instant,
    callerName: Nullable(Type.String()),
    locationText: Nullable(Type.String()),
    categoryCode: Type.String(),
    categoryName: Type.String(),
    grade: Type.String(),
  },
  { additionalProperties: false },
);
export type ContactSummary = Static<typeof ContactSummary>;
export const ContactPage = Page(ContactSummary);
export type ContactPage = Static<typeof ContactPage>;

export const MatchDecisionParams = Type.Object({ id: Uuid, personId: Uuid }, { additionalProperties: false });
/** Confirming or rejecting a suggested person: the probability shown, kept with the decision. */
export const MatchDecisionRequest = Type.Object({ probability: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })) }, { additionalProperties: false });
export type MatchDecisionRequest = Static<typeof MatchDecisionRequest>;
export const MatchDecisionResult = Type.Object(
  {
    decision: MatchDecision,
    /** What confirming taught the person record (empty on a rejection). */
    learned: Type.Array(Type.String()),
  },
  { additionalProperties: false },
);
export type MatchDecisionResult = Static<typeof MatchDecisionResult>;
