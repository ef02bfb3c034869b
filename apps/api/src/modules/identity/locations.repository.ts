import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../core/db/schema';

type Q = Kysely<DB> | Transaction<DB>;

export type FlagRecord = {
  id: string;
  kind: string;
  markerType: string | null;
  note: string | null;
  setAt: Date;
  setBy: string | null;
  removedAt: Date | null;
  removedBy: string | null;
  removalReason: string | null;
};

/** A location as stored, with its flags and the records merged into it; presenters decide what leaves. */
export type LocationRecord = {
  id: string;
  address: string;
  postcode: string | null;
  flat: string | null;
  floor: number | null;
  buildingNumber: string | null;
  latitude: number | null;
  longitude: number | null;
  coordinatesSource: string | null;
  premisesType: string | null;
  mergedIntoId: string | null;
  createdAt: Date;
  version: number;
  flags: FlagRecord[];
  mergedFrom: string[];
};

export type NewLocation = {
  address: string;
  addressKey: string;
  searchText: string;
  flat: string | null;
  floor: number | null;
  buildingNumber: string | null;
  postcode: string | null;
  latitude: number | null;
  longitude: number | null;
  coordinatesSource: 'given' | 'postcode' | null;
  premisesType: string | null;
  createdBy: string | null;
};

export const flagColumns = [
  'id',
  'kind',
  'marker_type as markerType',
  'note',
  'set_at as setAt',
  'set_by_username as setBy',
  'removed_at as removedAt',
  'removed_by_username as removedBy',
  'removal_reason as removalReason',
] as const;

function selectLocations(q: Q) {
  return q
    .selectFrom('location as l')
    .select([
      'l.id',
      'l.address',
      'l.postcode',
      'l.flat',
      'l.floor',
      'l.building_number as buildingNumber',
      'l.latitude',
      'l.longitude',
      'l.coordinates_source as coordinatesSource',
      'l.premises_type as premisesType',
      'l.merged_into_id as mergedIntoId',
      'l.created_at as createdAt',
      'l.version',
    ]);
}
type LocationRow = Awaited<ReturnType<ReturnType<typeof selectLocations>['executeTakeFirstOrThrow']>>;

/** Adds flags and merged-from ids to rows; flags of merged records show on their survivor. */
async function withDetails(q: Q, rows: LocationRow[]): Promise<LocationRecord[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const merged = await q.selectFrom('location').select(['id', 'merged_into_id']).where('merged_into_id', 'in', ids).orderBy('id').execute();
  const owner = new Map<string, string>(ids.map((id) => [id, id]));
  for (const m of merged) owner.set(m.id, m.merged_into_id!);
  const flags = await q
    .selectFrom('location_flag')
    .select([...flagColumns, 'location_id'])
    .where('location_id', 'in', [...owner.keys()])
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({
    ...r,
    flags: flags.filter((f) => owner.get(f.location_id) === r.id).map(({ location_id: _l, ...f }) => f),
    mergedFrom: merged.filter((m) => m.merged_into_id === r.id).map((m) => m.id),
  }));
}

/** One location by id, merged or not (the caller decides what a merged one answers). */
export async function getLocation(q: Q, id: string): Promise<LocationRecord | undefined> {
  const row = await selectLocations(q).where('l.id', '=', id).executeTakeFirst();
  return row && (await withDetails(q, [row]))[0];
}

/** The live location an address key belongs to: its own record or, if that was merged, the survivor. */
export async function findLocationIdByKey(q: Q, addressKey: string): Promise<string | undefined> {
  const row = await q
    .selectFrom('location')
    .select(sql<string>`coalesce(merged_into_id, id)`.as('id'))
    .where('address_key', '=', addressKey)
    .orderBy(sql`merged_into_id is null`, 'desc')
    .executeTakeFirst();
  return row?.id;
}

/**
 * Inserts a location unless a live one with the same key exists (two callers racing to create the
 * same place both end up with the one row); undefined when it already existed.
 */
export async function insertLocation(tx: Transaction<DB>, input: NewLocation): Promise<string | undefined> {
  const row = await tx
    .insertInto('location')
    .values({
      address: input.address,
      address_key: input.addressKey,
      search_text: input.searchText,
      flat: input.flat,
      floor: input.floor,
      building_number: input.buildingNumber,
      postcode: input.postcode,
      latitude: input.latitude,
      longitude: input.longitude,
      coordinates_source: input.coordinatesSource,
      premises_type: input.premisesType,
      created_by: input.createdBy,
    })
    .onConflict((oc) => oc.column('address_key').where('merged_into_id', 'is', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export type LocationSearch = { postcode?: string | undefined; text?: string | undefined; limit: number; offset: number };

/**
 * Live locations by postcode and/or address text. Text matches as a substring of the normalised
 * address or by trigram word similarity (`<%`, indexed), best match first.
 */
export async function searchLocations(q: Q, filter: LocationSearch): Promise<{ items: LocationRecord[]; total: number }> {
  let query = q.selectFrom('location as l').where('l.merged_into_id', 'is', null);
  if (filter.postcode) query = query.where('l.postcode', '=', filter.postcode);
  const text = filter.text;
  if (text) {
    const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('l.search_text', 'like', like), eb(sql`${text}`, sql`<%`, sql.ref('l.search_text'))]));
  }
  const order = text ? sql`word_similarity(${text}, l.search_text) desc, l.address, l.id` : sql`l.address, l.id`;
  const [ids, count] = await Promise.all([
    query.select('l.id').orderBy(order).limit(filter.limit).offset(filter.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  const rows = ids.length ? await selectLocations(q).where('l.id', 'in', ids.map((r) => r.id)).execute() : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = await withDetails(q, ids.map((r) => byId.get(r.id)!));
  return { items, total: Number(count.total) };
}

/** Bumps the version if it is still `expectedVersion` and the place is live; false otherwise. */
export async function bumpLocationVersion(tx: Transaction<DB>, id: string, expectedVersion: number): Promise<boolean> {
  const result = await tx
    .updateTable('location')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .where('merged_into_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export type NewFlag = { kind: string; markerType: string | null; note: string | null; setBy: string | null; setByUsername: string | null };

export async function insertLocationFlag(tx: Transaction<DB>, locationId: string, flag: NewFlag): Promise<string> {
  const { id } = await tx
    .insertInto('location_flag')
    .values({ location_id: locationId, kind: flag.kind, marker_type: flag.markerType, note: flag.note, set_by: flag.setBy, set_by_username: flag.setByUsername })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Marks a current flag of one of `locationIds` removed; false when there is no such current flag. */
export async function removeLocationFlag(tx: Transaction<DB>, locationIds: string[], flagId: string, by: { userId: string | null; username: string | null; reason: string }): Promise<boolean> {
  const result = await tx
    .updateTable('location_flag')
    .set({ removed_at: new Date(), removed_by: by.userId, removed_by_username: by.username, removal_reason: by.reason })
    .where('id', '=', flagId)
    .where('location_id', 'in', locationIds)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Points a location at its survivor (or back to live with null) and bumps the version; see setPersonMergedInto. */
export async function setLocationMergedInto(tx: Transaction<DB>, id: string, survivorId: string | null, expectedVersion?: number): Promise<boolean> {
  let query = tx
    .updateTable('location')
    .set((eb) => ({ merged_into_id: survivorId, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id);
  if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Repoints records merged into `fromId` to `toId` (only those still pointing at `fromId`); returns their ids. */
export async function repointLocations(tx: Transaction<DB>, ids: string[] | 'all', fromId: string, toId: string): Promise<string[]> {
  if (ids !== 'all' && ids.length === 0) return [];
  let query = tx.updateTable('location').set({ merged_into_id: toId }).where('merged_into_id', '=', fromId);
  if (ids !== 'all') query = query.where('id', 'in', ids);
  const rows = await query.returning('id').execute();
  return rows.map((r) => r.id);
}
