import type { Kysely, Transaction } from 'kysely';
import type { AttendanceRequest, BreachReasonRequest, CloseIncidentRequest, NonAttendanceDecisionRequest, RegradeIncidentRequest } from '@bluelamp/contracts/incidents/incidents';
import type { DB } from '../../../core/db/schema';
import type { RequestContext } from '../../../core/context';
import { AppError } from '../../../core/errors';
import { listResponseGrades } from '../../platform';
import { canClose } from '../incident-status';
import type { IncidentRecord } from '../incidents.repository';
import { listClosingCodes, listNonAttendanceReasons } from '../control-room.repository';
import { attendEverything } from '../incidents.policy';
import { invalidField } from '../incidents.errors';
import { applyIncidentChange } from './change-incident';
import type { IncidentDeps } from './sync-incident-status';

// The control room's changes to one incident. Each takes the incident locked (lockIncident) with
// its version already checked, checks the rule, and applies the change with its timeline entry,
// audit and live event (applyIncidentChange).

const requireOpen = (incident: IncidentRecord): void => {
  if (incident.status === 'closed') throw new AppError('INCIDENT_CLOSED', `Incident ${incident.reference} is closed and cannot be changed`);
};

/** A new grade with its reason; the target is recomputed from the new grade (the first grade stays). */
export async function regradeIncident(deps: IncidentDeps, tx: Transaction<DB>, ctx: RequestContext, incident: IncidentRecord, input: RegradeIncidentRequest): Promise<IncidentRecord> {
  requireOpen(incident);
  const grade = (await listResponseGrades(tx as Kysely<DB>)).find((g) => g.code === input.grade);
  if (!grade) throw invalidField('body/grade', `is not a response grade (${input.grade})`, 'UNKNOWN_GRADE');
  if (grade.code === incident.grade) throw invalidField('body/grade', `is already the incident's grade (${grade.name})`);
  return applyIncidentChange(deps, tx, ctx, incident, {
    patch: { grade: grade.code, target_seconds: grade.targetSeconds, target_at: new Date(incident.receivedAt.getTime() + grade.targetSeconds * 1000) },
    event: { type: 'regraded', details: { from: incident.grade, to: grade.code, reason: input.reason, targetSeconds: grade.targetSeconds } },
    audit: { action: 'incident.regraded', details: { from: incident.grade, to: grade.code } },
    change: 'regraded',
  });
}

/**
 * Attended, or not attended with a reason code. Not attending is refused once an officer has
 * arrived. Under the attend-everything policy non-attendance awaits a supervisor's approval unless
 * a supervisor records it; without the policy it stands as recorded.
 */
export async function recordAttendance(deps: IncidentDeps, tx: Transaction<DB>, ctx: RequestContext, incident: IncidentRecord, input: AttendanceRequest): Promise<IncidentRecord> {
  requireOpen(incident);
  if (input.attended) {
    if (input.reasonCode !== undefined) throw invalidField('body/reasonCode', 'goes only with attended: false');
    return applyIncidentChange(deps, tx, ctx, incident, {
      patch: { attended: true, non_attendance_reason: null, non_attendance_note: null, non_attendance_status: null, non_attendance_decided_by: null, non_attendance_decided_at: null },
      event: { type: 'attendance', details: { attended: true } },
      audit: { action: 'incident.attendance_recorded', details: { attended: true } },
      change: 'attendance',
    });
  }
  if (!input.reasonCode) throw invalidField('body/reasonCode', 'is required when the incident is not attended', 'REASON_REQUIRED');
  const reason = (await listNonAttendanceReasons(tx)).find((r) => r.code === input.reasonCode && r.isActive);
  if (!reason) throw invalidField('body/reasonCode', `is not a non-attendance reason in use (${input.reasonCode})`, 'UNKNOWN_NON_ATTENDANCE_REASON');
  if (incident.firstArrivedAt) {
    throw new AppError('ALREADY_ATTENDED', `Incident ${incident.reference} cannot be recorded as not attended: an officer arrived at ${incident.firstArrivedAt.toISOString()}`);
  }
  const supervisor = ctx.actor?.permissions.has('incidents:supervise') ?? false;
  const needsApproval = !supervisor && (await attendEverything(tx));
  const now = new Date();
  const status = needsApproval ? 'pending_approval' : 'approved';
  return applyIncidentChange(
    deps,
    tx,
    ctx,
    incident,
    {
      patch: {
        attended: false,
        non_attendance_reason: reason.code,
        non_attendance_note: input.note ?? null,
        non_attendance_status: status,
        non_attendance_decided_by: supervisor ? (ctx.actor?.userId ?? null) : null,
        non_attendance_decided_at: supervisor ? now : null,
      },
      event: { type: 'attendance', details: { attended: false, reasonCode: reason.code, note: input.note ?? null, status } },
      audit: { action: 'incident.attendance_recorded', details: { attended: false, reasonCode: reason.code, status } },
      change: 'attendance',
    },
    now,
  );
}

/** A supervisor approves pending non-attendance, or refuses it (the incident is then to be attended: attended undecided). */
export async function decideNonAttendance(deps: IncidentDeps, tx: Transaction<DB>, ctx: RequestContext, incident: IncidentRecord, input: NonAttendanceDecisionRequest): Promise<IncidentRecord> {
  requireOpen(incident);
  if (incident.attended !== false || incident.nonAttendanceStatus !== 'pending_approval') {
    throw new AppError('NO_PENDING_NON_ATTENDANCE', `Incident ${incident.reference} has no non-attendance awaiting approval`);
  }
  const now = new Date();
  const by = ctx.actor?.userId ?? null;
  if (input.approve) {
    return applyIncidentChange(
      deps,
      tx,
      ctx,
      incident,
      {
        patch: { non_attendance_status: 'approved', non_attendance_decided_by: by, non_attendance_decided_at: now },
        event: { type: 'non_attendance_approved', details: { reasonCode: incident.nonAttendanceReason, note: input.note ?? null } },
        audit: { action: 'incident.non_attendance_approved', details: { reasonCode: incident.nonAttendanceReason } },
        change: 'non_attendance_approved',
      },
      now,
    );
  }
  return applyIncidentChange(
    deps,
    tx,
    ctx,
    incident,
    {
      patch: { attended: null, non_attendance_reason: null, non_attendance_note: null, non_attendance_status: null, non_attendance_decided_by: by, non_attendance_decided_at: now },
      event: { type: 'non_attendance_refused', details: { reasonCode: incident.nonAttendanceReason, note: input.note ?? null } },
      audit: { action: 'incident.non_attendance_refused', details: { reasonCode: incident.nonAttendanceReason } },
      change: 'non_attendance_refused',
    },
    now,
  );
}

/**
 * Closes the incident with a closing code: once every officer has cleared (and it is recorded as
 * attended), or when it was never dispatched and its non-attendance is approved.
 */
export async function closeIncident(deps: IncidentDeps, tx: Transaction<DB>, ctx: RequestContext, incident: IncidentRecord, input: CloseIncidentRequest): Promise<IncidentRecord> {
  requireOpen(incident);
  const code = (await listClosingCodes(tx)).find((c) => c.code === input.closingCode && c.isActive);
  if (!code) throw invalidField('body/closingCode', `is not a closing code in use (${input.closingCode})`, 'UNKNOWN_CLOSING_CODE');
  if (!canClose(incident)) {
    if (incident.attended === false && incident.nonAttendanceStatus === 'pending_approval') {
      throw new AppError('NON_ATTENDANCE_NOT_APPROVED', `Incident ${incident.reference} cannot be closed until a supervisor approves not attending it`);
    }
    const why =
      incident.status === 'awaiting_dispatch'
        ? 'it has not been attended: dispatch an officer, or record why it will not be attended'
        : incident.attended === false
          ? 'it is recorded as not attended but officers are still assigned: release them first'
          : 'officers are still on it: every officer must clear first';
    throw new AppError('INCIDENT_NOT_CLEARED', `Incident ${incident.reference} cannot be closed yet: ${why}`, { status: incident.status });
  }
  if (incident.status === 'cleared' && incident.attended !== true) {
    throw new AppError('ALREADY_ATTENDED', `Incident ${incident.reference} was attended but is recorded as not attended: record it as attended before closing`);
  }
  const now = new Date();
  return applyIncidentChange(
    deps,
    tx,
    ctx,
    incident,
    {
      patch: { status: 'closed', closed_at: now, closing_code: code.code, closing_note: input.note ?? null },
      event: { type: 'closed', fromStatus: incident.status, toStatus: 'closed', details: { closingCode: code.code, note: input.note ?? null } },
      audit: { action: 'incident.closed', details: { closingCode: code.code } },
      change: 'closed',
    },
    now,
  );
}

/** Why the target was missed (a supervisor's reason), for a breached incident (closed ones too). */
export async function recordBreachReason(deps: IncidentDeps, tx: Transaction<DB>, ctx: RequestContext, incident: IncidentRecord, input: BreachReasonRequest): Promise<IncidentRecord> {
  if (!incident.breachedAt) throw new AppError('NOT_BREACHED', `Incident ${incident.reference} did not breach its target: there is nothing to explain`);
  return applyIncidentChange(deps, tx, ctx, incident, {
    patch: { breach_reason: input.reason },
    event: { type: 'breach_reason', details: { reason: input.reason, previous: incident.breachReason } },
    audit: { action: 'incident.breach_reason_recorded' },
    change: 'breach_reason',
  });
}

/** "Record a crime": marks the hand-over to the crime module (once); closed incidents too. */
export async function requestCrime(deps: IncidentDeps, tx: Transaction<DB>, ctx: RequestContext, incident: IncidentRecord): Promise<IncidentRecord> {
  if (incident.crimeRequestedAt) throw new AppError('CRIME_ALREADY_REQUESTED', `A crime was already asked for from incident ${incident.reference} on ${incident.crimeRequestedAt.toISOString()}`);
  const now = new Date();
  return applyIncidentChange(
    deps,
    tx,
    ctx,
    incident,
    { patch: { crime_requested_at: now, crime_requested_by: ctx.actor?.userId ?? null }, event: { type: 'crime_requested' }, audit: { action: 'incident.crime_requested' }, change: 'crime_requested' },
    now,
  );
}
