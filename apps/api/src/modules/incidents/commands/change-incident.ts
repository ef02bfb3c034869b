import type { Transaction } from 'kysely';
import type { DB } from '../../../core/db/schema';
import type { RequestContext } from '../../../core/context';
import { writeAudit } from '../../../core/audit';
import { appendIncidentEvent, getIncident, updateIncident, type IncidentPatch, type IncidentRecord } from '../incidents.repository';
import { publishIncidentChanged, type IncidentDeps } from './sync-incident-status';

export type IncidentChange = {
  patch: IncidentPatch;
  /** The timeline entry (type and details). */
  event: { type: string; fromStatus?: string | null; toStatus?: string | null; details?: Record<string, unknown> };
  /** The audit action (incident.*) and what it names. */
  audit: { action: string; details?: Record<string, unknown> };
  /** The live event's `change`. */
  change: string;
};

/**
 * One control-room change to a locked incident (from lockIncident, version already checked): the
 * update (version bumped), its timeline entry, audit and live event, in the caller's transaction.
 */
export async function applyIncidentChange(deps: IncidentDeps, tx: Transaction<DB>, ctx: RequestContext, incident: IncidentRecord, c: IncidentChange, at = new Date()): Promise<IncidentRecord> {
  if (!(await updateIncident(tx, incident.id, incident.version, c.patch))) throw new Error(`incident ${incident.id} changed while locked`);
  await appendIncidentEvent(tx, { incidentId: incident.id, type: c.event.type, fromStatus: c.event.fromStatus ?? null, toStatus: c.event.toStatus ?? null, occurredAt: at, byUser: ctx.actor?.userId ?? null, byUsername: ctx.actor?.username ?? null, details: c.event.details ?? {} });
  await writeAudit(tx, ctx, { action: c.audit.action, entityType: 'incident', entityId: incident.id, details: c.audit.details ?? {} });
  const after = (await getIncident(tx, incident.id))!;
  await publishIncidentChanged(deps, tx, after, c.change);
  return after;
}
