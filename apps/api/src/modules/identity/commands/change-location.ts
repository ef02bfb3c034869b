import type { Transaction } from 'kysely';
import type { AddLocationFlagRequest, RemoveLocationFlagRequest } from '@bluelamp/contracts/identity/locations';
import type { DB } from '../../../core/db/schema';
import type { RequestContext } from '../../../core/context';
import { notFound, versionConflict } from '../../../core/errors';
import { writeAudit } from '../../../core/audit';
import { mergedInto } from '../identity.errors';
import { presentLocation } from '../location.presenter';
import { bumpLocationVersion, getLocation, insertLocationFlag, removeLocationFlag, type LocationRecord } from '../locations.repository';
import { checkFlag } from './person-input';

/** A live location still at `version`: bumped, or 404 (merged: pointing at the survivor) / 409. */
async function claimLocation(tx: Transaction<DB>, id: string, version: number): Promise<LocationRecord> {
  const location = await getLocation(tx, id);
  if (!location) throw notFound('The location');
  if (location.mergedIntoId) throw mergedInto('The location', location.mergedIntoId);
  if (!(await bumpLocationVersion(tx, id, version))) {
    const current = await getLocation(tx, id);
    throw versionConflict('The location', current && presentLocation(current));
  }
  return location;
}

export async function addLocationFlag(tx: Transaction<DB>, ctx: RequestContext, id: string, input: AddLocationFlagRequest): Promise<LocationRecord> {
  const flag = checkFlag(input, 'body');
  await claimLocation(tx, id, input.version);
  const flagId = await insertLocationFlag(tx, id, { ...flag, setBy: ctx.actor?.userId ?? null, setByUsername: ctx.actor?.username ?? null });
  await writeAudit(tx, ctx, { action: 'location.flag_added', entityType: 'location', entityId: id, details: { flagId, kind: flag.kind, markerType: flag.markerType } });
  return (await getLocation(tx, id))!;
}

/** Removes a flag, kept as history with who and why; flags of records merged into this one count as its own. */
export async function removeLocationFlagById(tx: Transaction<DB>, ctx: RequestContext, id: string, flagId: string, input: RemoveLocationFlagRequest): Promise<LocationRecord> {
  const location = await claimLocation(tx, id, input.version);
  const removed = await removeLocationFlag(tx, [id, ...location.mergedFrom], flagId, { userId: ctx.actor?.userId ?? null, username: ctx.actor?.username ?? null, reason: input.reason });
  if (!removed) throw notFound('The flag');
  await writeAudit(tx, ctx, { action: 'location.flag_removed', entityType: 'location', entityId: id, reason: input.reason, details: { flagId } });
  return (await getLocation(tx, id))!;
}
