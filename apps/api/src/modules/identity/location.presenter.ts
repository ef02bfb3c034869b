import type { Location } from '@bluelamp/contracts/identity/locations';
import type { Merge } from '@bluelamp/contracts/identity/common';
import type { LocationRecord } from './locations.repository';
import type { MergeRecord } from './merges.repository';
import { presentFlag } from './person.presenter';

/** The only shape of a location that leaves the server. */
export const presentLocation = (l: LocationRecord): Location => ({
  id: l.id,
  address: l.address,
  postcode: l.postcode,
  flat: l.flat,
  floor: l.floor,
  buildingNumber: l.buildingNumber,
  latitude: l.latitude,
  longitude: l.longitude,
  coordinatesSource: l.coordinatesSource,
  premisesType: l.premisesType,
  flags: l.flags.map(presentFlag),
  mergedFrom: l.mergedFrom,
  createdAt: l.createdAt.toISOString(),
  version: l.version,
});

export const presentMerge = (m: MergeRecord): Merge => ({
  id: m.id,
  entityType: m.entityType,
  survivorId: m.survivorId,
  mergedId: m.mergedId,
  reason: m.reason,
  snapshot: m.snapshot,
  mergedAt: m.mergedAt.toISOString(),
  mergedBy: m.mergedBy,
  unmergedAt: m.unmergedAt?.toISOString() ?? null,
  unmergedBy: m.unmergedBy,
  unmergeReason: m.unmergeReason,
});
