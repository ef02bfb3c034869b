import type { Transaction } from 'kysely';
import type { CreateContactRequest } from '@bluelamp/contracts/contact/contacts';
import type { DB } from '../../../core/db/schema';
import type { RequestContext } from '../../../core/context';
import { findOrCreateLocation, getLocation } from '../../identity';
import { lookupPostcode, normalisePostcode } from '../../workforce';
import { invalidField } from '../contact.errors';

export type ResolvedLocation = {
  locationId: string | null;
  address: string | null;
  postcode: string | null;
  latitude: number | null;
  longitude: number | null;
  directions: string | null;
};

/**
 * Where a contact happened. A postcode must be in the force gazetteer (workforce); a typed address
 * becomes an identity location (the same place however typed); a known location id must exist.
 * Coordinates given win; otherwise the location's, otherwise the postcode's centre.
 */
export async function resolveContactLocation(tx: Transaction<DB>, ctx: RequestContext, input: CreateContactRequest['location']): Promise<ResolvedLocation> {
  if (!input.locationId && !input.address && !input.postcode && input.latitude === undefined) {
    throw invalidField('body/location', 'needs an address, a postcode, a known location or coordinates');
  }
  if ((input.latitude === undefined) !== (input.longitude === undefined)) throw invalidField('body/location/longitude', 'must be given with latitude');
  let postcode: string | null = null;
  let centre: { latitude: number; longitude: number } | undefined;
  if (input.postcode !== undefined) {
    const normalised = normalisePostcode(input.postcode);
    if (!normalised) throw invalidField('body/location/postcode', 'is not a valid UK postcode');
    const found = await lookupPostcode(tx, normalised);
    if (!found) throw invalidField('body/location/postcode', `${normalised} is not in the force gazetteer`, 'UNKNOWN_POSTCODE');
    postcode = found.postcode;
    centre = found;
  }
  let location: { id: string; address: string; postcode: string | null; latitude: number | null; longitude: number | null } | undefined;
  if (input.locationId) {
    const known = await getLocation(tx, input.locationId);
    if (!known) throw invalidField('body/location/locationId', 'is not a known location');
    const live = known.mergedIntoId ? await getLocation(tx, known.mergedIntoId) : known;
    location = live;
  } else if (input.address) {
    const { id } = await findOrCreateLocation(tx, ctx, { address: input.address, postcode: postcode ?? undefined, latitude: input.latitude, longitude: input.longitude }, 'body/location');
    location = await getLocation(tx, id);
  }
  const latitude = input.latitude ?? location?.latitude ?? centre?.latitude ?? null;
  const longitude = input.longitude ?? location?.longitude ?? centre?.longitude ?? null;
  return {
    locationId: location?.id ?? null,
    address: location?.address ?? null,
    postcode: postcode ?? location?.postcode ?? null,
    latitude,
    longitude,
    directions: input.directions ?? null,
  };
}
