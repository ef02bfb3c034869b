import type { Transaction } from 'kysely';
import type { Assignment, AssignmentResult } from '@bluelamp/contracts/incidents/dispatch';
import type { DB } from '../../../core/db/schema';
import type { AssignmentStatusCode } from '../../../core/db/schema.incidents';
import type { RequestContext } from '../../../core/context';
import type { EventBus } from '../../../core/events';
import { AppError, notFound, versionConflict } from '../../../core/errors';
import { writeAudit } from '../../../core/audit';
import { commitOfficer, releaseOfficer } from '../../workforce';
import { canMoveAssignment } from '../incident-status';
import { appendIncidentEvent, lockIncident, type AssignmentRecord, type IncidentRecord } from '../incidents.repository';
import { syncIncidentStatus } from '../commands/sync-incident-status';
import { findOpenAssignment, getAssignment, insertAssignment, moveAssignment, type AssignmentMove } from './dispatch.repository';
import { reach } from './recommend';

/**
 * The live event of one officer's assignment changing (assigned, released, en route, on scene,
 * cleared), besides the incident's own INCIDENT_CHANGED: the officer's phone follows it for its
 * own `staffId` and reloads its incidents at once.
 */
export const ASSIGNMENT_CHANGED = 'incidents.assignment_changed';

export type DispatchDeps = { events: EventBus };

const iso = (d: Date | null) => (d === null ? null : new Date(d).toISOString());

export function presentAssignment(a: AssignmentRecord): Assignment {
  return {
    id: a.id,
    incidentId: a.incidentId,
    staffId: a.staffId,
    status: a.status,
    assignedAt: new Date(a.assignedAt).toISOString(),
    recommended: a.recommended,
    distanceMetres: a.distanceMetres,
    etaSeconds: a.etaSeconds,
    enRouteAt: iso(a.enRouteAt),
    arrivedAt: iso(a.arrivedAt),
    clearedAt: iso(a.clearedAt),
    releasedAt: iso(a.releasedAt),
    version: a.version,
  };
}

/** The incident locked for the change: 404 when it does not exist, 409 INCIDENT_CLOSED once closed. */
async function lockOpenIncident(tx: Transaction<DB>, incidentId: string): Promise<IncidentRecord> {
  const incident = await lockIncident(tx, incidentId);
  if (!incident) throw notFound('The incident');
  if (incident.status === 'closed') throw new AppError('INCIDENT_CLOSED', `${incident.reference} is closed`, { current: { id: incident.id, reference: incident.reference, status: incident.status, version: incident.version } });
  return incident;
}

const actor = (ctx: RequestContext) => ({ byUser: ctx.actor?.userId ?? null, byUsername: ctx.actor?.username ?? null });

/** After the assignment changed: the incident's status (with its event and INCIDENT_CHANGED), the officer's event, the answer. */
async function finish(deps: DispatchDeps, tx: Transaction<DB>, ctx: RequestContext, incident: IncidentRecord, assignmentId: string, at: Date, change: string): Promise<AssignmentResult> {
  const after = await syncIncidentStatus(deps, tx, ctx, incident, at, change);
  const assignment = (await getAssignment(tx, incident.id, assignmentId))!;
  await deps.events.publish(tx, {
    type: ASSIGNMENT_CHANGED,
    permission: 'incidents:read',
    entityType: 'incident',
    entityId: incident.id,
    data: { staffId: assignment.staffId, status: assignment.status, incidentStatus: after.status, reference: after.reference },
  });
  return { incidentId: after.id, incidentStatus: after.status, incidentVersion: after.version, assignment: presentAssignment(assignment) };
}

/**
 * Assigns an officer to an incident: commits them in the workforce module (409
 * OFFICER_ALREADY_COMMITTED with their current state when they are committed, to this incident or
 * another, e.g. when two dispatchers race; 409 OFFICER_NOT_ON_DUTY), records how far away they
 * were and their estimated arrival, the 'assigned' event, and moves the incident on.
 */
export async function assignOfficer(deps: DispatchDeps, tx: Transaction<DB>, ctx: RequestContext, incidentId: string, input: { staffId: string; recommended?: boolean | undefined }): Promise<AssignmentResult> {
  const incident = await lockOpenIncident(tx, incidentId);
  const state = await commitOfficer(deps, tx, ctx, { staffId: input.staffId, incidentId });
  // Committed just now, so no open assignment can exist unless the two modules disagree: refuse rather than duplicate.
  if (await findOpenAssignment(tx, incidentId, input.staffId)) throw new AppError('OFFICER_ALREADY_COMMITTED', `${state.firstName} ${state.lastName} is already assigned to ${incident.reference}`, { current: state });
  const at = new Date();
  const point = incident.latitude !== null && incident.longitude !== null ? { latitude: incident.latitude, longitude: incident.longitude } : null;
  const { distanceMetres, etaSeconds } = reach(state.position, point, incident.grade, at.getTime());
  const recommended = input.recommended ?? false;
  const id = await insertAssignment(tx, { incidentId, staffId: input.staffId, assignedAt: at, assignedBy: ctx.actor?.userId ?? null, recommended, distanceMetres, etaSeconds });
  const details = { collarNumber: state.collarNumber, recommended, distanceMetres, etaSeconds };
  await appendIncidentEvent(tx, { incidentId, type: 'assigned', staffId: input.staffId, occurredAt: at, ...actor(ctx), details });
  await writeAudit(tx, ctx, { action: 'incident.officer_assigned', entityType: 'incident', entityId: incidentId, details: { staffId: input.staffId, ...details } });
  return finish(deps, tx, ctx, incident, id, at, 'assigned');
}

/**
 * Takes an officer off an incident before they clear it (re-deployed), with a reason: the
 * assignment is released and the officer available again. Not once they are on scene: they clear.
 */
export async function releaseAssignment(deps: DispatchDeps, tx: Transaction<DB>, ctx: RequestContext, incidentId: string, staffId: string, reason: string): Promise<AssignmentResult> {
  const incident = await lockOpenIncident(tx, incidentId);
  const assignment = await findOpenAssignment(tx, incidentId, staffId);
  if (!assignment) throw notFound('That officer on this incident');
  if (!canMoveAssignment(assignment.status, 'released')) {
    throw new AppError('ASSIGNMENT_OUT_OF_ORDER', 'The officer is on scene: they clear the incident rather than being released from it', { current: presentAssignment(assignment) });
  }
  const at = new Date();
  if (!(await moveAssignment(tx, assignment.id, assignment.version, { status: 'released', released_at: at }))) throw versionConflict('The assignment', presentAssignment(assignment));
  await releaseOfficer(deps, tx, ctx, { staffId, incidentId });
  await appendIncidentEvent(tx, { incidentId, type: 'released', staffId, occurredAt: at, ...actor(ctx), details: { reason, from: assignment.status } });
  await writeAudit(tx, ctx, { action: 'incident.officer_released', entityType: 'incident', entityId: incidentId, reason, details: { staffId, from: assignment.status } });
  return finish(deps, tx, ctx, incident, assignment.id, at, 'released');
}

/** Why an officer's own move is refused, in words for the phone. */
function outOfOrder(from: AssignmentStatusCode, to: AssignmentStatusCode): string {
  if (to === 'on_scene') return from === 'assigned' ? 'You must be en route before you are on scene' : 'You are past on scene already';
  if (to === 'cleared') return 'You must be on scene before you clear';
  if (to === 'en_route') return from === 'on_scene' ? 'You are already on scene' : 'You cannot go en route now';
  return 'That update is not allowed now';
}

const STAMP: Record<'en_route' | 'on_scene' | 'cleared', (at: Date) => AssignmentMove> = {
  en_route: (at) => ({ status: 'en_route', en_route_at: at }),
  on_scene: (at) => ({ status: 'on_scene', arrived_at: at }),
  cleared: (at) => ({ status: 'cleared', cleared_at: at }),
};

/**
 * An officer moves their own assignment on: en route, on scene (the arrival time is the server's
 * time of this update), cleared (available again). One step at a time (409 ASSIGNMENT_OUT_OF_ORDER);
 * asking for the status the assignment already has changes nothing (a phone's retry). An officer
 * not on the incident gets 404, like an incident that does not exist.
 */
export async function moveOwnAssignment(deps: DispatchDeps, tx: Transaction<DB>, ctx: RequestContext, incidentId: string, staffId: string, to: 'en_route' | 'on_scene' | 'cleared'): Promise<AssignmentResult> {
  const incident = await lockIncident(tx, incidentId);
  const assignment = incident && (await findOpenAssignment(tx, incidentId, staffId));
  if (!incident || !assignment) throw notFound('An assignment of yours on this incident');
  if (assignment.status === to) return { incidentId, incidentStatus: incident.status, incidentVersion: incident.version, assignment: presentAssignment(assignment) };
  if (!canMoveAssignment(assignment.status, to)) throw new AppError('ASSIGNMENT_OUT_OF_ORDER', outOfOrder(assignment.status, to), { current: presentAssignment(assignment) });
  const at = new Date();
  if (!(await moveAssignment(tx, assignment.id, assignment.version, STAMP[to](at)))) throw versionConflict('The assignment', presentAssignment(assignment));
  if (to === 'cleared') await releaseOfficer(deps, tx, ctx, { staffId, incidentId });
  await appendIncidentEvent(tx, { incidentId, type: to, staffId, occurredAt: at, ...actor(ctx), details: { from: assignment.status } });
  await writeAudit(tx, ctx, { action: `incident.officer_${to}`, entityType: 'incident', entityId: incidentId, details: { staffId, from: assignment.status } });
  return finish(deps, tx, ctx, incident, assignment.id, at, to);
}
