import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../core/db/schema';
import { normalisePostcode } from '../../workforce';
import { normaliseAddress } from '../normalise/address';
import { findLocationIdByKey } from '../locations.repository';

/**
 * The live location an address names, however it was typed, without creating one (a look-up while
 * a call handler types must not leave places behind); undefined when the place is not known.
 */
export async function findLocationByAddress(q: Kysely<DB> | Transaction<DB>, input: { address: string; postcode?: string | undefined }): Promise<string | undefined> {
  const postcode = input.postcode ? (normalisePostcode(input.postcode) ?? null) : null;
  const normalised = normaliseAddress(input.address, postcode, normalisePostcode);
  if (normalised.searchText === '') return undefined;
  return findLocationIdByKey(q, normalised.key);
}
