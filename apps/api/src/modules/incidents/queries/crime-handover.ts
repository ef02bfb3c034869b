import type { Kysely, Transaction } from 'kysely';
import type { CrimeHandover } from '@bluelamp/contracts/incidents/incidents';
import type { DB } from '../../../core/db/schema';
import { getContact, listMatchDecisions } from '../../contact';
import { getIncident, listAssignments } from '../incidents.repository';
import { presentAttendance } from '../incidents.presenter';
import { referenceNames, staffNames } from '../incidents.reference';

export type { CrimeHandover };

/**
 * "Record a crime": everything known about an incident for the crime module to start from — the
 * contact and caller (with the person confirmed as the caller), category, place, times, the officers
 * who attended, narrative and attendance. Undefined for an unknown incident. The caller decides who
 * may see it and audits the read (it carries the caller's personal details).
 */
export async function crimeHandoverFor(q: Kysely<DB> | Transaction<DB>, incidentId: string): Promise<CrimeHandover | undefined> {
  const incident = await getIncident(q, incidentId);
  if (!incident) return undefined;
  const names = await referenceNames(q as Kysely<DB>, q);
  const contact = incident.contactId ? await getContact(q, incident.contactId) : undefined;
  const confirmed = contact ? (await listMatchDecisions(q, contact.id)).find((d) => d.decision === 'confirmed') : undefined;
  const assignments = (await listAssignments(q, incident.id)).filter((a) => a.arrivedAt || a.status !== 'released');
  const staff = await staffNames(q as Kysely<DB>, assignments.map((a) => a.staffId), q);
  return {
    incidentId: incident.id,
    incidentReference: incident.reference,
    contactId: contact?.id ?? null,
    contactReference: contact?.reference ?? null,
    caller: contact
      ? {
          givenNames: contact.callerGivenNames,
          familyName: contact.callerFamilyName,
          phone: contact.callerPhone,
          dateOfBirth: contact.callerDateOfBirth,
          address: contact.callerAddress,
          personId: confirmed?.personId ?? null,
        }
      : null,
    categoryCode: incident.categoryCode,
    categoryName: incident.categoryCode ? (names.categories.get(incident.categoryCode) ?? incident.categoryCode) : null,
    categoryText: incident.categoryText,
    grade: incident.grade,
    location: { locationId: incident.locationId, address: incident.locationAddress, postcode: incident.locationPostcode, latitude: incident.latitude, longitude: incident.longitude, directions: incident.directions },
    narrative: incident.narrative,
    receivedAt: incident.receivedAt.toISOString(),
    firstArrivedAt: incident.firstArrivedAt?.toISOString() ?? null,
    attendingOfficers: assignments.map((a) => ({ staffId: a.staffId, name: staff.get(a.staffId)?.name ?? null, collarNumber: staff.get(a.staffId)?.collarNumber ?? null, arrivedAt: a.arrivedAt?.toISOString() ?? null })),
    attendance: presentAttendance(incident, names),
    requestedAt: incident.crimeRequestedAt?.toISOString() ?? null,
    requestedBy: incident.crimeRequestedBy,
    crimeId: incident.crimeId,
  };
}
