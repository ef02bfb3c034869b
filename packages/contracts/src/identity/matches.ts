import { Type, type Static } from '@sinclair/typebox';
import { Uuid } from '../common';

/** A partial description of a person, as a call handler types it. At least one field. */
export const MatchPersonsQuery = Type.Object(
  {
    firstName: Type.Optional(Type.String({ maxLength: 100 })),
    lastName: Type.Optional(Type.String({ maxLength: 100 })),
    fullName: Type.Optional(Type.String({ maxLength: 200, description: 'Used when first and last are not given separately' })),
    dateOfBirth: Type.Optional(Type.String({ maxLength: 10, description: 'YYYY-MM-DD or DD/MM/YYYY' })),
    phone: Type.Optional(Type.String({ maxLength: 30 })),
    email: Type.Optional(Type.String({ maxLength: 200 })),
    address: Type.Optional(Type.String({ maxLength: 300 })),
    postcode: Type.Optional(Type.String({ maxLength: 10 })),
    idNumber: Type.Optional(Type.String({ maxLength: 30, description: 'National insurance number or PNC id' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10 })),
    minProbability: Type.Optional(Type.Number({ minimum: 0, maximum: 1, default: 0.05 })),
  },
  { additionalProperties: false },
);
export type MatchPersonsQuery = Static<typeof MatchPersonsQuery>;

export const PersonMatch = Type.Object(
  {
    personId: Uuid,
    /** Probability that this is the person described, 0–1. */
    probability: Type.Number(),
    /** Why, in words a call handler can read ("Bob is a form of Robert"). */
    reasons: Type.Array(Type.String()),
  },
  { additionalProperties: false },
);
export const PersonMatchList = Type.Object({ items: Type.Array(PersonMatch), indexed: Type.Integer({ description: 'Persons in the index searched' }) }, { additionalProperties: false });
