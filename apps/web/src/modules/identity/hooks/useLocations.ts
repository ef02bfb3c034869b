import type { AddLocationFlagRequest, CreateLocationRequest, Location, RemoveLocationFlagRequest, SearchLocationsQuery } from '@bluelamp/contracts/identity/locations';
import { useState } from 'react';
import { useMutation } from '../../../api/useMutation';
import { useQuery } from '../../../api/useQuery';
import { identityApi } from '../api/identityApi';

/** Places by postcode and/or address text; waits until one is given. */
export function useLocationSearch(query: SearchLocationsQuery | undefined) {
  return useQuery(`identity:locations:${JSON.stringify(query ?? {})}`, (signal) => identityApi.locations.search(query!, signal), { enabled: !!query, keepPreviousData: true });
}

/** One place; changes answer with the whole record, which replaces it on screen (`show`). */
export function useLocationRecord(id: string) {
  const [latest, setLatest] = useState<Location | undefined>();
  const query = useQuery(`identity:location:${id}`, (signal) => identityApi.locations.get(id, signal));
  const location = latest && (!query.data || latest.version >= query.data.version) ? latest : query.data;
  return { location, error: query.error, isLoading: query.isLoading, refetch: query.refetch, show: setLatest };
}

export type LocationFlagChange = { action: 'add'; body: AddLocationFlagRequest } | { action: 'remove'; flagId: string; body: RemoveLocationFlagRequest };

/** Sets or removes a flag on a place (with the version on screen; 409 when someone else changed it first). */
export function useLocationFlagChange(id: string) {
  return useMutation(
    (change: LocationFlagChange) => (change.action === 'add' ? identityApi.locations.addFlag(id, change.body) : identityApi.locations.removeFlag(id, change.flagId, change.body)),
    { invalidates: ['identity:locations:'] },
  );
}

export function useCreateLocation() {
  return useMutation((body: CreateLocationRequest) => identityApi.locations.create(body), { invalidates: ['identity:locations:'] });
}

export function useLocationMerges(id: string) {
  return useQuery(`identity:location-merges:${id}`, (signal) => identityApi.locations.merges(id, signal));
}

export function useUnmergeLocation() {
  return useMutation(({ mergeId, reason }: { mergeId: string; reason: string }) => identityApi.locations.unmerge(mergeId, { reason }), { invalidates: ['identity:'] });
}
