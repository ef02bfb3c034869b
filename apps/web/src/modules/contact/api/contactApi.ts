import type { Contact, ContactPage, CreateContactRequest, ListContactsQuery, MatchDecisionRequest, MatchDecisionResult, RegradeContactRequest } from '@bluelamp/contracts/contact/contacts';
import type { ContactLookupRequest, ContactLookupResult } from '@bluelamp/contracts/contact/lookup';
import { request, seg } from '../../../api/http';

type Signal = AbortSignal | undefined;

/** The typed client of the contact API; screens never build URLs. */
export const contactApi = {
  list: (query: ListContactsQuery, signal?: Signal) => request<ContactPage>('GET', '/api/contact/contacts', { query, signal }),
  get: (id: string, signal?: Signal) => request<Contact>('GET', `/api/contact/contacts/${seg(id)}`, { signal }),
  create: (body: CreateContactRequest) => request<Contact>('POST', '/api/contact/contacts', { body }),
  regrade: (id: string, body: RegradeContactRequest) => request<Contact>('POST', `/api/contact/contacts/${seg(id)}/grade`, { body }),
  decide: (id: string, personId: string, verb: 'confirm' | 'reject', body: MatchDecisionRequest) =>
    request<MatchDecisionResult>('POST', `/api/contact/contacts/${seg(id)}/matches/${seg(personId)}/${verb}`, { body }),
  createCallerPerson: (id: string) => request<Contact>('POST', `/api/contact/contacts/${seg(id)}/caller-person`),
  lookup: (body: ContactLookupRequest, signal?: Signal) => request<ContactLookupResult>('POST', '/api/contact/lookup', { body, signal }),
};
