import { Type, type Static } from '@sinclair/typebox';
import { Instant, Page, PageQuery, Uuid } from '../common';
import { Flag, literals, MarkerType } from './common';

export const PREMISES_TYPES = ['residential', 'commercial', 'licensed_premises', 'school', 'hospital', 'care_home', 'transport', 'public_space', 'government', 'religious', 'other'] as const;
export const LOCATION_FLAG_KINDS = ['critical_site', 'repeat_location', 'warning_marker'] as const;

export const Location = Type.Object(
  {
    id: Uuid,
    /** Tidied for screens: "Flat 3, 12 High Street, London, EC2M 4NP". */
    address: Type.String(),
    postcode: Type.Union([Type.String(), Type.Null()]),
    flat: Type.Union([Type.String(), Type.Null()]),
    /** 0 ground, -1 basement, 1 first floor. */
    floor: Type.Union([Type.Integer(), Type.Null()]),
    buildingNumber: Type.Union([Type.String(), Type.Null()]),
    latitude: Type.Union([Type.Number(), Type.Null()]),
    longitude: Type.Union([Type.Number(), Type.Null()]),
    /** 'given' by the caller, or the 'postcode' centre from the gazetteer. */
    coordinatesSource: Type.Union([Type.String(), Type.Null()]),
    premisesType: Type.Union([Type.String(), Type.Null()]),
    /** Current and removed flags (removal kept as history). */
    flags: Type.Array(Flag),
    mergedFrom: Type.Array(Uuid),
    createdAt: Instant,
    version: Type.Integer(),
  },
  { additionalProperties: false },
);
export type Location = Static<typeof Location>;

export const LocationFlagInput = {
  kind: literals(LOCATION_FLAG_KINDS),
  /** Required for a warning marker, refused otherwise. */
  markerType: Type.Optional(MarkerType),
  note: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
};

export const CreateLocationRequest = Type.Object(
  {
    /** As typed: "12 High St, London EC2M 4NP"; the postcode may be here or in `postcode`. */
    address: Type.String({ minLength: 1, maxLength: 300 }),
    postcode: Type.Optional(Type.String({ minLength: 1, maxLength: 10 })),
    latitude: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
    longitude: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
    premisesType: Type.Optional(literals(PREMISES_TYPES)),
  },
  { additionalProperties: false },
);
export type CreateLocationRequest = Static<typeof CreateLocationRequest>;

/** The place, and whether it already existed (the same address typed another way links to it). */
export const CreateLocationResponse = Type.Object({ location: Location, isExisting: Type.Boolean() }, { additionalProperties: false });
export type CreateLocationResponse = Static<typeof CreateLocationResponse>;

export const AddLocationFlagRequest = Type.Object({ version: Type.Integer({ minimum: 1 }), ...LocationFlagInput }, { additionalProperties: false });
export type AddLocationFlagRequest = Static<typeof AddLocationFlagRequest>;
export const RemoveLocationFlagRequest = Type.Object(
  { version: Type.Integer({ minimum: 1 }), reason: Type.String({ minLength: 3, maxLength: 500 }) },
  { additionalProperties: false },
);
export type RemoveLocationFlagRequest = Static<typeof RemoveLocationFlagRequest>;
export const LocationFlagParams = Type.Object({ id: Uuid, flagId: Uuid }, { additionalProperties: false });

export const SearchLocationsQuery = Type.Object(
  {
    ...PageQuery,
    postcode: Type.Optional(Type.String({ minLength: 2, maxLength: 10 })),
    /** Address text, matched by trigrams after the same normalisation ("12 high st"). */
    q: Type.Optional(Type.String({ minLength: 2, maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type SearchLocationsQuery = Static<typeof SearchLocationsQuery>;
export const LocationPage = Page(Location);
