import type { SearchAuditQuery } from '@bluelamp/contracts/platform/audit';
import { api } from '../../../../api/api';
import { useQuery } from '../../../../api/useQuery';

/** A page of the audit trail, newest first. Each search is itself audited by the API. */
export function useAuditSearch(query: SearchAuditQuery, options: { enabled?: boolean } = {}) {
  return useQuery(`audit:search:${JSON.stringify(query)}`, (signal) => api.audit.search(query, signal), { keepPreviousData: true, ...options });
}
