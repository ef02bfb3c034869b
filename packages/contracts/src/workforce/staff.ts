import { Type, type Static } from '@sinclair/typebox';
import { Uuid, Page, PageQuery } from '../common';

export const StaffMember = Type.Object(
  {
    id: Uuid,
    collarNumber: Type.String(),
    firstName: Type.String(),
    lastName: Type.String(),
    rank: Type.String(),
    roleTitle: Type.String(),
    isPoliceOfficer: Type.Boolean(),
    teamId: Type.Union([Uuid, Type.Null()]),
    teamName: Type.Union([Type.String(), Type.Null()]),
    stationId: Type.Union([Uuid, Type.Null()]),
    stationName: Type.Union([Type.String(), Type.Null()]),
    lineManagerId: Type.Union([Uuid, Type.Null()]),
    email: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type StaffMember = Static<typeof StaffMember>;

export const ListStaffQuery = Type.Object(
  {
    ...PageQuery,
    search: Type.Optional(Type.String({ maxLength: 100, description: 'Name or collar number' })),
    teamId: Type.Optional(Uuid),
    stationId: Type.Optional(Uuid),
    rank: Type.Optional(Type.String({ maxLength: 60 })),
  },
  { additionalProperties: false },
);
export type ListStaffQuery = Static<typeof ListStaffQuery>;
export const StaffPage = Page(StaffMember);

export const Team = Type.Object(
  {
    id: Uuid,
    code: Type.String(),
    name: Type.String(),
    kind: Type.String(),
    neighbourhoodFocus: Type.Union([Type.String(), Type.Null()]),
    stationId: Type.Union([Uuid, Type.Null()]),
    memberCount: Type.Integer(),
  },
  { additionalProperties: false },
);
export const TeamList = Type.Object({ items: Type.Array(Team) }, { additionalProperties: false });

export const Station = Type.Object(
  {
    id: Uuid,
    code: Type.String(),
    name: Type.String(),
    address: Type.String(),
    postcode: Type.String(),
    latitude: Type.Number(),
    longitude: Type.Number(),
  },
  { additionalProperties: false },
);
export const StationList = Type.Object({ items: Type.Array(Station) }, { additionalProperties: false });

export const PostcodeParams = Type.Object({ postcode: Type.String({ minLength: 2, maxLength: 10 }) }, { additionalProperties: false });
export const PostcodeLookup = Type.Object(
  {
    postcode: Type.String(),
    latitude: Type.Number(),
    longitude: Type.Number(),
    inForceArea: Type.Boolean(),
    beatCode: Type.Union([Type.String(), Type.Null()]),
    beatName: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
