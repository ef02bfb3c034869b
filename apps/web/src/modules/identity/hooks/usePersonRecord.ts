import { useState } from 'react';
import type { Person } from '@bluelamp/contracts/identity/persons';
import { isApiError } from '../../../api/ApiError';
import { useQuery } from '../../../api/useQuery';
import { identityApi } from '../api/identityApi';

/** The survivor's id when the API says this record was merged into another (404 with details.mergedInto). */
export function mergedIntoOf(error: unknown): string | undefined {
  if (!isApiError(error, 'NOT_FOUND')) return undefined;
  const into = (error.details as { mergedInto?: unknown } | undefined)?.mergedInto;
  return typeof into === 'string' ? into : undefined;
}

/**
 * One person as the screen shows it. Opening the record is an audited read, so it is read once;
 * each change answers with the whole record, which replaces it on screen without reading it again
 * (`show`). When force policy asks for a reason to open a record, `openWithReason` supplies it.
 */
export function usePersonRecord(id: string) {
  const [reason, setReason] = useState<string | undefined>();
  const [latest, setLatest] = useState<Person | undefined>();
  // The reason is part of the key, so giving one asks again at once.
  const query = useQuery(`identity:person:${id}${reason ? ':with-reason' : ''}`, (signal) => identityApi.persons.get(id, reason, signal));
  const fromQuery = query.data;
  const person = latest && (!fromQuery || latest.version >= fromQuery.version) ? latest : fromQuery;
  return {
    person,
    error: query.error,
    isLoading: query.isLoading,
    needsReason: isApiError(query.error, 'REASON_REQUIRED'),
    mergedInto: mergedIntoOf(query.error),
    refetch: query.refetch,
    show: setLatest as (next: Person) => void,
    openWithReason: setReason as (reason: string) => void,
  };
}
