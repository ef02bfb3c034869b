import type { Vehicle } from '@bluelamp/contracts/identity/vehicles';
import type { VehicleRecord } from './vehicles.repository';

/** The only shape of a vehicle that leaves the server. */
export const presentVehicle = (v: VehicleRecord): Vehicle => ({
  id: v.id,
  vrm: v.vrm,
  make: v.make,
  model: v.model,
  colour: v.colour,
  createdAt: v.createdAt.toISOString(),
  version: v.version,
});
