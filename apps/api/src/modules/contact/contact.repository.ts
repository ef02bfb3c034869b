import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../core/db/schema';
import type { ContactChannelCode, MatchDecisionCode } from '../../core/db/schema.contact';
import type { ThriveAssessment } from '@bluelamp/contracts/contact/thrive';

type Q = Kysely<DB> | Transaction<DB>;

/** A contact as stored; presenters decide what leaves. */
export type ContactRecord = {
  id: string;
  reference: string;
  channel: string;
  receivedAt: Date;
  answeredAt: Date | null;
  callerGivenNames: string | null;
  callerFamilyName: string | null;
  callerPhone: string | null;
  callerDateOfBirth: string | null;
  callerAddress: string | null;
  callerLocationId: string | null;
  locationId: string | null;
  locationAddress: string | null;
  locationPostcode: string | null;
  latitude: number | null;
  longitude: number | null;
  directions: string | null;
  categoryCode: string;
  narrative: string;
  thrive: ThriveAssessment;
  proposedGrade: string;
  grade: string;
  gradeReason: string | null;
  createdAt: Date;
  createdBy: string | null;
  createdByUsername: string | null;
  version: number;
};

export type GradeChangeRecord = { from: string | null; to: string; reason: string | null; by: string | null; at: Date };
export type MatchDecisionRecord = { personId: string; decision: MatchDecisionCode; probability: number | null; by: string | null; at: Date };

function selectContacts(q: Q) {
  return q.selectFrom('contact as c').select([
    'c.id',
    'c.reference',
    'c.channel',
    'c.received_at as receivedAt',
    'c.answered_at as answeredAt',
    'c.caller_given_names as callerGivenNames',
    'c.caller_family_name as callerFamilyName',
    'c.caller_phone as callerPhone',
    sql<string | null>`c.caller_date_of_birth::text`.as('callerDateOfBirth'),
    'c.caller_address as callerAddress',
    'c.caller_location_id as callerLocationId',
    'c.location_id as locationId',
    'c.location_address as locationAddress',
    'c.location_postcode as locationPostcode',
    'c.latitude',
    'c.longitude',
    'c.directions',
    'c.category_code as categoryCode',
    'c.narrative',
    sql<ThriveAssessment>`c.thrive`.as('thrive'),
    'c.proposed_grade as proposedGrade',
    'c.grade',
    'c.grade_reason as gradeReason',
    'c.created_at as createdAt',
    'c.created_by as createdBy',
    'c.created_by_username as createdByUsername',
    'c.version',
  ]);
}

export type NewContact = Omit<ContactRecord, 'id' | 'reference' | 'createdAt' | 'version'>;

/**
 * Inserts a contact, numbering it in the same statement: CON-YYYY-NNNNNN, the year it was recorded
 * (UTC) and the next number of a sequence that never repeats. Returns the contact as stored.
 */
export async function insertContact(tx: Transaction<DB>, c: NewContact, year: number): Promise<ContactRecord> {
  const row = await tx
    .insertInto('contact')
    .values({
      reference: sql<string>`${`CON-${year}-`} || lpad(nextval('contact_reference_seq')::text, 6, '0')`,
      channel: c.channel as ContactChannelCode,
      received_at: c.receivedAt,
      answered_at: c.answeredAt,
      caller_given_names: c.callerGivenNames,
      caller_family_name: c.callerFamilyName,
      caller_phone: c.callerPhone,
      caller_date_of_birth: c.callerDateOfBirth,
      caller_address: c.callerAddress,
      caller_location_id: c.callerLocationId,
      location_id: c.locationId,
      location_address: c.locationAddress,
      location_postcode: c.locationPostcode,
      latitude: c.latitude,
      longitude: c.longitude,
      directions: c.directions,
      category_code: c.categoryCode,
      narrative: c.narrative,
      thrive: JSON.stringify(c.thrive),
      proposed_grade: c.proposedGrade,
      grade: c.grade,
      grade_reason: c.gradeReason,
      created_by: c.createdBy,
      created_by_username: c.createdByUsername,
    })
    .returning(['id', 'reference', 'created_at', 'version'])
    .executeTakeFirstOrThrow();
  return { ...c, id: row.id, reference: row.reference, createdAt: row.created_at, version: row.version };
}

export async function getContact(q: Q, id: string): Promise<ContactRecord | undefined> {
  return selectContacts(q).where('c.id', '=', id).executeTakeFirst();
}

/** Newest first; `createdBy` limits the list to one user's contacts (a user who may not see all). */
export async function listContacts(q: Q, filter: { createdBy?: string | undefined; limit: number; offset: number }): Promise<{ items: ContactRecord[]; total: number }> {
  let query = selectContacts(q);
  let count = q.selectFrom('contact as c').select((eb) => eb.fn.countAll<string>().as('n'));
  if (filter.createdBy) {
    query = query.where('c.created_by', '=', filter.createdBy);
    count = count.where('c.created_by', '=', filter.createdBy);
  }
  const items = await query.orderBy('c.received_at', 'desc').orderBy('c.id').limit(filter.limit).offset(filter.offset).execute();
  const { n } = await count.executeTakeFirstOrThrow();
  return { items, total: Number(n) };
}

/** Sets the grade if the contact is still at `expectedVersion`; false when someone changed it first. */
export async function updateContactGrade(tx: Transaction<DB>, id: string, expectedVersion: number, grade: string, reason: string): Promise<boolean> {
  const result = await tx
    .updateTable('contact')
    .set((eb) => ({ grade, grade_reason: reason, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertGradeChange(tx: Transaction<DB>, change: { contactId: string; from: string | null; to: string; reason: string | null; by: string | null; byUsername: string | null }): Promise<void> {
  await tx
    .insertInto('contact_grade_change')
    .values({ contact_id: change.contactId, from_grade: change.from, to_grade: change.to, reason: change.reason, changed_by: change.by, changed_by_username: change.byUsername })
    .execute();
}

export async function listGradeChanges(q: Q, contactId: string): Promise<GradeChangeRecord[]> {
  return q
    .selectFrom('contact_grade_change')
    .select(['from_grade as from', 'to_grade as to', 'reason', 'changed_by_username as by', 'changed_at as at'])
    .where('contact_id', '=', contactId)
    .orderBy('seq')
    .execute();
}

/** Records (or changes) the handler's answer about one suggested person for a contact. */
export async function upsertMatchDecision(
  tx: Transaction<DB>,
  d: { contactId: string; personId: string; decision: MatchDecisionCode; probability: number | null; by: string | null; byUsername: string | null },
): Promise<void> {
  const values = { decision: d.decision, probability: d.probability, decided_at: new Date(), decided_by: d.by, decided_by_username: d.byUsername };
  await tx
    .insertInto('contact_match_decision')
    .values({ contact_id: d.contactId, person_id: d.personId, ...values })
    .onConflict((oc) => oc.columns(['contact_id', 'person_id']).doUpdateSet(values))
    .execute();
}

export async function listMatchDecisions(q: Q, contactId: string): Promise<MatchDecisionRecord[]> {
  return q
    .selectFrom('contact_match_decision')
    .select(['person_id as personId', 'decision', 'probability', 'decided_by_username as by', 'decided_at as at'])
    .where('contact_id', '=', contactId)
    .orderBy('decided_at')
    .orderBy('person_id')
    .execute();
}

/** A short form of an earlier contact for the repeat-caller panel. */
export type EarlierContactRecord = { id: string; reference: string; receivedAt: Date; categoryCode: string; grade: string; callerGivenNames: string | null; callerFamilyName: string | null };
export type EarlierContactsRecord = { total: number; inWindow: number; recent: EarlierContactRecord[] };

type Where = { phone?: string; locationIds?: string[]; postcode?: string; ids?: string[] };

/**
 * Earlier contacts by phone, by place (as the incident location or the caller's address), by
 * postcode or among given ids: how many ever, how many received since `since`, and the latest
 * `recent`. `excludeId` leaves out the contact being taken.
 */
export async function findEarlierContacts(q: Q, where: Where, options: { since: Date; recent: number; excludeId?: string | undefined }): Promise<EarlierContactsRecord> {
  if (where.ids?.length === 0 || where.locationIds?.length === 0) return { total: 0, inWindow: 0, recent: [] };
  const base = q
    .selectFrom('contact as c')
    .$if(where.phone !== undefined, (qb) => qb.where('c.caller_phone', '=', where.phone!))
    .$if(where.locationIds !== undefined, (qb) => qb.where((eb) => eb.or([eb('c.location_id', 'in', where.locationIds!), eb('c.caller_location_id', 'in', where.locationIds!)])))
    .$if(where.postcode !== undefined, (qb) => qb.where('c.location_postcode', '=', where.postcode!))
    .$if(where.ids !== undefined, (qb) => qb.where('c.id', 'in', where.ids!))
    .$if(options.excludeId !== undefined, (qb) => qb.where('c.id', '!=', options.excludeId!));
  const counts = await base
    .select((eb) => [eb.fn.countAll<string>().as('total'), sql<string>`count(*) filter (where c.received_at >= ${options.since})`.as('inWindow')])
    .executeTakeFirstOrThrow();
  if (options.recent === 0) return { total: Number(counts.total), inWindow: Number(counts.inWindow), recent: [] };
  const recent = await base
    .select(['c.id', 'c.reference', 'c.received_at as receivedAt', 'c.category_code as categoryCode', 'c.grade', 'c.caller_given_names as callerGivenNames', 'c.caller_family_name as callerFamilyName'])
    .orderBy('c.received_at', 'desc')
    .orderBy('c.id')
    .limit(options.recent)
    .execute();
  return { total: Number(counts.total), inWindow: Number(counts.inWindow), recent };
}

/** Brief rows of the contacts among `ids`, newest first (a few candidates' confirmed contacts at once). */
export async function listEarlierContactsByIds(q: Q, ids: string[], excludeId?: string): Promise<EarlierContactRecord[]> {
  if (ids.length === 0) return [];
  return q
    .selectFrom('contact as c')
    .select(['c.id', 'c.reference', 'c.received_at as receivedAt', 'c.category_code as categoryCode', 'c.grade', 'c.caller_given_names as callerGivenNames', 'c.caller_family_name as callerFamilyName'])
    .where('c.id', 'in', ids)
    .$if(excludeId !== undefined, (qb) => qb.where('c.id', '!=', excludeId!))
    .orderBy('c.received_at', 'desc')
    .orderBy('c.id')
    .execute();
}

/** Contacts received in [from, to) per UTC hour (hours since the epoch), for the call side of the demand profile. */
export async function countContactsPerHour(q: Q, from: Date, to: Date): Promise<{ hourStart: Date; count: number }[]> {
  const rows = await q
    .selectFrom('contact as c')
    .select([sql<string>`floor(extract(epoch from c.received_at) / 3600)`.as('hour'), sql<string>`count(*)`.as('count')])
    .where('c.received_at', '>=', from)
    .where('c.received_at', '<', to)
    .groupBy(sql`1`)
    .execute();
  return rows.map((r) => ({ hourStart: new Date(Number(r.hour) * 3_600_000), count: Number(r.count) }));
}
