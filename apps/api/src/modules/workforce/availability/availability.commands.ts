import type { Transaction } from 'kysely';
import type { OfficerAvailability, SetPositionRequest } from '@bluelamp/contracts/workforce/availability';
import type { DB } from '../../../core/db/schema';
import type { RequestContext } from '../../../core/context';
import type { EventBus } from '../../../core/events';
import { AppError, notFound, versionConflict } from '../../../core/errors';
import { writeAudit } from '../../../core/audit';
import { lockStatus, updatePosition, updateStatus, type StatusUpdate } from './availability.repository';
import { availabilityFor } from './availability.service';
import type { StatusRow } from './effective-status';

/** The live event of every status change; dispatch screens follow it. */
export const AVAILABILITY_CHANGED = 'workforce.availability_changed';

export type AvailabilityDeps = { events: EventBus };

type Change = {
  staffId: string;
  /** The version the caller read; omitted by command and control, which decides on the state it sees under lock. */
  version?: number | undefined;
  action: string;
  details?: Record<string, unknown>;
  /** Decides the update from the state now (throws when the change is not allowed). */
  decide: (state: OfficerAvailability, row: StatusRow) => StatusUpdate;
};

/**
 * The one way a status changes: locks the person's row, checks the version, decides on the state
 * derived from the roster and the row, writes, audits and publishes (on commit).
 */
async function changeStatus(deps: AvailabilityDeps, tx: Transaction<DB>, ctx: RequestContext, change: Change, now = Date.now()): Promise<OfficerAvailability> {
  const service = availabilityFor(deps);
  const row = await lockStatus(tx, change.staffId);
  const state = await service.stateOf(tx, change.staffId, now, row);
  if (!state) throw notFound('The officer or staff member');
  if (change.version !== undefined && change.version !== row.version) throw versionConflict('The status', state);
  const update = change.decide(state, row);
  if (!(await updateStatus(tx, change.staffId, row.version, update))) throw versionConflict('The status', state);
  const after = (await service.stateOf(tx, change.staffId, now, await lockStatus(tx, change.staffId)))!;
  await writeAudit(tx, ctx, { action: change.action, entityType: 'staff', entityId: change.staffId, details: { from: state.status, to: after.status, ...change.details } });
  await deps.events.publish(tx, {
    type: AVAILABILITY_CHANGED,
    permission: 'workforce:availability',
    entityType: 'staff',
    entityId: change.staffId,
    data: { status: after.status, onDuty: after.onDuty, incidentId: after.incidentId },
  });
  return after;
}

const committed = (state: OfficerAvailability) =>
  new AppError('OFFICER_ALREADY_COMMITTED', `${state.firstName} ${state.lastName} is committed to an incident`, { current: state });

/** The officer books on (starts their shift), available. */
export function bookOn(deps: AvailabilityDeps, tx: Transaction<DB>, ctx: RequestContext, staffId: string, version: number) {
  return changeStatus(deps, tx, ctx, {
    staffId,
    version,
    action: 'availability.booked_on',
    decide: (state) => {
      if (state.status === 'committed') throw committed(state);
      return { status: 'available', bookedOnAt: new Date(), bookedOffAt: null };
    },
  });
}

/** The officer books off (ends their shift): not while committed to an incident. */
export function bookOff(deps: AvailabilityDeps, tx: Transaction<DB>, ctx: RequestContext, staffId: string, version: number) {
  return changeStatus(deps, tx, ctx, {
    staffId,
    version,
    action: 'availability.booked_off',
    decide: (state) => {
      if (state.status === 'committed') throw committed(state);
      if (!state.onDuty) throw new AppError('OFFICER_NOT_ON_DUTY', 'You are not on duty', { current: state });
      return { status: 'off_duty', bookedOnAt: null, bookedOffAt: new Date() };
    },
  });
}

/** The officer sets available or refreshment while on duty. */
export function setOwnStatus(deps: AvailabilityDeps, tx: Transaction<DB>, ctx: RequestContext, staffId: string, input: { status: 'available' | 'refreshment'; version: number }) {
  return changeStatus(deps, tx, ctx, {
    staffId,
    version: input.version,
    action: 'availability.status_set',
    decide: (state) => {
      if (state.status === 'committed') throw committed(state);
      if (!state.onDuty) throw new AppError('OFFICER_NOT_ON_DUTY', 'Book on first: you are not on duty', { current: state });
      return { status: input.status };
    },
  });
}

/**
 * Commits an officer to an incident: the hand-over for command and control, which calls it inside
 * its own transaction when it dispatches. 409 OFFICER_ALREADY_COMMITTED when they are committed
 * (to this or another incident), 409 OFFICER_NOT_ON_DUTY when they are not on duty.
 */
export function commitOfficer(deps: AvailabilityDeps, tx: Transaction<DB>, ctx: RequestContext, input: { staffId: string; incidentId: string }) {
  return changeStatus(deps, tx, ctx, {
    staffId: input.staffId,
    action: 'availability.committed',
    details: { incidentId: input.incidentId },
    decide: (state) => {
      if (state.status === 'committed') throw committed(state);
      if (!state.onDuty) throw new AppError('OFFICER_NOT_ON_DUTY', `${state.firstName} ${state.lastName} is not on duty`, { current: state });
      return { status: 'committed', incidentId: input.incidentId, committedAt: new Date() };
    },
  });
}

/** Releases an officer from an incident (available again). 409 OFFICER_NOT_COMMITTED unless committed to that incident. */
export function releaseOfficer(deps: AvailabilityDeps, tx: Transaction<DB>, ctx: RequestContext, input: { staffId: string; incidentId: string }) {
  return changeStatus(deps, tx, ctx, {
    staffId: input.staffId,
    action: 'availability.released',
    details: { incidentId: input.incidentId },
    decide: (state, row) => {
      if (row.incidentId !== input.incidentId) throw new AppError('OFFICER_NOT_COMMITTED', `${state.firstName} ${state.lastName} is not committed to that incident`, { current: state });
      return { status: 'available', incidentId: null, committedAt: null };
    },
  });
}

/** The officer's device reports where they are; only the last known position is kept (the audit trail keeps each report). */
export async function reportPosition(tx: Transaction<DB>, ctx: RequestContext, staffId: string, input: SetPositionRequest): Promise<void> {
  const at = input.recordedAt ? new Date(input.recordedAt) : new Date();
  if (at.getTime() > Date.now() + 60_000) throw new AppError('VALIDATION_FAILED', 'body/recordedAt is in the future', { issues: [{ path: 'body/recordedAt', message: 'body/recordedAt is in the future' }] });
  await updatePosition(tx, staffId, input.latitude, input.longitude, at);
  await writeAudit(tx, ctx, { action: 'availability.position_reported', entityType: 'staff', entityId: staffId, details: { latitude: input.latitude, longitude: input.longitude, at: at.toISOString() } });
}
