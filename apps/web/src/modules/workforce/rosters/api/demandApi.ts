import type { DemandProfileResponse, DemandQuery } from '@bluelamp/contracts/incidents/report';
import { request } from '../../../../api/http';

type Signal = AbortSignal | undefined;

/** Demand from the system's own history (incidents:demand): what strength is set against. */
export const demandApi = {
  /** An average week's incidents per hour of the week over London days (both inclusive, at least 7), optionally some categories only. */
  profile: (query: DemandQuery, signal?: Signal) => request<DemandProfileResponse>('GET', '/api/incidents/demand', { query, signal }),
};
