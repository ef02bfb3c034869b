import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../core/db/schema';

type Q = Kysely<DB> | Transaction<DB>;

export type VehicleRecord = { id: string; vrm: string; make: string | null; model: string | null; colour: string | null; createdAt: Date; version: number };

const selectVehicles = (q: Q) => q.selectFrom('vehicle').select(['id', 'vrm', 'make', 'model', 'colour', 'created_at as createdAt', 'version']);

export async function getVehicle(q: Q, id: string): Promise<VehicleRecord | undefined> {
  return selectVehicles(q).where('id', '=', id).executeTakeFirst();
}

/** By normalised registration mark. */
export async function findVehicleByVrm(q: Q, vrm: string): Promise<VehicleRecord | undefined> {
  return selectVehicles(q).where('vrm', '=', vrm).executeTakeFirst();
}

/** Inserts unless the registration is known (two callers racing both get the one row); undefined when it was. */
export async function insertVehicle(tx: Transaction<DB>, v: { vrm: string; make: string | null; model: string | null; colour: string | null; createdBy: string | null }): Promise<string | undefined> {
  const row = await tx
    .insertInto('vehicle')
    .values({ vrm: v.vrm, make: v.make, model: v.model, colour: v.colour, created_by: v.createdBy })
    .onConflict((oc) => oc.column('vrm').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}
