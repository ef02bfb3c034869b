import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../core/db/schema';

type Q = Kysely<DB> | Transaction<DB>;
export type DuplicateEntity = 'person' | 'location';
export type DuplicateStatus = 'open' | 'merged' | 'dismissed' | 'withdrawn';

export type DuplicateRecord = {
  id: string;
  entityType: DuplicateEntity;
  leftId: string;
  rightId: string;
  probability: number;
  reasons: string[];
  fingerprint: string;
  status: DuplicateStatus;
  proposedAt: Date;
  scoredAt: Date;
  statusChangedAt: Date;
  mergeId: string | null;
  dismissedAt: Date | null;
  dismissedBy: string | null;
  dismissalReason: string | null;
  dismissedFingerprint: string | null;
  dismissedProbability: number | null;
  reopenedAt: Date | null;
  version: number;
};

function selectDuplicates(q: Q) {
  return q
    .selectFrom('identity_duplicate')
    .select([
      'id',
      'entity_type as entityType',
      'left_id as leftId',
      'right_id as rightId',
      'probability',
      'reasons',
      'fingerprint',
      'status',
      'proposed_at as proposedAt',
      'scored_at as scoredAt',
      'status_changed_at as statusChangedAt',
      'merge_id as mergeId',
      'dismissed_at as dismissedAt',
      'dismissed_by_username as dismissedBy',
      'dismissal_reason as dismissalReason',
      'dismissed_fingerprint as dismissedFingerprint',
      'dismissed_probability as dismissedProbability',
      'reopened_at as reopenedAt',
      'version',
    ]);
}

/** The pair's two ids in the stored order (smaller first). */
export const orderedPair = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);

export async function getDuplicate(q: Q, entityType: DuplicateEntity, id: string, options: { forUpdate?: boolean } = {}): Promise<DuplicateRecord | undefined> {
  let query = selectDuplicates(q).where('entity_type', '=', entityType).where('id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function getDuplicateByPair(tx: Transaction<DB>, entityType: DuplicateEntity, leftId: string, rightId: string): Promise<DuplicateRecord | undefined> {
  return selectDuplicates(tx).where('entity_type', '=', entityType).where('left_id', '=', leftId).where('right_id', '=', rightId).forUpdate().executeTakeFirst();
}

/** Every proposal a record takes part in, whatever its status. */
export async function listDuplicatesOf(q: Q, entityType: DuplicateEntity, recordId: string): Promise<DuplicateRecord[]> {
  return selectDuplicates(q)
    .where('entity_type', '=', entityType)
    .where((eb) => eb.or([eb('left_id', '=', recordId), eb('right_id', '=', recordId)]))
    .orderBy('id')
    .execute();
}

/** Every proposal in one of the statuses (for a full scan to withdraw what it no longer finds). */
export async function listDuplicatesByStatus(q: Q, entityType: DuplicateEntity, statuses: DuplicateStatus[]): Promise<DuplicateRecord[]> {
  return selectDuplicates(q).where('entity_type', '=', entityType).where('status', 'in', statuses).orderBy('left_id').orderBy('right_id').execute();
}

export type DuplicateFilter = { status: DuplicateStatus; minProbability?: number | undefined; recordId?: string | undefined; limit: number; offset: number };

/** A page of proposals, most probable first. */
export async function findDuplicates(q: Q, entityType: DuplicateEntity, filter: DuplicateFilter): Promise<{ items: DuplicateRecord[]; total: number }> {
  let query = q.selectFrom('identity_duplicate').where('entity_type', '=', entityType).where('status', '=', filter.status);
  if (filter.minProbability !== undefined) query = query.where('probability', '>=', filter.minProbability);
  const recordId = filter.recordId;
  if (recordId) query = query.where((eb) => eb.or([eb('left_id', '=', recordId), eb('right_id', '=', recordId)]));
  const ids = query.select('id');
  const [items, count] = await Promise.all([
    selectDuplicates(q)
      .where('id', 'in', ids)
      .orderBy('probability', 'desc')
      .orderBy('status_changed_at', 'desc')
      .orderBy('id')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}

export type Scored = { probability: number; reasons: string[]; fingerprint: string };

export async function insertDuplicate(tx: Transaction<DB>, entityType: DuplicateEntity, leftId: string, rightId: string, scored: Scored): Promise<boolean> {
  const row = await tx
    .insertInto('identity_duplicate')
    .values({ entity_type: entityType, left_id: leftId, right_id: rightId, probability: scored.probability, reasons: JSON.stringify(scored.reasons), fingerprint: scored.fingerprint })
    .onConflict((oc) => oc.columns(['entity_type', 'left_id', 'right_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Stores fresh evidence on a proposal, and optionally moves it back to open. The version moves on
 * with a reopening or when the records themselves changed (`bumpVersion`), not for a score worked
 * out again on the same records (another process's model), so a reviewer is not refused for nothing.
 */
export async function rescoreDuplicate(tx: Transaction<DB>, id: string, scored: Scored, options: { reopen: boolean; bumpVersion: boolean }): Promise<void> {
  const now = new Date();
  await tx
    .updateTable('identity_duplicate')
    .set((eb) => ({
      probability: scored.probability,
      reasons: JSON.stringify(scored.reasons),
      fingerprint: scored.fingerprint,
      scored_at: now,
      ...(options.reopen || options.bumpVersion ? { version: eb('version', '+', 1) } : {}),
      ...(options.reopen ? { status: 'open' as const, status_changed_at: now, reopened_at: now } : {}),
    }))
    .where('id', '=', id)
    .execute();
}

/** Moves a proposal to another status; false when it is no longer at `expectedVersion` (someone else decided). */
export async function setDuplicateStatus(
  tx: Transaction<DB>,
  id: string,
  change:
    | { status: 'withdrawn' }
    | { status: 'merged'; mergeId: string }
    | { status: 'dismissed'; userId: string | null; username: string | null; reason: string; fingerprint: string; probability: number },
  expectedVersion?: number,
): Promise<boolean> {
  const now = new Date();
  const fields =
    change.status === 'merged'
      ? { merge_id: change.mergeId }
      : change.status === 'dismissed'
        ? {
            merge_id: null,
            dismissed_at: now,
            dismissed_by: change.userId,
            dismissed_by_username: change.username,
            dismissal_reason: change.reason,
            dismissed_fingerprint: change.fingerprint,
            dismissed_probability: change.probability,
          }
        : { merge_id: null };
  let query = tx
    .updateTable('identity_duplicate')
    .set((eb) => ({ status: change.status, status_changed_at: now, version: eb('version', '+', 1), ...fields }))
    .where('id', '=', id);
  if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Claims the check of one record at `version`: true when this caller moved the check row on (and
 * so does the check, in the same transaction); false when it was already checked at that version or
 * later. A second process claiming the same version waits on the row and then gets false.
 */
export async function claimCheck(tx: Transaction<DB>, entityType: DuplicateEntity, entityId: string, version: number): Promise<boolean> {
  const row = await tx
    .insertInto('identity_duplicate_check')
    .values({ entity_type: entityType, entity_id: entityId, checked_version: version, checked_at: new Date() })
    .onConflict((oc) =>
      oc
        .columns(['entity_type', 'entity_id'])
        .doUpdateSet({ checked_version: version, checked_at: new Date() })
        .where('identity_duplicate_check.checked_version', '<', version),
    )
    .returning('entity_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Marks records as checked at (at least) the given versions; a full scan records what it covered. */
export async function markChecked(tx: Transaction<DB>, entityType: DuplicateEntity, versions: { id: string; version: number }[]): Promise<void> {
  for (let i = 0; i < versions.length; i += 1000) {
    const chunk = versions.slice(i, i + 1000);
    await tx
      .insertInto('identity_duplicate_check')
      .values(chunk.map((v) => ({ entity_type: entityType, entity_id: v.id, checked_version: v.version, checked_at: new Date() })))
      .onConflict((oc) =>
        oc
          .columns(['entity_type', 'entity_id'])
          .doUpdateSet({ checked_version: sql`greatest(identity_duplicate_check.checked_version, excluded.checked_version)`, checked_at: new Date() }),
      )
      .execute();
  }
}

/** Current versions of records of one kind, live and merged ones alike (`ids` to narrow). */
export async function getVersions(q: Q, entityType: DuplicateEntity, ids?: string[]): Promise<Map<string, { version: number; mergedIntoId: string | null }>> {
  if (ids && ids.length === 0) return new Map();
  const rows =
    entityType === 'person'
      ? await q.selectFrom('person').select(['id', 'version', 'merged_into_id as mergedIntoId']).$if(ids !== undefined, (qb) => qb.where('id', 'in', ids!)).execute()
      : await q.selectFrom('location').select(['id', 'version', 'merged_into_id as mergedIntoId']).$if(ids !== undefined, (qb) => qb.where('id', 'in', ids!)).execute();
  return new Map(rows.map((r) => [r.id, { version: r.version, mergedIntoId: r.mergedIntoId }]));
}

/**
 * Records whose proposals were never worked out for their current version, oldest change first.
 * `settledBefore` leaves out changes so recent that this process may not have taken them in yet.
 */
export async function listUnchecked(q: Q, entityType: DuplicateEntity, options: { limit: number; settledBefore?: Date }): Promise<{ id: string; version: number }[]> {
  const { rows } = await sql<{ id: string; version: number }>`
    select r.id, r.version
    from ${sql.table(entityType === 'person' ? 'person' : 'location')} r
    left join identity_duplicate_check c on c.entity_type = ${entityType} and c.entity_id = r.id
    where (c.entity_id is null or c.checked_version < r.version)
      and r.updated_at < ${options.settledBefore ?? new Date(Date.now() + 60_000)}
    order by r.updated_at, r.id
    limit ${options.limit}`.execute(q);
  return rows;
}

/** Takes the lock that lets one full scan of one kind run at a time (across processes), until the transaction ends. */
export async function tryScanLock(tx: Transaction<DB>, entityType: DuplicateEntity): Promise<boolean> {
  const key = entityType === 'person' ? 7_240_501 : 7_240_502;
  const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(${key}) as locked`.execute(tx);
  return rows[0]?.locked === true;
}

export type PlaceRecord = {
  id: string;
  address: string;
  addressKey: string;
  searchText: string;
  flat: string | null;
  floor: number | null;
  buildingNumber: string | null;
  postcode: string | null;
  latitude: number | null;
  longitude: number | null;
  coordinatesSource: string | null;
};

function selectPlaces(q: Q) {
  return q
    .selectFrom('location')
    .select([
      'id',
      'address',
      'address_key as addressKey',
      'search_text as searchText',
      'flat',
      'floor',
      'building_number as buildingNumber',
      'postcode',
      'latitude',
      'longitude',
      'coordinates_source as coordinatesSource',
    ])
    .where('merged_into_id', 'is', null);
}

/** Live places by id (merged ones drop out). */
export async function getPlaces(q: Q, ids: string[]): Promise<PlaceRecord[]> {
  if (ids.length === 0) return [];
  return selectPlaces(q).where('id', 'in', ids).execute();
}

/** Live places in id order after `afterId`, a page at a time. */
export async function listPlaces(q: Q, page: { afterId?: string | undefined; limit: number }): Promise<PlaceRecord[]> {
  let query = selectPlaces(q);
  if (page.afterId) query = query.where('id', '>', page.afterId);
  return query.orderBy('id').limit(page.limit).execute();
}

/** About 60 m in degrees of latitude, and of longitude at London's latitude. */
const NEAR_LAT = 0.00055;
const NEAR_LON = 0.0009;

/**
 * Blocking for places: the live places that could be the same as `place` — same postcode, the same
 * building number on an address written much alike (trigram similarity, on the search-text index),
 * or given map positions within about 60 m. The comparison itself is `comparePlaces`.
 */
export async function listPlaceCandidates(q: Q, place: PlaceRecord, limit = 200): Promise<PlaceRecord[]> {
  return selectPlaces(q)
    .where('id', '<>', place.id)
    .where((eb) => {
      const ors = [];
      if (place.postcode) ors.push(eb('postcode', '=', place.postcode));
      if (place.buildingNumber) ors.push(eb.and([eb('building_number', '=', place.buildingNumber), eb(sql`search_text`, sql`%`, place.searchText)]));
      if (place.coordinatesSource === 'given' && place.latitude !== null && place.longitude !== null) {
        ors.push(
          eb.and([
            eb('coordinates_source', '=', 'given'),
            eb('latitude', '>=', place.latitude - NEAR_LAT),
            eb('latitude', '<=', place.latitude + NEAR_LAT),
            eb('longitude', '>=', place.longitude - NEAR_LON),
            eb('longitude', '<=', place.longitude + NEAR_LON),
          ]),
        );
      }
      return ors.length ? eb.or(ors) : sql<boolean>`false`;
    })
    .orderBy('id')
    .limit(limit)
    .execute();
}

export type SideRecord = {
  id: string;
  names: { kind: string; givenNames: string; familyName: string; nameOrder: string }[];
  address: string | null;
  dateOfBirth: string | null;
  postcode: string | null;
  mergedIntoId: string | null;
};

/**
 * What a list shows of each side of a pair: a person's own names (not those merged into them), date
 * of birth and latest postcode; a place's address and postcode. Merged records are included.
 */
export async function getSides(q: Q, entityType: DuplicateEntity, ids: string[]): Promise<Map<string, SideRecord>> {
  if (ids.length === 0) return new Map();
  if (entityType === 'location') {
    const rows = await q.selectFrom('location').select(['id', 'address', 'postcode', 'merged_into_id as mergedIntoId']).where('id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.id, { ...r, names: [], dateOfBirth: null }]));
  }
  const persons = await q.selectFrom('person').select(['id', sql<string | null>`date_of_birth::text`.as('dateOfBirth'), 'merged_into_id as mergedIntoId']).where('id', 'in', ids).execute();
  const names = await q
    .selectFrom('person_name')
    .select(['person_id as personId', 'kind', 'given_names as givenNames', 'family_name as familyName', 'name_order as nameOrder'])
    .where('person_id', 'in', ids)
    .where('removed_at', 'is', null)
    .orderBy('seq')
    .execute();
  const postcodes = await q
    .selectFrom('person_address as a')
    .innerJoin('location as l', 'l.id', 'a.location_id')
    .leftJoin('location as s', 's.id', 'l.merged_into_id')
    .select(['a.person_id as personId', sql<string | null>`coalesce(s.postcode, l.postcode)`.as('postcode')])
    .where('a.person_id', 'in', ids)
    .where('a.removed_at', 'is', null)
    .orderBy('a.seq')
    .execute();
  return new Map(
    persons.map((p) => [
      p.id,
      {
        ...p,
        address: null,
        names: names.filter((n) => n.personId === p.id).map(({ personId: _p, ...n }) => n),
        postcode: postcodes.filter((a) => a.personId === p.id && a.postcode).at(-1)?.postcode ?? null,
      },
    ]),
  );
}
