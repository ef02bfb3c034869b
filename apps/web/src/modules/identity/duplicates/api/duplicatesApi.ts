import type {
  DismissDuplicateRequest,
  DuplicatePage,
  DuplicateProposal,
  ListDuplicatesQuery,
  LocationDuplicate,
  MergeDuplicateRequest,
  PersonDuplicate,
  ScanReport,
  UnmergeDuplicateRequest,
} from '@bluelamp/contracts/identity/duplicates';
import { request, seg } from '../../../../api/http';

type Signal = AbortSignal | undefined;

/** `persons` or `locations`: the two kinds of record a proposal can pair, as they appear in URLs. */
export type DuplicateKind = 'persons' | 'locations';

/** The typed client of the proposed-duplicates endpoints; screens never build these URLs themselves. */
export const duplicatesApi = {
  list: (kind: DuplicateKind, query: ListDuplicatesQuery, signal?: Signal) => request<DuplicatePage>('GET', `/api/identity/duplicates/${kind}`, { query, signal }),
  /** `reason`: when force policy asks why person records are opened (kept on the audit record). */
  getPersons: (id: string, reason: string | undefined, signal?: Signal) => request<PersonDuplicate>('GET', `/api/identity/duplicates/persons/${seg(id)}`, { query: { reason }, signal }),
  getLocations: (id: string, signal?: Signal) => request<LocationDuplicate>('GET', `/api/identity/duplicates/locations/${seg(id)}`, { signal }),
  dismiss: (kind: DuplicateKind, id: string, body: DismissDuplicateRequest) => request<DuplicateProposal>('POST', `/api/identity/duplicates/${kind}/${seg(id)}/dismiss`, { body }),
  merge: (kind: DuplicateKind, id: string, body: MergeDuplicateRequest) => request<DuplicateProposal>('POST', `/api/identity/duplicates/${kind}/${seg(id)}/merge`, { body }),
  unmerge: (kind: DuplicateKind, id: string, body: UnmergeDuplicateRequest) => request<DuplicateProposal>('POST', `/api/identity/duplicates/${kind}/${seg(id)}/unmerge`, { body }),
  scan: () => request<ScanReport>('POST', '/api/identity/duplicates/scan', { body: { entityType: 'all' } }),
};
