import type { Incident, IncidentAttendance, IncidentSummary } from '@bluelamp/contracts/incidents/incidents';
import type { BoardIncident } from '@bluelamp/contracts/incidents/board';
import type { AssignmentRecord, IncidentEventRecord, IncidentRecord } from './incidents.repository';
import type { BoardRowRecord } from './control-room.repository';
import type { ReferenceNames, StaffName } from './incidents.reference';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** Address, else postcode: the short place text of lists and the board. */
export const locationText = (i: { locationAddress: string | null; locationPostcode: string | null }): string | null => i.locationAddress ?? i.locationPostcode ?? null;

export type IncidentContactLink = { id: string; reference: string; callerName: string | null } | null;

export function presentAttendance(i: IncidentRecord, names: ReferenceNames): IncidentAttendance {
  return {
    attended: i.attended,
    reasonCode: i.nonAttendanceReason,
    reasonName: i.nonAttendanceReason ? (names.nonAttendanceReasons.get(i.nonAttendanceReason)?.name ?? i.nonAttendanceReason) : null,
    note: i.nonAttendanceNote,
    status: i.nonAttendanceStatus,
    decidedBy: i.nonAttendanceDecidedBy,
    decidedAt: iso(i.nonAttendanceDecidedAt),
  };
}

/** The only shape of an incident that leaves the server. */
export function presentIncident(
  i: IncidentRecord,
  parts: { names: ReferenceNames; contact: IncidentContactLink; assignments: AssignmentRecord[]; events: IncidentEventRecord[]; staff: ReadonlyMap<string, StaffName | null> },
): Incident {
  const { names, staff } = parts;
  return {
    id: i.id,
    reference: i.reference,
    source: i.source,
    contact: parts.contact,
    categoryCode: i.categoryCode,
    categoryName: i.categoryCode ? (names.categories.get(i.categoryCode) ?? i.categoryCode) : null,
    categoryText: i.categoryText,
    grade: i.grade,
    gradeName: names.grades.get(i.grade)?.name ?? i.grade,
    originalGrade: i.originalGrade,
    targetSeconds: i.targetSeconds,
    receivedAt: i.receivedAt.toISOString(),
    targetAt: i.targetAt.toISOString(),
    status: i.status,
    location: { locationId: i.locationId, address: i.locationAddress, postcode: i.locationPostcode, latitude: i.latitude, longitude: i.longitude, directions: i.directions },
    narrative: i.narrative,
    firstDispatchedAt: iso(i.firstDispatchedAt),
    firstEnRouteAt: iso(i.firstEnRouteAt),
    firstArrivedAt: iso(i.firstArrivedAt),
    clearedAt: iso(i.clearedAt),
    closedAt: iso(i.closedAt),
    breachedAt: iso(i.breachedAt),
    breachReason: i.breachReason,
    withinTarget: i.firstArrivedAt ? i.firstArrivedAt.getTime() <= i.targetAt.getTime() : null,
    attendance: presentAttendance(i, names),
    closing: { code: i.closingCode, name: i.closingCode ? (names.closingCodes.get(i.closingCode)?.name ?? i.closingCode) : null, note: i.closingNote },
    crime: { requestedAt: iso(i.crimeRequestedAt), requestedBy: i.crimeRequestedBy, crimeId: i.crimeId },
    assignments: parts.assignments.map((a) => ({
      id: a.id,
      staffId: a.staffId,
      name: staff.get(a.staffId)?.name ?? null,
      collarNumber: staff.get(a.staffId)?.collarNumber ?? null,
      status: a.status,
      assignedAt: a.assignedAt.toISOString(),
      recommended: a.recommended,
      distanceMetres: a.distanceMetres,
      etaSeconds: a.etaSeconds,
      enRouteAt: iso(a.enRouteAt),
      arrivedAt: iso(a.arrivedAt),
      clearedAt: iso(a.clearedAt),
      releasedAt: iso(a.releasedAt),
      version: a.version,
    })),
    timeline: parts.events.map((e) => ({
      seq: e.seq,
      type: e.type,
      staffId: e.staffId,
      staffName: e.staffId ? (staff.get(e.staffId)?.name ?? null) : null,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      occurredAt: e.occurredAt.toISOString(),
      recordedAt: e.recordedAt.toISOString(),
      by: e.byUsername,
      details: e.details,
    })),
    createdAt: i.createdAt.toISOString(),
    createdBy: i.createdByUsername,
    updatedAt: i.updatedAt.toISOString(),
    version: i.version,
  };
}

export function presentIncidentSummary(i: IncidentRecord, names: ReferenceNames): IncidentSummary {
  return {
    id: i.id,
    reference: i.reference,
    source: i.source,
    categoryCode: i.categoryCode,
    categoryName: i.categoryCode ? (names.categories.get(i.categoryCode) ?? i.categoryCode) : i.categoryText,
    grade: i.grade,
    gradeName: names.grades.get(i.grade)?.name ?? i.grade,
    status: i.status,
    receivedAt: i.receivedAt.toISOString(),
    targetAt: i.targetAt.toISOString(),
    firstArrivedAt: iso(i.firstArrivedAt),
    breachedAt: iso(i.breachedAt),
    closedAt: iso(i.closedAt),
    locationText: locationText(i),
    attended: i.attended,
    version: i.version,
  };
}

export function presentBoardIncident(r: BoardRowRecord, names: ReferenceNames, officers: BoardIncident['officers']): BoardIncident {
  const grade = names.grades.get(r.grade);
  return {
    id: r.id,
    reference: r.reference,
    grade: r.grade,
    gradeName: grade?.name ?? r.grade,
    gradeSortOrder: grade?.sortOrder ?? 1_000,
    categoryCode: r.categoryCode,
    categoryName: r.categoryCode ? (names.categories.get(r.categoryCode) ?? r.categoryCode) : r.categoryText,
    status: r.status,
    receivedAt: new Date(r.receivedAtMs).toISOString(),
    targetAt: new Date(r.targetAtMs).toISOString(),
    targetSeconds: r.targetSeconds,
    breachedAt: r.breachedAtMs === null ? null : new Date(r.breachedAtMs).toISOString(),
    firstArrivedAt: r.firstArrivedAtMs === null ? null : new Date(r.firstArrivedAtMs).toISOString(),
    locationText: locationText(r),
    latitude: r.latitude,
    longitude: r.longitude,
    officers,
    attended: r.attended,
    nonAttendanceStatus: r.nonAttendanceStatus,
    version: r.version,
  };
}
