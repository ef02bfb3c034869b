import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../core/db/schema';
import { getStaffNames } from '../workforce';
import { listIncidentCategories, listResponseGrades } from '../platform';
import { listClosingCodes, listNonAttendanceReasons, type IncidentCodeRecord } from './control-room.repository';

type Q = Kysely<DB> | Transaction<DB>;

export type GradeInfo = { code: string; name: string; targetSeconds: number; sortOrder: number };

/** Names for codes: grades (with order and target), categories, non-attendance reasons, closing codes. */
export type ReferenceNames = {
  grades: ReadonlyMap<string, GradeInfo>;
  categories: ReadonlyMap<string, string>;
  nonAttendanceReasons: ReadonlyMap<string, IncidentCodeRecord>;
  closingCodes: ReadonlyMap<string, IncidentCodeRecord>;
};

/** How long names read from reference data are kept in memory (they change rarely; a stale name for a few seconds is harmless). */
const NAMES_TTL_MS = 10_000;
const namesCache = new WeakMap<object, { at: number; names: Promise<ReferenceNames>; value?: ReferenceNames }>();

async function readNames(q: Q): Promise<ReferenceNames> {
  const [grades, categories, reasons, closing] = [await listResponseGrades(q as Kysely<DB>), await listIncidentCategories(q as Kysely<DB>, { includeInactive: true }), await listNonAttendanceReasons(q), await listClosingCodes(q)];
  return {
    grades: new Map(grades.map((g) => [g.code, { code: g.code, name: g.name, targetSeconds: g.targetSeconds, sortOrder: g.sortOrder }])),
    categories: new Map(categories.map((c) => [c.code, c.name])),
    nonAttendanceReasons: new Map(reasons.map((r) => [r.code, r])),
    closingCodes: new Map(closing.map((c) => [c.code, c])),
  };
}

/**
 * Reference names, kept per database for NAMES_TTL_MS. For showing codes as words only: anything
 * that decides (a grade's target, whether a code is in use) reads the table in the transaction.
 * Inside a transaction pass it as `q`: a miss is read through it, and a read still in flight on the
 * pool is not waited for (PGlite has one connection: that read would wait for this transaction).
 */
export function referenceNames(db: Kysely<DB>, q: Q = db): Promise<ReferenceNames> {
  const hit = namesCache.get(db);
  const fresh = hit && Date.now() - hit.at < NAMES_TTL_MS;
  if (fresh && (hit.value || q === db)) return hit.value ? Promise.resolve(hit.value) : hit.names;
  const names = readNames(q);
  const entry: { at: number; names: Promise<ReferenceNames>; value?: ReferenceNames } = { at: Date.now(), names };
  namesCache.set(db, entry);
  names.then(
    (value) => {
      entry.value = value;
    },
    () => {
      if (namesCache.get(db) === entry) namesCache.delete(db);
    },
  );
  return names;
}

export type StaffName = { name: string; collarNumber: string };

/** Staff names kept per database for STAFF_TTL_MS (the board shows hundreds of officers a second). */
const STAFF_TTL_MS = 60_000;
const staffCache = new WeakMap<object, Map<string, { at: number; staff: StaffName | null }>>();

/** Names and collar numbers by staff id (null for an id with no staff record), from memory when fresh. */
export async function staffNames(db: Kysely<DB>, ids: Iterable<string>, q: Q = db): Promise<Map<string, StaffName | null>> {
  let cache = staffCache.get(db);
  if (!cache) staffCache.set(db, (cache = new Map()));
  const now = Date.now();
  const out = new Map<string, StaffName | null>();
  const missing: string[] = [];
  for (const id of new Set(ids)) {
    const hit = cache.get(id);
    if (hit && now - hit.at < STAFF_TTL_MS) out.set(id, hit.staff);
    else missing.push(id);
  }
  if (missing.length > 0) {
    const rows = await getStaffNames(q, missing);
    const byId = new Map(rows.map((r) => [r.id, { name: `${r.firstName} ${r.lastName}`, collarNumber: r.collarNumber }]));
    for (const id of missing) {
      const staff = byId.get(id) ?? null;
      cache.set(id, { at: now, staff });
      out.set(id, staff);
    }
  }
  return out;
}
