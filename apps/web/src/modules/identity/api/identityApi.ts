import type { Static } from '@sinclair/typebox';
import type { Merge, MergeList, UnmergeRequest } from '@bluelamp/contracts/identity/common';
import type {
  AddPersonAddressRequest,
  AddPersonEmailRequest,
  AddPersonFlagRequest,
  AddPersonIdentifierRequest,
  AddPersonNameRequest,
  AddPersonPhoneRequest,
  CreatePersonRequest,
  Person,
  PersonDetailKind,
  PersonEventLinkList,
  PersonSearchPage,
  RemovePersonDetailRequest,
  SearchPersonsQuery,
  UpdatePersonRequest,
} from '@bluelamp/contracts/identity/persons';
import type { MatchPersonsQuery, PersonMatchList } from '@bluelamp/contracts/identity/matches';
import type { PersonSummaryList } from '@bluelamp/contracts/identity/person-summaries';
import type {
  AddLocationFlagRequest,
  CreateLocationRequest,
  CreateLocationResponse,
  Location,
  LocationPage,
  RemoveLocationFlagRequest,
  SearchLocationsQuery,
} from '@bluelamp/contracts/identity/locations';
import type { CreateVehicleRequest, CreateVehicleResponse, FindVehicleQuery, Vehicle, VehicleList } from '@bluelamp/contracts/identity/vehicles';
import { request, seg } from '../../../api/http';

type Signal = AbortSignal | undefined;

export type PersonMatchListDto = Static<typeof PersonMatchList>;
export type PersonMatchDto = PersonMatchListDto['items'][number];
export type PersonSummaryDto = PersonSummaryList['items'][number];
export type PersonSearchPageDto = Static<typeof PersonSearchPage>;
export type PersonEventLinkDto = Static<typeof PersonEventLinkList>['items'][number];
export type LocationPageDto = Static<typeof LocationPage>;
export type MergeDto = Merge;

/** The detail kinds a person can be given one at a time, with the body each takes. */
export type PersonDetailBodies = {
  names: AddPersonNameRequest;
  phones: AddPersonPhoneRequest;
  emails: AddPersonEmailRequest;
  addresses: AddPersonAddressRequest;
  identifiers: AddPersonIdentifierRequest;
  flags: AddPersonFlagRequest;
};

/** The typed client of the identity API (persons, locations, vehicles); screens never build URLs. */
export const identityApi = {
  persons: {
    matches: (query: MatchPersonsQuery, signal?: Signal) => request<PersonMatchListDto>('GET', '/api/identity/persons/matches', { query, signal }),
    summaries: (ids: readonly string[], signal?: Signal) => request<PersonSummaryList>('GET', '/api/identity/persons/summaries', { query: { ids }, signal }),
    search: (query: SearchPersonsQuery, signal?: Signal) => request<PersonSearchPageDto>('GET', '/api/identity/persons', { query, signal }),
    get: (id: string, reason: string | undefined, signal?: Signal) => request<Person>('GET', `/api/identity/persons/${seg(id)}`, { query: { reason }, signal }),
    create: (body: CreatePersonRequest) => request<Person>('POST', '/api/identity/persons', { body }),
    update: (id: string, body: UpdatePersonRequest) => request<Person>('PATCH', `/api/identity/persons/${seg(id)}`, { body }),
    addDetail: <K extends keyof PersonDetailBodies>(id: string, kind: K, body: PersonDetailBodies[K]) => request<Person>('POST', `/api/identity/persons/${seg(id)}/${kind}`, { body }),
    removeDetail: (id: string, kind: PersonDetailKind, detailId: string, body: RemovePersonDetailRequest) =>
      request<Person>('DELETE', `/api/identity/persons/${seg(id)}/${kind}/${seg(detailId)}`, { body }),
    events: (id: string, signal?: Signal) => request<Static<typeof PersonEventLinkList>>('GET', `/api/identity/persons/${seg(id)}/events`, { signal }),
    merges: (id: string, signal?: Signal) => request<Static<typeof MergeList>>('GET', `/api/identity/persons/${seg(id)}/merges`, { signal }),
    unmerge: (mergeId: string, body: UnmergeRequest) => request<Merge>('POST', `/api/identity/persons/merges/${seg(mergeId)}/unmerge`, { body }),
  },
  locations: {
    search: (query: SearchLocationsQuery, signal?: Signal) => request<LocationPageDto>('GET', '/api/identity/locations', { query, signal }),
    get: (id: string, signal?: Signal) => request<Location>('GET', `/api/identity/locations/${seg(id)}`, { signal }),
    create: (body: CreateLocationRequest) => request<CreateLocationResponse>('POST', '/api/identity/locations', { body }),
    addFlag: (id: string, body: AddLocationFlagRequest) => request<Location>('POST', `/api/identity/locations/${seg(id)}/flags`, { body }),
    removeFlag: (id: string, flagId: string, body: RemoveLocationFlagRequest) => request<Location>('DELETE', `/api/identity/locations/${seg(id)}/flags/${seg(flagId)}`, { body }),
    merges: (id: string, signal?: Signal) => request<Static<typeof MergeList>>('GET', `/api/identity/locations/${seg(id)}/merges`, { signal }),
    unmerge: (mergeId: string, body: UnmergeRequest) => request<Merge>('POST', `/api/identity/locations/merges/${seg(mergeId)}/unmerge`, { body }),
  },
  vehicles: {
    find: (query: FindVehicleQuery, signal?: Signal) => request<Static<typeof VehicleList>>('GET', '/api/identity/vehicles', { query, signal }),
    get: (id: string, signal?: Signal) => request<Vehicle>('GET', `/api/identity/vehicles/${seg(id)}`, { signal }),
    create: (body: CreateVehicleRequest) => request<Static<typeof CreateVehicleResponse>>('POST', '/api/identity/vehicles', { body }),
  },
};
