import type { Static } from '@sinclair/typebox';
import type {
  ClearRosterDayRequest,
  MinimumStaffingList,
  SetRosterDayRequest,
  ShiftTypeList,
  ShortfallList,
  SkillList,
  Strength,
  SwapShiftsRequest,
  TeamRoster,
} from '@bluelamp/contracts/workforce/rosters';
import type { OfficerAvailability, OnDutyList, SetPositionRequest, SetStatusRequest } from '@bluelamp/contracts/workforce/availability';
import { request, seg } from '../../../../api/http';

type Signal = AbortSignal | undefined;
export type TeamRosterDto = Static<typeof TeamRoster>;
export type StrengthDto = Static<typeof Strength>;
export type MinimumStaffingRuleDto = Static<typeof MinimumStaffingList>['items'][number];
export type ShiftTypeDto = Static<typeof ShiftTypeList>['items'][number];
export type SkillDto = Static<typeof SkillList>['items'][number];
export type OnDutyListDto = Static<typeof OnDutyList>;

/** The roster and availability endpoints the screens use (permissions as in the README). */
export const rostersApi = {
  teamRoster: (query: { teamId: string; from: string; to: string }, signal?: Signal) => request<TeamRosterDto>('GET', '/api/workforce/rosters', { query, signal }),
  setDay: (staffId: string, date: string, body: SetRosterDayRequest) =>
    request<TeamRosterDto['people'][number]['days'][number]>('PUT', `/api/workforce/staff/${seg(staffId)}/roster/${seg(date)}`, { body }),
  clearDay: (staffId: string, date: string, body: ClearRosterDayRequest) =>
    request<TeamRosterDto['people'][number]['days'][number]>('DELETE', `/api/workforce/staff/${seg(staffId)}/roster/${seg(date)}`, { body }),
  swap: (body: SwapShiftsRequest) => request<{ items: TeamRosterDto['people'][number]['days'] }>('POST', '/api/workforce/roster-swaps', { body }),
  shiftTypes: (signal?: Signal) => request<Static<typeof ShiftTypeList>>('GET', '/api/workforce/shift-types', { signal }),
  skills: (signal?: Signal) => request<Static<typeof SkillList>>('GET', '/api/workforce/skills', { signal }),
  minimumStaffing: (teamId: string, signal?: Signal) => request<Static<typeof MinimumStaffingList>>('GET', '/api/workforce/minimum-staffing', { query: { teamId }, signal }),
  shortfalls: (query: { from: string; to: string; teamId?: string }, signal?: Signal) => request<Static<typeof ShortfallList>>('GET', '/api/workforce/shortfalls', { query, signal }),
  strength: (query: { from: string; to: string; teamId?: string; skill?: string }, signal?: Signal) => request<StrengthDto>('GET', '/api/workforce/strength', { query, signal }),
  onDuty: (teamId: string | undefined, signal?: Signal) => request<OnDutyListDto>('GET', '/api/workforce/availability/on-duty', { query: { teamId }, signal }),
  me: (signal?: Signal) => request<OfficerAvailability>('GET', '/api/workforce/availability/me', { signal }),
  bookOn: (version: number) => request<OfficerAvailability>('POST', '/api/workforce/availability/me/book-on', { body: { version } }),
  bookOff: (version: number) => request<OfficerAvailability>('POST', '/api/workforce/availability/me/book-off', { body: { version } }),
  setStatus: (body: SetStatusRequest) => request<OfficerAvailability>('PUT', '/api/workforce/availability/me/status', { body }),
  setPosition: (body: SetPositionRequest) => request<OfficerAvailability>('PUT', '/api/workforce/availability/me/position', { body }),
};
