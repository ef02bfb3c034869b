import type { Kysely, Transaction } from 'kysely';
import type { Incident } from '@bluelamp/contracts/incidents/incidents';
import type { DB } from '../../../core/db/schema';
import { callerName, getContact } from '../../contact';
import { listAssignments, listIncidentEvents, type IncidentRecord } from '../incidents.repository';
import { presentIncident } from '../incidents.presenter';
import { referenceNames, staffNames } from '../incidents.reference';

/**
 * The incident as GET /api/incidents/:id shows it: names for its codes, its contact's reference and
 * caller, its officers by name, its timeline. `q` is the request's transaction when there is one.
 * The caller decides visibility and audits the read.
 */
export async function presentFullIncident(db: Kysely<DB>, q: Kysely<DB> | Transaction<DB>, incident: IncidentRecord): Promise<Incident> {
  const names = await referenceNames(db, q);
  const contact = incident.contactId ? await getContact(q, incident.contactId) : undefined;
  const assignments = await listAssignments(q, incident.id);
  const events = await listIncidentEvents(q, incident.id);
  const staff = await staffNames(db, [...assignments.map((a) => a.staffId), ...events.flatMap((e) => (e.staffId ? [e.staffId] : []))], q);
  return presentIncident(incident, { names, contact: contact ? { id: contact.id, reference: contact.reference, callerName: callerName(contact) } : null, assignments, events, staff });
}
