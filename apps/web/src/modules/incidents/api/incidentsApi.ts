import type {
  AttendanceRequest,
  BreachReasonRequest,
  CloseIncidentRequest,
  CreateIncidentRequest,
  CrimeHandover,
  CrimeRequestRequest,
  Incident,
  IncidentCodes,
  IncidentPage,
  IntakeRequest,
  IntakeResponse,
  ListIncidentsQuery,
  NonAttendanceDecisionRequest,
  RegradeIncidentRequest,
} from '@bluelamp/contracts/incidents/incidents';
import type { Board } from '@bluelamp/contracts/incidents/board';
import type { AssignRequest, AssignmentResult, IncidentResources, ReleaseRequest, UnitList } from '@bluelamp/contracts/incidents/dispatch';
import { request, seg } from '../../../api/http';

type Signal = AbortSignal | undefined;

export type { Board, BoardIncident, BoardOfficer } from '@bluelamp/contracts/incidents/board';
export type { Incident, IncidentAssignment, IncidentEvent, IncidentCodes, CrimeHandover } from '@bluelamp/contracts/incidents/incidents';
export type { IncidentResources, Resource, Unit, UnitList, AssignmentResult } from '@bluelamp/contracts/incidents/dispatch';

/**
 * The typed client of the incidents and dispatch API (command and control); screens never build
 * URLs. Every write on an incident sends the version it was read at: a stale one answers 409
 * VERSION_CONFLICT with the incident as it now is (`ApiError.current()`).
 */
export const incidentsApi = {
  /** The incident from a recorded contact (nothing re-typed). */
  create: (body: CreateIncidentRequest) => request<Incident>('POST', '/api/incidents', { body }),
  /**
   * "Save and create incident": the contact and its incident in one transaction. Send the same
   * `idempotencyKey` on a retry (one per call taken) so a retried save creates one incident.
   */
  intake: (body: IntakeRequest, idempotencyKey: string) => request<IntakeResponse>('POST', '/api/incidents/intake', { body, idempotencyKey }),
  get: (id: string, signal?: Signal) => request<Incident>('GET', `/api/incidents/${seg(id)}`, { signal }),
  list: (query: ListIncidentsQuery, signal?: Signal) => request<IncidentPage>('GET', '/api/incidents', { query, signal }),
  /** Every open incident by grade then time left, with its officers (the control-room board). */
  board: (signal?: Signal) => request<Board>('GET', '/api/incidents/board', { signal }),
  /** The non-attendance reasons and closing codes in the force's order. */
  codes: (signal?: Signal) => request<IncidentCodes>('GET', '/api/incidents/codes', { signal }),
  regrade: (id: string, body: RegradeIncidentRequest) => request<Incident>('POST', `/api/incidents/${seg(id)}/grade`, { body }),
  attendance: (id: string, body: AttendanceRequest) => request<Incident>('POST', `/api/incidents/${seg(id)}/attendance`, { body }),
  decideNonAttendance: (id: string, body: NonAttendanceDecisionRequest) => request<Incident>('POST', `/api/incidents/${seg(id)}/non-attendance/decision`, { body }),
  close: (id: string, body: CloseIncidentRequest) => request<Incident>('POST', `/api/incidents/${seg(id)}/close`, { body }),
  breachReason: (id: string, body: BreachReasonRequest) => request<Incident>('POST', `/api/incidents/${seg(id)}/breach-reason`, { body }),
  /** "Record a crime": asks for the hand-over to the crime module. */
  requestCrime: (id: string, body: CrimeRequestRequest) => request<CrimeHandover>('POST', `/api/incidents/${seg(id)}/crime-request`, { body }),
  crimeHandover: (id: string, signal?: Signal) => request<CrimeHandover>('GET', `/api/incidents/${seg(id)}/crime-handover`, { signal }),

  /** On-duty officers for this incident, nearest first, with the recommended one. */
  resources: (id: string, signal?: Signal) => request<IncidentResources>('GET', `/api/incidents/${seg(id)}/resources`, { signal }),
  /** Commits an officer; 409 when another dispatcher committed them first. */
  assign: (id: string, body: AssignRequest) => request<AssignmentResult>('POST', `/api/incidents/${seg(id)}/assignments`, { body }),
  release: (id: string, staffId: string, body: ReleaseRequest) => request<AssignmentResult>('POST', `/api/incidents/${seg(id)}/assignments/${seg(staffId)}/release`, { body }),
  /** Every on-duty officer with status and position (the board's unit list and map). */
  units: (signal?: Signal) => request<UnitList>('GET', '/api/dispatch/units', { signal }),
};
