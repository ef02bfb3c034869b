import { Type, type Static } from '@sinclair/typebox';
import { Instant, Page, PageQuery, Uuid } from '../common';
import { Flag, IsoDate, literals, MarkerType, Reason } from './common';

export const NAME_KINDS = ['birth', 'alias', 'maiden', 'previous', 'preferred'] as const;
export const GENDERS = ['male', 'female', 'other', 'unknown'] as const;
export const IDENTIFIER_KINDS = ['ni_number', 'pnc_id', 'other'] as const;
export const PERSON_FLAG_KINDS = ['vulnerable', 'repeat_victim', 'warning_marker'] as const;
/** A person's part in an event of another module. */
export const EVENT_ROLES = ['caller', 'victim', 'witness', 'suspect', 'offender'] as const;
export type EventRole = (typeof EVENT_ROLES)[number];

const Gender = literals(GENDERS);
const Version = Type.Integer({ minimum: 1, description: 'The version read; a stale one is 409 VERSION_CONFLICT' });

export const PersonName = Type.Object(
  {
    id: Uuid,
    kind: Type.String(),
    givenNames: Type.String(),
    familyName: Type.String(),
    /** 'given_first' (Jane Smith) or 'family_first' (Mao Zedong). */
    nameOrder: Type.String(),
    addedAt: Instant,
  },
  { additionalProperties: false },
);
export const PersonPhone = Type.Object({ id: Uuid, /** E.164, e.g. +442076012222. */ number: Type.String(), addedAt: Instant }, { additionalProperties: false });
export const PersonEmail = Type.Object({ id: Uuid, address: Type.String(), addedAt: Instant }, { additionalProperties: false });
export const PersonAddress = Type.Object(
  {
    id: Uuid,
    locationId: Uuid,
    address: Type.String(),
    postcode: Type.Union([Type.String(), Type.Null()]),
    from: Type.Union([IsoDate, Type.Null()]),
    to: Type.Union([IsoDate, Type.Null()]),
    addedAt: Instant,
  },
  { additionalProperties: false },
);
export const PersonIdentifier = Type.Object(
  { id: Uuid, kind: Type.String(), value: Type.String(), description: Type.Union([Type.String(), Type.Null()]), addedAt: Instant },
  { additionalProperties: false },
);

export const Person = Type.Object(
  {
    id: Uuid,
    /** The preferred name if there is one, else the birth name, else the first recorded. */
    displayName: Type.String(),
    names: Type.Array(PersonName),
    dateOfBirth: Type.Union([IsoDate, Type.Null()]),
    gender: Type.Union([Type.String(), Type.Null()]),
    phones: Type.Array(PersonPhone),
    emails: Type.Array(PersonEmail),
    addresses: Type.Array(PersonAddress),
    identifiers: Type.Array(PersonIdentifier),
    /** Current and removed flags (removedAt set): removal is kept as history. */
    flags: Type.Array(Flag),
    /** Records merged into this one: their details show here until an unmerge. */
    mergedFrom: Type.Array(Uuid),
    createdAt: Instant,
    updatedAt: Instant,
    version: Type.Integer(),
  },
  { additionalProperties: false },
);
export type Person = Static<typeof Person>;

export const NameInput = {
  kind: literals(NAME_KINDS),
  givenNames: Type.String({ minLength: 1, maxLength: 100 }),
  familyName: Type.String({ minLength: 1, maxLength: 100 }),
  nameOrder: Type.Optional(Type.Union([Type.Literal('given_first'), Type.Literal('family_first')])),
};
/** An address: an existing location by id, or typed (found or created by its normalised form). */
export const AddressInput = {
  locationId: Type.Optional(Uuid),
  address: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
  postcode: Type.Optional(Type.String({ minLength: 1, maxLength: 10 })),
  from: Type.Optional(IsoDate),
  to: Type.Optional(IsoDate),
};
export const IdentifierInput = {
  kind: literals(IDENTIFIER_KINDS),
  /** NI number (AB123456C), PNC id (12/345678A) or any other reference; validated per kind. */
  value: Type.String({ minLength: 1, maxLength: 40 }),
  /** For 'other': what it is (passport, driving licence…). */
  description: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
};
export const PersonFlagInput = {
  kind: literals(PERSON_FLAG_KINDS),
  /** Required for a warning marker, refused otherwise. */
  markerType: Type.Optional(MarkerType),
  note: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
};
/** A phone number in any UK format ('020 7601 2222', '+44 20 7601 2222'); stored as E.164. */
const PhoneInput = Type.String({ minLength: 3, maxLength: 30 });
const EmailInput = Type.String({ format: 'email', maxLength: 200 });

export const CreatePersonRequest = Type.Object(
  {
    names: Type.Array(Type.Object(NameInput, { additionalProperties: false }), { minItems: 1, maxItems: 20 }),
    dateOfBirth: Type.Optional(IsoDate),
    gender: Type.Optional(Gender),
    phones: Type.Optional(Type.Array(PhoneInput, { maxItems: 20 })),
    emails: Type.Optional(Type.Array(EmailInput, { maxItems: 20 })),
    addresses: Type.Optional(Type.Array(Type.Object(AddressInput, { additionalProperties: false }), { maxItems: 20 })),
    identifiers: Type.Optional(Type.Array(Type.Object(IdentifierInput, { additionalProperties: false }), { maxItems: 20 })),
    flags: Type.Optional(Type.Array(Type.Object(PersonFlagInput, { additionalProperties: false }), { maxItems: 20 })),
  },
  { additionalProperties: false },
);
export type CreatePersonRequest = Static<typeof CreatePersonRequest>;

export const UpdatePersonRequest = Type.Object(
  { version: Version, dateOfBirth: Type.Optional(Type.Union([IsoDate, Type.Null()])), gender: Type.Optional(Type.Union([Gender, Type.Null()])) },
  { additionalProperties: false },
);
export type UpdatePersonRequest = Static<typeof UpdatePersonRequest>;

export const AddPersonNameRequest = Type.Object({ version: Version, ...NameInput }, { additionalProperties: false });
export type AddPersonNameRequest = Static<typeof AddPersonNameRequest>;
export const AddPersonPhoneRequest = Type.Object({ version: Version, number: PhoneInput }, { additionalProperties: false });
export type AddPersonPhoneRequest = Static<typeof AddPersonPhoneRequest>;
export const AddPersonEmailRequest = Type.Object({ version: Version, address: EmailInput }, { additionalProperties: false });
export type AddPersonEmailRequest = Static<typeof AddPersonEmailRequest>;
export const AddPersonAddressRequest = Type.Object({ version: Version, ...AddressInput }, { additionalProperties: false });
export type AddPersonAddressRequest = Static<typeof AddPersonAddressRequest>;
export const AddPersonIdentifierRequest = Type.Object({ version: Version, ...IdentifierInput }, { additionalProperties: false });
export type AddPersonIdentifierRequest = Static<typeof AddPersonIdentifierRequest>;
export const AddPersonFlagRequest = Type.Object({ version: Version, ...PersonFlagInput }, { additionalProperties: false });
export type AddPersonFlagRequest = Static<typeof AddPersonFlagRequest>;

/** Removing a detail: the person's version, and a reason (required for flags). */
export const RemovePersonDetailRequest = Type.Object({ version: Version, reason: Type.Optional(Reason) }, { additionalProperties: false });
export type RemovePersonDetailRequest = Static<typeof RemovePersonDetailRequest>;
/** The kinds of detail as they appear in URLs: DELETE /api/identity/persons/:id/:kind/:detailId. */
export const PERSON_DETAIL_KINDS = ['names', 'phones', 'emails', 'addresses', 'identifiers', 'flags'] as const;
export type PersonDetailKind = (typeof PERSON_DETAIL_KINDS)[number];
export const PersonDetailParams = Type.Object({ id: Uuid, kind: literals(PERSON_DETAIL_KINDS), detailId: Uuid }, { additionalProperties: false });

/** Opening a person: `reason` is required when force policy identity.reasonRequiredForPersonRead is on. */
export const GetPersonQuery = Type.Object({ reason: Type.Optional(Reason) }, { additionalProperties: false });
export type GetPersonQuery = Static<typeof GetPersonQuery>;

/** Exact and prefix search; every field given must match. The fuzzy engine answers behind the same endpoint later. */
export const SearchPersonsQuery = Type.Object(
  {
    ...PageQuery,
    /** Prefixes of the family name and given names in any order ("smi j", "jane smith"). */
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    dateOfBirth: Type.Optional(IsoDate),
    phone: Type.Optional(PhoneInput),
    email: Type.Optional(Type.String({ minLength: 3, maxLength: 200 })),
    postcode: Type.Optional(Type.String({ minLength: 2, maxLength: 10 })),
    /** NI number, PNC id or other reference, however typed. */
    identifier: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
  },
  { additionalProperties: false },
);
export type SearchPersonsQuery = Static<typeof SearchPersonsQuery>;

export const PersonSummary = Type.Object(
  {
    id: Uuid,
    displayName: Type.String(),
    dateOfBirth: Type.Union([IsoDate, Type.Null()]),
    gender: Type.Union([Type.String(), Type.Null()]),
    /** Current flags as words: 'vulnerable', 'warning_marker:weapons'. */
    flags: Type.Array(Type.String()),
  },
  { additionalProperties: false },
);
export type PersonSummary = Static<typeof PersonSummary>;
export const PersonSearchPage = Page(PersonSummary);

/** A person's part in an event of another module; a merged record's links show as the survivor's. */
export const PersonEventLink = Type.Object(
  { id: Uuid, personId: Uuid, eventType: Type.String(), eventId: Type.String(), role: Type.String(), linkedAt: Instant },
  { additionalProperties: false },
);
export type PersonEventLink = Static<typeof PersonEventLink>;
export const PersonEventLinkList = Type.Object({ items: Type.Array(PersonEventLink) }, { additionalProperties: false });
