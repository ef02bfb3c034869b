import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../core/db/schema';
import { flagColumns, type FlagRecord, type NewFlag } from './locations.repository';

type Q = Kysely<DB> | Transaction<DB>;

/** A person as stored, with every current detail (their own and those of records merged into them). */
export type PersonRecord = {
  id: string;
  dateOfBirth: string | null;
  gender: string | null;
  mergedIntoId: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  names: { id: string; kind: string; givenNames: string; familyName: string; nameOrder: string; addedAt: Date }[];
  phones: { id: string; number: string; addedAt: Date }[];
  emails: { id: string; address: string; addedAt: Date }[];
  addresses: { id: string; locationId: string; address: string; postcode: string | null; from: string | null; to: string | null; addedAt: Date }[];
  identifiers: { id: string; kind: string; value: string; description: string | null; addedAt: Date }[];
  /** Current and removed. */
  flags: FlagRecord[];
  mergedFrom: string[];
};

/** The tables of a person's removable details (flags are removed with a reason, apart). */
export type PersonDetailTable = 'person_name' | 'person_phone' | 'person_email' | 'person_address' | 'person_identifier';

function selectPersonRows(q: Q) {
  return q
    .selectFrom('person as p')
    .select([
      'p.id',
      sql<string | null>`p.date_of_birth::text`.as('dateOfBirth'),
      'p.gender',
      'p.merged_into_id as mergedIntoId',
      'p.created_at as createdAt',
      'p.updated_at as updatedAt',
      'p.version',
    ]);
}

/** The person row alone (merged or not), for version and merge checks. */
export async function getPersonRow(q: Q, id: string) {
  return selectPersonRows(q).where('p.id', '=', id).executeTakeFirst();
}

/** The ids whose details belong to this person: their own and every record merged into them. */
export async function getPersonIdsWithMerged(q: Q, id: string): Promise<string[]> {
  const merged = await q.selectFrom('person').select('id').where('merged_into_id', '=', id).orderBy('id').execute();
  return [id, ...merged.map((m) => m.id)];
}

/** One person with their details; undefined when there is no such id (merged records included). */
export async function getPerson(q: Q, id: string): Promise<PersonRecord | undefined> {
  const row = await getPersonRow(q, id);
  if (!row) return undefined;
  const ids = row.mergedIntoId ? [id] : await getPersonIdsWithMerged(q, id);
  const names = await q
    .selectFrom('person_name')
    .select(['id', 'kind', 'given_names as givenNames', 'family_name as familyName', 'name_order as nameOrder', 'added_at as addedAt'])
    .where('person_id', 'in', ids)
    .where('removed_at', 'is', null)
    .orderBy('seq')
    .execute();
  const phones = await q
    .selectFrom('person_phone')
    .select(['id', 'number', 'added_at as addedAt'])
    .where('person_id', 'in', ids)
    .where('removed_at', 'is', null)
    .orderBy('seq')
    .execute();
  const emails = await q
    .selectFrom('person_email')
    .select(['id', 'address', 'added_at as addedAt'])
    .where('person_id', 'in', ids)
    .where('removed_at', 'is', null)
    .orderBy('seq')
    .execute();
  const identifiers = await q
    .selectFrom('person_identifier')
    .select(['id', 'kind', 'value', 'description', 'added_at as addedAt'])
    .where('person_id', 'in', ids)
    .where('removed_at', 'is', null)
    .orderBy('seq')
    .execute();
  // An address shows the place it is now: a merged location answers with its survivor.
  const addresses = await q
    .selectFrom('person_address as pa')
    .innerJoin('location as l', 'l.id', 'pa.location_id')
    .leftJoin('location as s', 's.id', 'l.merged_into_id')
    .select([
      'pa.id',
      sql<string>`coalesce(s.id, l.id)`.as('locationId'),
      sql<string>`coalesce(s.address, l.address)`.as('address'),
      sql<string | null>`coalesce(s.postcode, l.postcode)`.as('postcode'),
      sql<string | null>`pa.valid_from::text`.as('from'),
      sql<string | null>`pa.valid_to::text`.as('to'),
      'pa.added_at as addedAt',
    ])
    .where('pa.person_id', 'in', ids)
    .where('pa.removed_at', 'is', null)
    .orderBy(sql`pa.valid_from desc nulls last`)
    .orderBy('pa.seq')
    .execute();
  const flags = await q.selectFrom('person_flag').select(flagColumns).where('person_id', 'in', ids).orderBy('seq').execute();
  return { ...row, names, phones, emails, addresses, identifiers, flags, mergedFrom: ids.slice(1) };
}

export async function insertPerson(tx: Transaction<DB>, input: { dateOfBirth: string | null; gender: string | null; createdBy: string | null }): Promise<string> {
  const { id } = await tx
    .insertInto('person')
    .values({ date_of_birth: input.dateOfBirth, gender: input.gender, created_by: input.createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/**
 * Bumps a live person's version (and applies field changes) if it is still `expectedVersion`;
 * false when someone else changed the person first or the person was merged.
 */
export async function updatePerson(
  tx: Transaction<DB>,
  id: string,
  expectedVersion: number,
  changes: { dateOfBirth?: string | null | undefined; gender?: string | null | undefined } = {},
): Promise<boolean> {
  const result = await tx
    .updateTable('person')
    .set((eb) => ({
      ...(changes.dateOfBirth !== undefined && { date_of_birth: changes.dateOfBirth }),
      ...(changes.gender !== undefined && { gender: changes.gender }),
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .where('merged_into_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

type By = string | null;

export async function insertPersonName(tx: Transaction<DB>, personId: string, n: { kind: string; givenNames: string; familyName: string; nameOrder: string }, by: By): Promise<string> {
  const { id } = await tx
    .insertInto('person_name')
    .values({ person_id: personId, kind: n.kind, given_names: n.givenNames, family_name: n.familyName, name_order: n.nameOrder, added_by: by })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertPersonPhone(tx: Transaction<DB>, personId: string, number: string, by: By): Promise<string> {
  const { id } = await tx.insertInto('person_phone').values({ person_id: personId, number, added_by: by }).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function insertPersonEmail(tx: Transaction<DB>, personId: string, address: string, by: By): Promise<string> {
  const { id } = await tx.insertInto('person_email').values({ person_id: personId, address, added_by: by }).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function insertPersonAddress(tx: Transaction<DB>, personId: string, a: { locationId: string; from: string | null; to: string | null }, by: By): Promise<string> {
  const { id } = await tx
    .insertInto('person_address')
    .values({ person_id: personId, location_id: a.locationId, valid_from: a.from, valid_to: a.to, added_by: by })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertPersonIdentifier(tx: Transaction<DB>, personId: string, i: { kind: string; value: string; description: string | null }, by: By): Promise<string> {
  const { id } = await tx
    .insertInto('person_identifier')
    .values({ person_id: personId, kind: i.kind, value: i.value, description: i.description, added_by: by })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertPersonFlag(tx: Transaction<DB>, personId: string, flag: NewFlag): Promise<string> {
  const { id } = await tx
    .insertInto('person_flag')
    .values({ person_id: personId, kind: flag.kind, marker_type: flag.markerType, note: flag.note, set_by: flag.setBy, set_by_username: flag.setByUsername })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Marks a current detail of one of `personIds` removed (kept as history); false when there is none. */
export async function removePersonDetail(tx: Transaction<DB>, table: PersonDetailTable, personIds: string[], detailId: string, by: By): Promise<boolean> {
  const result = await sql`
    update ${sql.table(table)} set removed_at = now(), removed_by = ${by}
    where id = ${detailId} and person_id in (${sql.join(personIds)}) and removed_at is null`.execute(tx);
  return Number(result.numAffectedRows ?? 0) === 1;
}

/** Marks a current flag removed, with who and why; false when there is no such current flag. */
export async function removePersonFlag(tx: Transaction<DB>, personIds: string[], flagId: string, by: { userId: By; username: string | null; reason: string }): Promise<boolean> {
  const result = await tx
    .updateTable('person_flag')
    .set({ removed_at: new Date(), removed_by: by.userId, removed_by_username: by.username, removal_reason: by.reason })
    .where('id', '=', flagId)
    .where('person_id', 'in', personIds)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Points a person at their survivor (or back to live with null) and bumps the version; with
 * `expectedVersion`, only if it still matches (false otherwise).
 */
export async function setPersonMergedInto(tx: Transaction<DB>, id: string, survivorId: string | null, expectedVersion?: number): Promise<boolean> {
  let query = tx
    .updateTable('person')
    .set((eb) => ({ merged_into_id: survivorId, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id);
  if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Repoints records merged into `fromId` to `toId` (all, or the listed ones still pointing there); returns their ids. */
export async function repointPersons(tx: Transaction<DB>, ids: string[] | 'all', fromId: string, toId: string): Promise<string[]> {
  if (ids !== 'all' && ids.length === 0) return [];
  let query = tx.updateTable('person').set({ merged_into_id: toId }).where('merged_into_id', '=', fromId);
  if (ids !== 'all') query = query.where('id', 'in', ids);
  const rows = await query.returning('id').execute();
  return rows.map((r) => r.id);
}
