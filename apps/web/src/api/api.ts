import type { Static, TSchema } from '@sinclair/typebox';
import type { SignInRequest, SignInResponse } from '@bluelamp/contracts/platform/auth';
import type {
  ChangeOwnPasswordRequest,
  CreateUserRequest,
  ListUsersQuery,
  RoleList,
  SetPasswordRequest,
  UpdateUserRequest,
  User,
  UserPage,
} from '@bluelamp/contracts/platform/users';
import type { AuditPage, SearchAuditQuery, VerifyAuditResponse } from '@bluelamp/contracts/platform/audit';
import type { PolicySetting, PolicySettingList, UpdatePolicySettingRequest } from '@bluelamp/contracts/platform/policy';
import type {
  IncidentCategoryList,
  OffenceCodeList,
  OutcomeTypeList,
  PoliceUkCategoryList,
  ResponseGrade,
  ResponseGradeList,
  SearchOffenceCodesQuery,
  UpdateResponseGradeRequest,
} from '@bluelamp/contracts/platform/reference';
import type { ListStaffQuery, PostcodeLookup, StaffMember, StaffPage, StationList, TeamList } from '@bluelamp/contracts/workforce/staff';
import { request, seg } from './http';

type S<T extends TSchema> = Static<T>;
type Signal = AbortSignal | undefined;

/** Response types of the API, inferred from the contracts (never written by hand). */
export type UserPageDto = S<typeof UserPage>;
export type RoleDto = S<typeof RoleList>['items'][number];
export type AuditPageDto = S<typeof AuditPage>;
export type AuditEventDto = AuditPageDto['items'][number];
export type PolicySettingDto = PolicySetting;
export type ResponseGradeDto = ResponseGrade;
export type OffenceCodeDto = S<typeof OffenceCodeList>['items'][number];
export type OutcomeTypeDto = S<typeof OutcomeTypeList>['items'][number];
export type IncidentCategoryDto = S<typeof IncidentCategoryList>['items'][number];
export type CodeNameDto = S<typeof PoliceUkCategoryList>['items'][number];
export type StaffPageDto = S<typeof StaffPage>;
export type TeamDto = S<typeof TeamList>['items'][number];
export type StationDto = S<typeof StationList>['items'][number];
export type PostcodeLookupDto = S<typeof PostcodeLookup>;

/**
 * The typed client: one function per endpoint, named after the route. Components and hooks call
 * these and never build a URL themselves.
 */
export const api = {
  auth: {
    signIn: (body: SignInRequest) => request<SignInResponse>('POST', '/api/auth/sign-in', { body }),
    signOut: () => request<void>('POST', '/api/auth/sign-out'),
    me: (signal?: Signal) => request<SignInResponse>('GET', '/api/auth/me', { signal }),
    changePassword: (body: ChangeOwnPasswordRequest) => request<void>('POST', '/api/auth/password', { body }),
  },
  roles: {
    list: (signal?: Signal) => request<S<typeof RoleList>>('GET', '/api/roles', { signal }),
  },
  users: {
    list: (query: ListUsersQuery, signal?: Signal) => request<UserPageDto>('GET', '/api/users', { query, signal }),
    get: (id: string, signal?: Signal) => request<User>('GET', `/api/users/${seg(id)}`, { signal }),
    create: (body: CreateUserRequest) => request<User>('POST', '/api/users', { body }),
    update: (id: string, body: UpdateUserRequest) => request<User>('PATCH', `/api/users/${seg(id)}`, { body }),
    setPassword: (id: string, body: SetPasswordRequest) => request<User>('POST', `/api/users/${seg(id)}/password`, { body }),
  },
  audit: {
    search: (query: SearchAuditQuery, signal?: Signal) => request<AuditPageDto>('GET', '/api/audit', { query, signal }),
    verify: () => request<S<typeof VerifyAuditResponse>>('POST', '/api/audit/verify'),
  },
  reference: {
    grades: (signal?: Signal) => request<S<typeof ResponseGradeList>>('GET', '/api/reference/grades', { signal }),
    updateGrade: (code: string, body: UpdateResponseGradeRequest) => request<ResponseGrade>('PATCH', `/api/reference/grades/${seg(code)}`, { body }),
    offenceCodes: (query: SearchOffenceCodesQuery, signal?: Signal) => request<S<typeof OffenceCodeList>>('GET', '/api/reference/offence-codes', { query, signal }),
    outcomeTypes: (signal?: Signal) => request<S<typeof OutcomeTypeList>>('GET', '/api/reference/outcome-types', { signal }),
    policeUkCategories: (signal?: Signal) => request<S<typeof PoliceUkCategoryList>>('GET', '/api/reference/police-uk-categories', { signal }),
    incidentCategories: (signal?: Signal) => request<S<typeof IncidentCategoryList>>('GET', '/api/reference/incident-categories', { signal }),
  },
  policy: {
    list: (signal?: Signal) => request<S<typeof PolicySettingList>>('GET', '/api/policy', { signal }),
    update: (key: string, body: UpdatePolicySettingRequest) => request<PolicySetting>('PATCH', `/api/policy/${seg(key)}`, { body }),
  },
  workforce: {
    staff: (query: ListStaffQuery, signal?: Signal) => request<StaffPageDto>('GET', '/api/workforce/staff', { query, signal }),
    staffMember: (id: string, signal?: Signal) => request<StaffMember>('GET', `/api/workforce/staff/${seg(id)}`, { signal }),
    teams: (signal?: Signal) => request<S<typeof TeamList>>('GET', '/api/workforce/teams', { signal }),
    stations: (signal?: Signal) => request<S<typeof StationList>>('GET', '/api/workforce/stations', { signal }),
    postcode: (postcode: string, signal?: Signal) => request<PostcodeLookupDto>('GET', `/api/workforce/postcodes/${seg(postcode)}`, { signal }),
  },
  /** The live event stream's address, for EventSource (which cannot go through `request`). */
  eventsUrl: '/api/events',
};
