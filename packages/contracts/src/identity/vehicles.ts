import { Type, type Static } from '@sinclair/typebox';
import { Instant, Uuid } from '../common';

export const Vehicle = Type.Object(
  {
    id: Uuid,
    /** Upper case, no spaces: 'AB12CDE'. */
    vrm: Type.String(),
    make: Type.Union([Type.String(), Type.Null()]),
    model: Type.Union([Type.String(), Type.Null()]),
    colour: Type.Union([Type.String(), Type.Null()]),
    createdAt: Instant,
    version: Type.Integer(),
  },
  { additionalProperties: false },
);
export type Vehicle = Static<typeof Vehicle>;

export const CreateVehicleRequest = Type.Object(
  {
    /** As typed ('ab12 cde'); the same registration typed another way returns the existing vehicle. */
    vrm: Type.String({ minLength: 2, maxLength: 12 }),
    make: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
    model: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
    colour: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
  },
  { additionalProperties: false },
);
export type CreateVehicleRequest = Static<typeof CreateVehicleRequest>;
export const CreateVehicleResponse = Type.Object({ vehicle: Vehicle, isExisting: Type.Boolean() }, { additionalProperties: false });

export const FindVehicleQuery = Type.Object({ vrm: Type.String({ minLength: 2, maxLength: 12 }) }, { additionalProperties: false });
export type FindVehicleQuery = Static<typeof FindVehicleQuery>;
export const VehicleList = Type.Object({ items: Type.Array(Vehicle) }, { additionalProperties: false });
