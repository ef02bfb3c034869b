import type { Transaction } from 'kysely';
import type { CreateVehicleRequest } from '@bluelamp/contracts/identity/vehicles';
import type { DB } from '../../../core/db/schema';
import type { RequestContext } from '../../../core/context';
import { writeAudit } from '../../../core/audit';
import { invalidField } from '../identity.errors';
import { normaliseVrm } from '../normalise/vrm';
import { findVehicleByVrm, insertVehicle, type VehicleRecord } from '../vehicles.repository';

/** The vehicle with this registration: the known one however the mark was typed, or a new one. */
export async function findOrCreateVehicle(tx: Transaction<DB>, ctx: RequestContext, input: CreateVehicleRequest): Promise<{ vehicle: VehicleRecord; isExisting: boolean }> {
  const vrm = normaliseVrm(input.vrm);
  if (!vrm) throw invalidField('body/vrm', 'is not a vehicle registration mark');
  const known = await findVehicleByVrm(tx, vrm);
  if (known) return { vehicle: known, isExisting: true };
  const id = await insertVehicle(tx, { vrm, make: input.make ?? null, model: input.model ?? null, colour: input.colour ?? null, createdBy: ctx.actor?.userId ?? null });
  const vehicle = await findVehicleByVrm(tx, vrm);
  if (!vehicle) throw new Error('vehicle vanished after insert');
  if (id) await writeAudit(tx, ctx, { action: 'vehicle.created', entityType: 'vehicle', entityId: id, details: { vrm } });
  return { vehicle, isExisting: id === undefined };
}
