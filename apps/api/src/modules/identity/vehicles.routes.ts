import { IdParams } from '@bluelamp/contracts/common';
import { CreateVehicleRequest, CreateVehicleResponse, FindVehicleQuery, Vehicle, VehicleList } from '@bluelamp/contracts/identity/vehicles';
import type { App, AppDeps } from '../../http/types';
import { errors } from '../../http/schemas';
import { runWrite } from '../../http/run-write';
import { notFound } from '../../core/errors';
import { invalidField } from './identity.errors';
import { normaliseVrm } from './normalise/vrm';
import { findVehicleByVrm, getVehicle } from './vehicles.repository';
import { presentVehicle } from './vehicle.presenter';
import { findOrCreateVehicle } from './commands/find-or-create-vehicle';

export function registerVehicleRoutes(app: App, deps: AppDeps): void {
  const tags = ['identity'];
  const read = { access: { permission: 'identity:read' } } as const;

  app.post(
    '/api/identity/vehicles',
    { config: { access: { permission: 'identity:write' } }, schema: { tags, summary: 'Record a vehicle by registration; a known registration returns the existing one', body: CreateVehicleRequest, response: { 201: CreateVehicleResponse, ...errors(400, 401, 403) } } },
    async (request, reply) =>
      runWrite(deps, request, reply, 201, async (tx) => {
        const { vehicle, isExisting } = await findOrCreateVehicle(tx, request.ctx, request.body);
        return { vehicle: presentVehicle(vehicle), isExisting };
      }),
  );

  app.get(
    '/api/identity/vehicles',
    { config: read, schema: { tags, summary: 'Find a vehicle by registration, however typed', querystring: FindVehicleQuery, response: { 200: VehicleList, ...errors(400, 401, 403) } } },
    async (request) => {
      const vrm = normaliseVrm(request.query.vrm);
      if (!vrm) throw invalidField('querystring/vrm', 'is not a vehicle registration mark');
      const found = await findVehicleByVrm(deps.db, vrm);
      return { items: found ? [presentVehicle(found)] : [] };
    },
  );

  app.get(
    '/api/identity/vehicles/:id',
    { config: read, schema: { tags, summary: 'One vehicle', params: IdParams, response: { 200: Vehicle, ...errors(400, 401, 403, 404) } } },
    async (request) => {
      const vehicle = await getVehicle(deps.db, request.params.id);
      if (!vehicle) throw notFound('The vehicle');
      return presentVehicle(vehicle);
    },
  );
}
