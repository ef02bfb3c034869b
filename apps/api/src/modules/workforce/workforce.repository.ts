import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../core/db/schema';

type Q = Kysely<DB> | Transaction<DB>;

// ---------------------------------------------------------------------------------------------
// Postcodes

// The UK postcode format (outward code, then a digit and two letters), with the letters each position
// may hold, plus the Girobank's GIR 0AA. Checked on the compacted, upper-cased text.
const POSTCODE = /^(?:GIR0AA|(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])[0-9][ABD-HJLNP-UW-Z]{2})$/;

/**
 * A UK postcode written the standard way ('ec2m4np', ' EC2M  4NP ' → 'EC2M 4NP'), or undefined when
 * the text is not a valid postcode.
 */
export function normalisePostcode(input: string): string | undefined {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  if (!POSTCODE.test(compact)) return undefined;
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

export type PostcodeLookupRecord = {
  postcode: string;
  latitude: number;
  longitude: number;
  inForceArea: boolean;
  /** Null outside the force area. */
  beatCode: string | null;
  beatName: string | null;
};

/** Finds a postcode in the gazetteer (any spelling normalisePostcode accepts); undefined when invalid or unknown. */
export async function lookupPostcode(q: Q, postcode: string): Promise<PostcodeLookupRecord | undefined> {
  const normalised = normalisePostcode(postcode);
  if (!normalised) return undefined;
  return q
    .selectFrom('postcode as p')
    .leftJoin('beat as b', 'b.id', 'p.beat_id')
    .select(['p.postcode', 'p.latitude', 'p.longitude', 'p.in_force_area as inForceArea', 'b.code as beatCode', 'b.name as beatName'])
    .where('p.postcode', '=', normalised)
    .executeTakeFirst();
}

// ---------------------------------------------------------------------------------------------
// Staff

/** An officer or staff member as the directory shows them. */
export type StaffRecord = {
  id: string;
  collarNumber: string;
  firstName: string;
  lastName: string;
  rank: string;
  roleTitle: string;
  isPoliceOfficer: boolean;
  teamId: string | null;
  teamName: string | null;
  stationId: string | null;
  stationName: string | null;
  lineManagerId: string | null;
  email: string | null;
};

export type ListStaffFilter = {
  /** Words of a name in any order ("smith j", "jane smi"), or a collar number ("247CP"). */
  search?: string | undefined;
  teamId?: string | undefined;
  stationId?: string | undefined;
  rank?: string | undefined;
  /** People who have left are hidden unless asked for. */
  includeInactive?: boolean | undefined;
  limit: number;
  offset: number;
};

function selectStaff(q: Q) {
  return q
    .selectFrom('staff as s')
    .leftJoin('team as t', 't.id', 's.team_id')
    .leftJoin('station as st', 'st.id', 's.station_id')
    .select([
      's.id',
      's.collar_number as collarNumber',
      's.first_name as firstName',
      's.last_name as lastName',
      's.rank',
      's.role_title as roleTitle',
      's.is_police_officer as isPoliceOfficer',
      's.team_id as teamId',
      't.name as teamName',
      's.station_id as stationId',
      'st.name as stationName',
      's.line_manager_id as lineManagerId',
      's.email',
    ]);
}

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A page of the directory, by surname then first name, with the number that matched. */
export async function listStaff(q: Q, filter: ListStaffFilter): Promise<{ items: StaffRecord[]; total: number }> {
  let query = selectStaff(q);
  if (!filter.includeInactive) query = query.where('s.is_active', '=', true);
  if (filter.teamId) query = query.where('s.team_id', '=', filter.teamId);
  if (filter.stationId) query = query.where('s.station_id', '=', filter.stationId);
  if (filter.rank) query = query.where('s.rank', '=', filter.rank);
  const words = (filter.search ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 5);
  for (const word of words) {
    // Each word must appear in "last first" (the trigram-indexed expression) or be the collar number.
    query = query.where((eb) =>
      eb.or([eb(sql`lower(s.last_name || ' ' || s.first_name)`, 'like', `%${escapeLike(word)}%`), eb(sql`lower(s.collar_number)`, '=', word)]),
    );
  }
  // The page and its total are independent queries: on a pool they run side by side.
  const [items, count] = await Promise.all([
    query.orderBy('s.last_name').orderBy('s.first_name').orderBy('s.id').limit(filter.limit).offset(filter.offset).execute(),
    query.clearSelect().select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}

export async function getStaff(q: Q, id: string): Promise<StaffRecord | undefined> {
  return selectStaff(q).where('s.id', '=', id).executeTakeFirst();
}

/** Names and collar numbers of several people at once (leavers too), for showing ids as people. */
export async function getStaffNames(q: Q, ids: readonly string[]): Promise<{ id: string; collarNumber: string; firstName: string; lastName: string; rank: string }[]> {
  if (ids.length === 0) return [];
  return q.selectFrom('staff as s').select(['s.id', 's.collar_number as collarNumber', 's.first_name as firstName', 's.last_name as lastName', 's.rank']).where('s.id', 'in', [...ids]).execute();
}

// ---------------------------------------------------------------------------------------------
// Teams, stations, beats

export type TeamRecord = {
  id: string;
  code: string;
  name: string;
  kind: string;
  neighbourhoodFocus: string | null;
  stationId: string | null;
  /** Active members only. */
  memberCount: number;
};

export async function listTeams(q: Q): Promise<TeamRecord[]> {
  const rows = await q
    .selectFrom('team as t')
    .leftJoin('staff as s', (join) => join.onRef('s.team_id', '=', 't.id').on('s.is_active', '=', true))
    .select(['t.id', 't.code', 't.name', 't.kind', 't.neighbourhood_focus as neighbourhoodFocus', 't.station_id as stationId'])
    .select((eb) => eb.fn.count<number>('s.id').as('memberCount'))
    .groupBy('t.id')
    .orderBy('t.name')
    .execute();
  return rows.map((r) => ({ ...r, memberCount: Number(r.memberCount) }));
}

export type StationRecord = { id: string; code: string; name: string; address: string; postcode: string; latitude: number; longitude: number };

export async function listStations(q: Q): Promise<StationRecord[]> {
  return q.selectFrom('station').select(['id', 'code', 'name', 'address', 'postcode', 'latitude', 'longitude']).orderBy('name').execute();
}

export type BeatRecord = {
  id: string;
  code: string;
  name: string;
  stationId: string;
  neighbourhoodTeam: string | null;
  centroidLatitude: number;
  centroidLongitude: number;
};

export async function listBeats(q: Q): Promise<BeatRecord[]> {
  return q
    .selectFrom('beat')
    .select([
      'id',
      'code',
      'name',
      'station_id as stationId',
      'neighbourhood_team as neighbourhoodTeam',
      'centroid_latitude as centroidLatitude',
      'centroid_longitude as centroidLongitude',
    ])
    .orderBy('code')
    .execute();
}
