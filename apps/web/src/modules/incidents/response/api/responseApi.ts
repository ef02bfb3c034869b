import type { Static } from '@sinclair/typebox';
import type { AssignmentResult, MyIncidentList, MyStatusRequest } from '@bluelamp/contracts/incidents/dispatch';
import type { ResponseReport, ResponseReportQuery } from '@bluelamp/contracts/incidents/report';
import { buildUrl, request, seg } from '../../../../api/http';

type Signal = AbortSignal | undefined;
export type MyIncidentListDto = Static<typeof MyIncidentList>;

/** The officer's own assignments and the response figures; screens never build URLs. */
export const responseApi = {
  /** The incidents I am assigned to and have not cleared, with their details (mobile view). */
  mine: (signal?: Signal) => request<MyIncidentListDto>('GET', '/api/incidents/mine', { signal }),
  /**
   * Moves my own assignment on: en route, on scene, cleared (in order; the server keeps the time).
   * One key per assignment and step, so pressing again after a lost answer records it once.
   */
  moveMine: (incidentId: string, body: MyStatusRequest, idempotencyKey: string) =>
    request<AssignmentResult>('POST', `/api/incidents/${seg(incidentId)}/assignments/mine`, { body, idempotencyKey }),
  report: (query: ResponseReportQuery, signal?: Signal) => request<ResponseReport>('GET', '/api/incidents/reports/response', { query, signal }),
  /** The CSV export's address, for a download link (one row per incident, the figures' source). */
  reportCsvUrl: (query: ResponseReportQuery) => buildUrl('/api/incidents/reports/response.csv', query),
};
