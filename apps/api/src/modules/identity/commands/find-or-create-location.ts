import type { Transaction } from 'kysely';
import type { DB } from '../../../core/db/schema';
import type { RequestContext } from '../../../core/context';
import { writeAudit } from '../../../core/audit';
import { lookupPostcode, normalisePostcode } from '../../workforce';
import { invalidField } from '../identity.errors';
import { normaliseAddress } from '../normalise/address';
import { findLocationIdByKey, insertLocation } from '../locations.repository';

export type LocationInput = {
  address: string;
  postcode?: string | undefined;
  latitude?: number | undefined;
  longitude?: number | undefined;
  premisesType?: string | undefined;
};

/** Checks a typed postcode; `path` names the field in the 400 ('body/postcode'). */
export function requirePostcode(postcode: string | undefined, path: string): string | null {
  if (postcode === undefined) return null;
  const normalised = normalisePostcode(postcode);
  if (!normalised) throw invalidField(path, 'is not a valid UK postcode');
  return normalised;
}

/**
 * The location an address names: the existing one when the same place was recorded before, however
 * it was typed (the normalised key), or a new one. A new place without coordinates takes its
 * postcode's centre from the gazetteer. `path` is where the input sits in the request, for errors.
 */
export async function findOrCreateLocation(tx: Transaction<DB>, ctx: RequestContext, input: LocationInput, path = 'body'): Promise<{ id: string; isExisting: boolean }> {
  const postcode = requirePostcode(input.postcode, `${path}/postcode`);
  if ((input.latitude === undefined) !== (input.longitude === undefined)) throw invalidField(`${path}/longitude`, 'must be given with latitude');
  const normalised = normaliseAddress(input.address, postcode, normalisePostcode);
  if (normalised.searchText === '') throw invalidField(`${path}/address`, 'must contain an address');
  const existing = await findLocationIdByKey(tx, normalised.key);
  if (existing) return { id: existing, isExisting: true };

  const centre = input.latitude === undefined && normalised.postcode ? await lookupPostcode(tx, normalised.postcode) : undefined;
  const coordinates =
    input.latitude !== undefined && input.longitude !== undefined
      ? { latitude: input.latitude, longitude: input.longitude, coordinatesSource: 'given' as const }
      : centre
        ? { latitude: centre.latitude, longitude: centre.longitude, coordinatesSource: 'postcode' as const }
        : { latitude: null, longitude: null, coordinatesSource: null };
  const id = await insertLocation(tx, {
    address: normalised.display,
    addressKey: normalised.key,
    searchText: normalised.searchText,
    flat: normalised.flat,
    floor: normalised.floor,
    buildingNumber: normalised.buildingNumber,
    postcode: normalised.postcode,
    ...coordinates,
    premisesType: input.premisesType ?? null,
    createdBy: ctx.actor?.userId ?? null,
  });
  if (!id) {
    // Another request created the same place a moment ago: link to theirs.
    const raced = await findLocationIdByKey(tx, normalised.key);
    if (!raced) throw new Error('location vanished after a conflicting insert');
    return { id: raced, isExisting: true };
  }
  await writeAudit(tx, ctx, { action: 'location.created', entityType: 'location', entityId: id, details: { postcode: normalised.postcode } });
  return { id, isExisting: false };
}
