import type { MatchPersonsQuery } from '@bluelamp/contracts/identity/matches';
import { useQuery } from '../../../api/useQuery';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { identityApi, type PersonMatchDto, type PersonSummaryDto } from '../api/identityApi';

export type PersonCandidate = PersonMatchDto & { person: PersonSummaryDto | undefined };

/**
 * The matching engine's ranked candidates for what is typed so far, with each one's names, date of
 * birth and flags. Asks as the user pauses (150 ms), and a newer question cancels the one in flight
 * (useQuery aborts it), so a stale answer never replaces a fresher one. While the next answer loads
 * the last one stays on screen, marked stale.
 */
export function usePersonCandidates(query: MatchPersonsQuery | undefined, delayMs = 150) {
  const key = query ? JSON.stringify(query) : '';
  const debouncedKey = useDebouncedValue(key, delayMs);
  const asked = debouncedKey ? (JSON.parse(debouncedKey) as MatchPersonsQuery) : undefined;
  const matches = useQuery(`identity:matches:${debouncedKey}`, (signal) => identityApi.persons.matches(asked!, signal), { enabled: !!asked, keepPreviousData: true });
  const ids = asked ? (matches.data?.items.map((m) => m.personId) ?? []) : [];
  const summaries = useQuery(`identity:summaries:${ids.join(',')}`, (signal) => identityApi.persons.summaries(ids, signal), { enabled: ids.length > 0, keepPreviousData: true });
  const byId = new Map((summaries.data?.items ?? []).map((p) => [p.id, p]));
  // A candidate merged away since the index was read has no summary once the answer is in: leave it out.
  const summariesIn = !summaries.isFetching;
  const candidates: PersonCandidate[] = (asked ? (matches.data?.items ?? []) : [])
    .map((m) => ({ ...m, person: byId.get(m.personId) }))
    .filter((c) => c.person || !summariesIn);
  return {
    candidates,
    /** Persons in the index searched. */
    indexed: matches.data?.indexed,
    hasQuery: !!query,
    isSearching: key !== debouncedKey || matches.isFetching || summaries.isFetching,
    /** An answer has come back for the current question. */
    isAnswered: !!asked && key === debouncedKey && matches.data !== undefined && !matches.isFetching,
    error: matches.error ?? summaries.error,
    retry: () => {
      matches.refetch();
      summaries.refetch();
    },
  };
}
