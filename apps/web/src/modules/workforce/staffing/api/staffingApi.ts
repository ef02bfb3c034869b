import type { ErlangCRequest, ErlangCResult, StaffingRecommendation, StaffingRecommendationRequest } from '@bluelamp/contracts/workforce/staffing';
import { request } from '../../../../api/http';

/** The staffing endpoints (workforce:staffing): calculations only, nothing is stored. */
export const staffingApi = {
  erlangC: (body: ErlangCRequest) => request<ErlangCResult>('POST', '/api/workforce/staffing/erlang-c', { body }),
  recommendation: (body: StaffingRecommendationRequest) => request<StaffingRecommendation>('POST', '/api/workforce/staffing/recommendation', { body }),
};
