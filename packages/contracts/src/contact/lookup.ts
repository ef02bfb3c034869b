import { Type, type Static } from '@sinclair/typebox';
import { Instant, Uuid } from '../common';

/** What the handler has typed so far; any field may be missing, at least one must be given. */
export const ContactLookupRequest = Type.Object(
  {
    phone: Type.Optional(Type.String({ maxLength: 30 })),
    firstName: Type.Optional(Type.String({ maxLength: 100 })),
    lastName: Type.Optional(Type.String({ maxLength: 100 })),
    /** Used when first and last are not typed separately. */
    fullName: Type.Optional(Type.String({ maxLength: 200 })),
    /** YYYY-MM-DD or DD/MM/YYYY. */
    dateOfBirth: Type.Optional(Type.String({ maxLength: 10 })),
    address: Type.Optional(Type.String({ maxLength: 300 })),
    postcode: Type.Optional(Type.String({ maxLength: 10 })),
    locationId: Type.Optional(Uuid),
    /** The contact being taken, once saved: it is left out of the counts and its rejected persons are not suggested. */
    contactId: Type.Optional(Uuid),
    /** Persons already rejected on this call before it was saved. */
    excludePersonIds: Type.Optional(Type.Array(Uuid, { maxItems: 20 })),
  },
  { additionalProperties: false },
);
export type ContactLookupRequest = Static<typeof ContactLookupRequest>;

/** An earlier contact, as the panel lists it. */
export const EarlierContact = Type.Object(
  { id: Uuid, reference: Type.String(), receivedAt: Instant, categoryName: Type.String(), grade: Type.String(), callerName: Type.Union([Type.String(), Type.Null()]) },
  { additionalProperties: false },
);
export type EarlierContact = Static<typeof EarlierContact>;

/** Earlier contacts: how many ever, how many in the policy window, and the latest few. */
export const EarlierContacts = Type.Object({ total: Type.Integer(), inWindow: Type.Integer(), recent: Type.Array(EarlierContact) }, { additionalProperties: false });
export type EarlierContacts = Static<typeof EarlierContacts>;

/** A flag: kind 'warning_marker' with markerType 'weapons', 'vulnerable', 'critical_site'; the note is given for a place's flags (a person's are on their record). */
export const LookupFlag = Type.Object({ kind: Type.String(), markerType: Type.Union([Type.String(), Type.Null()]), note: Type.Union([Type.String(), Type.Null()]) }, { additionalProperties: false });
export type LookupFlag = Static<typeof LookupFlag>;

export const PersonCandidate = Type.Object(
  {
    personId: Uuid,
    displayName: Type.String(),
    dateOfBirth: Type.Union([Type.String(), Type.Null()]),
    /** 0–1, from identity's matching engine. */
    probability: Type.Number(),
    /** Why, in words ("Bob is a form of Robert"). */
    reasons: Type.Array(Type.String()),
    flags: Type.Array(LookupFlag),
    /** Earlier contacts where this person was confirmed as the caller. */
    earlierContacts: EarlierContacts,
  },
  { additionalProperties: false },
);
export type PersonCandidate = Static<typeof PersonCandidate>;

export const ContactLookupResult = Type.Object(
  {
    /** Force policy contact.repeatWindowDays. */
    windowDays: Type.Integer(),
    byPhone: Type.Union([Type.Object({ phone: Type.String(), contacts: EarlierContacts }, { additionalProperties: false }), Type.Null()]),
    byAddress: Type.Union([
      Type.Object(
        {
          locationId: Type.Union([Uuid, Type.Null()]),
          address: Type.String(),
          /** 'location': the same place; 'postcode': only the postcode was known. */
          matchedOn: Type.Union([Type.Literal('location'), Type.Literal('postcode')]),
          contacts: EarlierContacts,
          /** Current flags at the place (warning markers, critical site, repeat location). */
          flags: Type.Array(LookupFlag),
        },
        { additionalProperties: false },
      ),
      Type.Null(),
    ]),
    persons: Type.Array(PersonCandidate),
  },
  { additionalProperties: false },
);
export type ContactLookupResult = Static<typeof ContactLookupResult>;
