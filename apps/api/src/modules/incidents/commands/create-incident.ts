import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../core/db/schema';
import type { RequestContext } from '../../../core/context';
import { AppError } from '../../../core/errors';
import { writeAudit } from '../../../core/audit';
import type { ContactRecord } from '../../contact';
import { referenceCacheOf } from '../../platform';
import { appendIncidentEventReturning, getIncidentByContact, type IncidentEventRecord, type IncidentRecord, type NewIncidentRow } from '../incidents.repository';
import { insertIncidentOnce } from '../control-room.repository';
import { publishIncidentChanged, type IncidentDeps } from './sync-incident-status';

/** 409 INCIDENT_EXISTS: the contact already has its incident (details.current: which). */
const incidentExists = (contact: ContactRecord, existing: IncidentRecord | undefined): AppError =>
  new AppError('INCIDENT_EXISTS', `Contact ${contact.reference} already has an incident${existing ? ` (${existing.reference})` : ''}`, {
    current: existing ? { id: existing.id, reference: existing.reference, status: existing.status, version: existing.version } : null,
  });

/**
 * Creates the incident of a recorded contact with nothing re-typed: category, grade (now and first:
 * the contact's grade), the grade's target from received time, place, directions and narrative.
 * One incident per contact (409 INCIDENT_EXISTS, even for two requests at the same moment).
 * Records 'created', audits and publishes. Returns the incident and its timeline so far, without
 * reading them back (intake is the busiest write).
 */
export async function createIncidentFromContact(
  deps: IncidentDeps,
  tx: Transaction<DB>,
  ctx: RequestContext,
  contact: ContactRecord,
  options: { now?: Date; contactIsNew?: boolean } = {},
): Promise<{ incident: IncidentRecord; events: IncidentEventRecord[] }> {
  const now = options.now ?? new Date();
  // A contact recorded in this transaction has no incident yet: no need to look (the insert guards anyway).
  if (!options.contactIsNew) {
    const existing = await getIncidentByContact(tx, contact.id);
    if (existing) throw incidentExists(contact, existing);
  }
  const grade = (await referenceCacheOf(deps.events).responseGrades(tx)).find((g) => g.code === contact.grade);
  if (!grade) throw new AppError('UNKNOWN_GRADE', `The contact's grade ${contact.grade} is not a response grade`);
  const by = ctx.actor?.userId ?? null;
  const byUsername = ctx.actor?.username ?? null;
  const row: Omit<NewIncidentRow, 'reference'> = {
    source: 'contact',
    contact_id: contact.id,
    category_code: contact.categoryCode,
    category_text: null,
    grade: grade.code,
    original_grade: grade.code,
    target_seconds: grade.targetSeconds,
    received_at: contact.receivedAt,
    target_at: new Date(contact.receivedAt.getTime() + grade.targetSeconds * 1000),
    status: 'awaiting_dispatch',
    location_id: contact.locationId,
    location_address: contact.locationAddress,
    location_postcode: contact.locationPostcode,
    latitude: contact.latitude,
    longitude: contact.longitude,
    directions: contact.directions,
    narrative: contact.narrative,
    created_by: by,
    created_by_username: byUsername,
  };
  const inserted = await insertIncidentOnce(tx, row, now.getUTCFullYear());
  if (!inserted) throw incidentExists(contact, await getIncidentByContact(tx, contact.id));
  // The row as written (no re-read): what was given, and the id and times the database set.
  const incident: IncidentRecord = {
    id: inserted.id,
    reference: inserted.reference,
    source: 'contact',
    contactId: contact.id,
    categoryCode: contact.categoryCode,
    categoryText: null,
    grade: grade.code,
    originalGrade: grade.code,
    targetSeconds: grade.targetSeconds,
    receivedAt: contact.receivedAt,
    targetAt: row.target_at as Date,
    status: 'awaiting_dispatch',
    locationId: contact.locationId,
    locationAddress: contact.locationAddress,
    locationPostcode: contact.locationPostcode,
    latitude: contact.latitude,
    longitude: contact.longitude,
    directions: contact.directions,
    narrative: contact.narrative,
    firstDispatchedAt: null,
    firstEnRouteAt: null,
    firstArrivedAt: null,
    clearedAt: null,
    closedAt: null,
    breachedAt: null,
    breachReason: null,
    attended: null,
    nonAttendanceReason: null,
    nonAttendanceNote: null,
    nonAttendanceStatus: null,
    nonAttendanceDecidedBy: null,
    nonAttendanceDecidedAt: null,
    closingCode: null,
    closingNote: null,
    crimeRequestedAt: null,
    crimeRequestedBy: null,
    crimeId: null,
    createdAt: inserted.createdAt,
    createdBy: by,
    createdByUsername: byUsername,
    updatedAt: inserted.updatedAt,
    version: 1,
  };
  const created = await appendIncidentEventReturning(tx, {
    incidentId: incident.id,
    type: 'created',
    toStatus: 'awaiting_dispatch',
    occurredAt: now,
    byUser: by,
    byUsername,
    details: { contactId: contact.id, contactReference: contact.reference, grade: grade.code, targetSeconds: grade.targetSeconds },
  });
  await writeAudit(tx, ctx, { action: 'incident.created', entityType: 'incident', entityId: incident.id, details: { contactId: contact.id, grade: grade.code, categoryCode: contact.categoryCode } });
  await publishIncidentChanged(deps, tx, incident, 'created');
  return { incident, events: [created] };
}
