import type { CreateVehicleRequest } from '@bluelamp/contracts/identity/vehicles';
import { useMutation } from '../../../api/useMutation';
import { useQuery } from '../../../api/useQuery';
import { identityApi } from '../api/identityApi';

/** The vehicle with this registration, however typed; waits for one. */
export function useVehicleSearch(vrm: string | undefined) {
  return useQuery(`identity:vehicles:${vrm ?? ''}`, (signal) => identityApi.vehicles.find({ vrm: vrm! }, signal), { enabled: !!vrm, keepPreviousData: true });
}

export function useVehicle(id: string) {
  return useQuery(`identity:vehicle:${id}`, (signal) => identityApi.vehicles.get(id, signal));
}

/** Records a vehicle; a registration already known answers with the existing vehicle. */
export function useCreateVehicle() {
  return useMutation((body: CreateVehicleRequest) => identityApi.vehicles.create(body), { invalidates: ['identity:vehicles:'] });
}
