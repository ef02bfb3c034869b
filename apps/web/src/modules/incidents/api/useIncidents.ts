import type { AssignRequest, ReleaseRequest } from '@bluelamp/contracts/incidents/dispatch';
import type { IntakeRequest } from '@bluelamp/contracts/incidents/incidents';
import { useMutation } from '../../../api/useMutation';
import { useQuery } from '../../../api/useQuery';
import { incidentsApi } from './incidentsApi';

/**
 * Cache keys of command and control. A change to one incident refreshes that incident, the board
 * and its resources; an officer's change refreshes the units and resource lists.
 */
export const INCIDENT_CACHE = {
  all: 'incidents:',
  board: 'incidents:board',
  units: 'incidents:units',
  codes: 'incidents:codes',
  list: 'incidents:list:',
  one: (id: string) => `incidents:one:${id}`,
  resources: (id: string) => `incidents:resources:${id}`,
  resourcesAll: 'incidents:resources:',
  handover: (id: string) => `incidents:handover:${id}`,
};

/** The board, with when this browser received it (so a cached copy's server time still gives the right clock offset). */
export function useBoard() {
  return useQuery(INCIDENT_CACHE.board, (signal) => incidentsApi.board(signal).then((board) => ({ ...board, receivedAt: Date.now() })));
}

export function useUnits() {
  return useQuery(INCIDENT_CACHE.units, (signal) => incidentsApi.units(signal));
}

export function useIncident(id: string) {
  return useQuery(INCIDENT_CACHE.one(id), (signal) => incidentsApi.get(id, signal));
}

export function useIncidentResources(id: string, enabled = true) {
  return useQuery(INCIDENT_CACHE.resources(id), (signal) => incidentsApi.resources(id, signal), { enabled });
}

export function useIncidentCodes() {
  return useQuery(INCIDENT_CACHE.codes, (signal) => incidentsApi.codes(signal));
}

export function useCrimeHandover(id: string, enabled: boolean) {
  return useQuery(INCIDENT_CACHE.handover(id), (signal) => incidentsApi.crimeHandover(id, signal), { enabled });
}

/** What an assignment change makes stale: the incident, the board, every resource list and the units. */
const afterAssignment = (id: string) => [INCIDENT_CACHE.one(id), INCIDENT_CACHE.board, INCIDENT_CACHE.resourcesAll, INCIDENT_CACHE.units];

export function useAssign(id: string) {
  return useMutation((body: AssignRequest) => incidentsApi.assign(id, body), { invalidates: afterAssignment(id) });
}

/** Assign to any incident (the board's `d`: the recommended officer for the selected row). */
export function useAssignAny() {
  return useMutation(({ incidentId, body }: { incidentId: string; body: AssignRequest }) => incidentsApi.assign(incidentId, body), {
    invalidates: [INCIDENT_CACHE.board, INCIDENT_CACHE.resourcesAll, INCIDENT_CACHE.units, 'incidents:one:'],
  });
}

export function useRelease(id: string) {
  return useMutation(({ staffId, body }: { staffId: string; body: ReleaseRequest }) => incidentsApi.release(id, staffId, body), { invalidates: afterAssignment(id) });
}

/** "Save and create incident" from the take-call form: one key per call taken, so a retry creates one incident. */
export function useIntake() {
  return useMutation(({ body, idempotencyKey }: { body: IntakeRequest; idempotencyKey: string }) => incidentsApi.intake(body, idempotencyKey), {
    invalidates: ['contact:', INCIDENT_CACHE.board, INCIDENT_CACHE.list],
  });
}
