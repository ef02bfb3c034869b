import type { Transaction } from 'kysely';
import type { DB } from '../../../core/db/schema';
import type { RequestContext } from '../../../core/context';
import type { EventBus } from '../../../core/events';
import { versionConflict } from '../../../core/errors';
import { statusFromAssignments } from '../incident-status';
import { appendIncidentEvent, getIncident, listAssignments, updateIncident, type IncidentPatch, type IncidentRecord } from '../incidents.repository';

/** The live event of every change to an incident; the board and the mobile view follow it. */
export const INCIDENT_CHANGED = 'incidents.incident_changed';

export type IncidentDeps = { events: EventBus };

/** Publishes INCIDENT_CHANGED (delivered on commit) with what the board needs to refresh one row. */
export async function publishIncidentChanged(deps: IncidentDeps, tx: Transaction<DB>, incident: IncidentRecord, change: string): Promise<void> {
  await deps.events.publish(tx, {
    type: INCIDENT_CHANGED,
    permission: 'incidents:read',
    entityType: 'incident',
    entityId: incident.id,
    data: { change, status: incident.status, grade: incident.grade, version: incident.version },
  });
}

/**
 * After an assignment changed (the caller holds the incident's lock from `lockIncident`): sets the
 * incident's status from its assignments, the first time each stage was reached, records a status
 * event when the status moved, and publishes the change. `at` is when it happened (the officer's
 * update), `patch` any further columns to set in the same update. Returns the incident as it is now.
 */
export async function syncIncidentStatus(
  deps: IncidentDeps,
  tx: Transaction<DB>,
  ctx: RequestContext,
  incident: IncidentRecord,
  at: Date,
  change: string,
  patch: IncidentPatch = {},
): Promise<IncidentRecord> {
  const status = statusFromAssignments(await listAssignments(tx, incident.id));
  const full: IncidentPatch = { ...patch, status };
  if (status !== 'awaiting_dispatch' && !incident.firstDispatchedAt) full.first_dispatched_at = at;
  if ((status === 'en_route' || status === 'on_scene' || status === 'cleared') && !incident.firstEnRouteAt) full.first_en_route_at = at;
  // At the first arrival: attended (even if recorded as not attended); and after the target with no
  // breach recorded yet (the sweep had not run), the breach, once.
  let breachedNow = false;
  let attendedAfterAll: string | null = null;
  if (status === 'on_scene' && !incident.firstArrivedAt) {
    full.first_arrived_at = at;
    if (incident.attended === null) full.attended = true;
    // An officer arrived at an incident recorded as not attended: it was attended after all.
    if (incident.attended === false) {
      attendedAfterAll = incident.nonAttendanceReason;
      Object.assign(full, { attended: true, non_attendance_reason: null, non_attendance_note: null, non_attendance_status: null, non_attendance_decided_by: null, non_attendance_decided_at: null });
    }
    if (!incident.breachedAt && at.getTime() > incident.targetAt.getTime()) {
      full.breached_at = incident.targetAt;
      breachedNow = true;
    }
  }
  if (status === 'cleared') full.cleared_at = at;
  else if (incident.clearedAt) full.cleared_at = null;
  if (!(await updateIncident(tx, incident.id, incident.version, full))) throw versionConflict('The incident', await getIncident(tx, incident.id));
  if (status !== incident.status) {
    await appendIncidentEvent(tx, { incidentId: incident.id, type: 'status', fromStatus: incident.status, toStatus: status, occurredAt: at, byUser: ctx.actor?.userId ?? null, byUsername: ctx.actor?.username ?? null });
  }
  if (attendedAfterAll !== null) {
    await appendIncidentEvent(tx, { incidentId: incident.id, type: 'attendance', occurredAt: at, byUser: ctx.actor?.userId ?? null, byUsername: ctx.actor?.username ?? null, details: { attended: true, replacedNonAttendance: attendedAfterAll } });
  }
  if (breachedNow) {
    await appendIncidentEvent(tx, { incidentId: incident.id, type: 'breached', occurredAt: incident.targetAt, byUser: null, byUsername: null, details: { grade: incident.grade } });
  }
  const after = (await getIncident(tx, incident.id))!;
  await publishIncidentChanged(deps, tx, after, change);
  return after;
}
