import type { Transaction } from 'kysely';
import type { DB } from '../../../core/db/schema';
import type { RequestContext } from '../../../core/context';
import { invalidField } from '../identity.errors';
import { normalisePhone } from '../normalise/phone';
import { normaliseIdentifier, type IdentifierKind } from '../normalise/identifiers';
import { getLocation } from '../locations.repository';
import { findOrCreateLocation } from './find-or-create-location';

// Pure checks of one detail each: they turn what was typed into what is stored, or throw a 400
// naming the field (`path`), before anything is written.

export function checkPhone(number: string, path: string): string {
  const normalised = normalisePhone(number);
  if (!normalised) throw invalidField(path, 'is not a valid UK phone number');
  return normalised;
}

export const checkEmail = (address: string): string => address.trim().toLowerCase();

export function checkIdentifier(input: { kind: IdentifierKind; value: string; description?: string | undefined }, path: string) {
  const value = normaliseIdentifier(input.kind, input.value);
  if (!value) {
    const what = input.kind === 'ni_number' ? 'is not a valid national insurance number' : input.kind === 'pnc_id' ? 'is not a valid PNC id (like 12/345678A)' : 'must contain letters or digits';
    throw invalidField(`${path}/value`, what);
  }
  return { kind: input.kind, value, description: input.description ?? null };
}

export function checkFlag(input: { kind: string; markerType?: string | undefined; note?: string | undefined }, path: string) {
  if (input.kind === 'warning_marker' && !input.markerType) throw invalidField(`${path}/markerType`, 'is required for a warning marker');
  if (input.kind !== 'warning_marker' && input.markerType) throw invalidField(`${path}/markerType`, 'is only for warning markers');
  return { kind: input.kind, markerType: input.markerType ?? null, note: input.note ?? null };
}

export type AddressInput = { locationId?: string | undefined; address?: string | undefined; postcode?: string | undefined; from?: string | undefined; to?: string | undefined };

export function checkAddress(input: AddressInput, path: string): AddressInput {
  if ((input.locationId === undefined) === (input.address === undefined)) throw invalidField(path, 'needs either locationId or address');
  if (input.locationId !== undefined && input.postcode !== undefined) throw invalidField(`${path}/postcode`, 'goes with address, not locationId');
  if (input.from && input.to && input.to < input.from) throw invalidField(`${path}/to`, 'must not be before from');
  return input;
}

/** The live location an address points at: a known one (merges followed) or one found or created from text. */
export async function resolveAddressLocation(tx: Transaction<DB>, ctx: RequestContext, input: AddressInput, path: string): Promise<string> {
  if (input.locationId === undefined) return (await findOrCreateLocation(tx, ctx, { address: input.address!, postcode: input.postcode }, path)).id;
  const location = await getLocation(tx, input.locationId);
  if (!location) throw invalidField(`${path}/locationId`, 'is not a known location');
  return location.mergedIntoId ?? location.id;
}
