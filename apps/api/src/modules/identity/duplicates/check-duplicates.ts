import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../core/db/schema';
import { AppError } from '../../../core/errors';
import type { RequestContext } from '../../../core/context';
import { writeAudit } from '../../../core/audit';
import { listPersonsForMatching, type PersonMatchRecord } from '../person-search.repository';
import { toMatchInputs, type PersonMatchingService } from '../person-matching.service';
import {
  getPlaces,
  getVersions,
  listDuplicatesByStatus,
  listDuplicatesOf,
  listPlaceCandidates,
  listPlaces,
  markChecked,
  orderedPair,
  tryScanLock,
  type DuplicateEntity,
  type PlaceRecord,
} from './duplicates.repository';
import { fingerprintOf, pairFingerprint, proposePair, reconcileRecord, settlePair, type PairScore, type ReconcileOutcome } from './reconcile-proposals';
import { comparePlaces } from './compare-places';

/**
 * Persons at or above this probability are proposed. Lower than the engine's operating point (0.9,
 * "the same person" for batch de-duplication): a person reviews every proposal, so the queue may
 * hold pairs the engine is less sure of, most probable first.
 */
export const PERSON_PROPOSAL_THRESHOLD = 0.8;
/** Candidates asked of the index per name of a person. */
const CANDIDATES_PER_NAME = 10;

/**
 * The persons who look like `record`, with the engine's probability and reasons: each of their
 * names (with their date of birth, phone, address…) is looked up in the process's matching index
 * (blocking, comparisons and reasons are the engine's), best name per other person.
 */
export function personCandidates(matching: PersonMatchingService, record: PersonMatchRecord): Map<string, PairScore> {
  const best = new Map<string, PairScore>();
  for (const { input } of toMatchInputs(record)) {
    for (const match of matching.search(input, { limit: CANDIDATES_PER_NAME, threshold: PERSON_PROPOSAL_THRESHOLD })) {
      if (match.personId === record.id) continue;
      const prior = best.get(match.personId);
      if (!prior || match.probability > prior.probability) best.set(match.personId, { probability: match.probability, reasons: match.reasons });
    }
  }
  return best;
}

/**
 * The pair's evidence as seen from its smaller id (the stored left side), so the same two records
 * always read the same ("Bob is a form of Robert", not that one way and the reverse the other),
 * whichever of them changed. `fallback` when the left side's look-up does not reach the right.
 */
function scoreFromLeft(matching: PersonMatchingService, a: PersonMatchRecord, b: PersonMatchRecord, fallback: PairScore): PairScore {
  const [left, right] = a.id < b.id ? [a, b] : [b, a];
  return personCandidates(matching, left).get(right.id) ?? fallback;
}

const loadPersons = async (q: Kysely<DB> | Transaction<DB>, ids: string[]): Promise<Map<string, PersonMatchRecord>> => {
  if (ids.length === 0) return new Map();
  const { items } = await listPersonsForMatching(q, { ids, limit: ids.length });
  return new Map(items.map((p) => [p.id, p]));
};

/**
 * Works out one person's proposals afresh (the caller has claimed the check). An open pair the
 * person's own look-up no longer finds is kept when the other person's look-up still finds it
 * (blocking is not symmetric at the edges), so a pair does not flicker with whichever side changed.
 */
export async function checkPerson(tx: Transaction<DB>, matching: PersonMatchingService, personId: string): Promise<ReconcileOutcome[]> {
  const existing = await listDuplicatesOf(tx, 'person', personId);
  const otherIds = existing.map((row) => (row.leftId === personId ? row.rightId : row.leftId));
  // One read for the person and those already paired with them; a second only for newcomers.
  const records = await loadPersons(tx, [personId, ...otherIds]);
  const self = records.get(personId);
  records.delete(personId);
  const found = self ? personCandidates(matching, self) : new Map<string, PairScore>();
  const newcomers = [...found.keys()].filter((id) => !otherIds.includes(id));
  for (const [id, record] of await loadPersons(tx, newcomers)) records.set(id, record);
  if (self) {
    for (const [otherId, score] of found) {
      const other = records.get(otherId);
      if (other && otherId < personId) found.set(otherId, scoreFromLeft(matching, self, other, score));
    }
    for (const row of existing) {
      const other = records.get(row.leftId === personId ? row.rightId : row.leftId);
      if (row.status !== 'open' || !other || found.has(other.id)) continue;
      const back = personCandidates(matching, other).get(personId);
      if (back) found.set(other.id, back);
    }
    records.set(personId, self);
  }
  const fingerprints = new Map([...records.values()].map((p) => [p.id, fingerprintOf(p)]));
  return reconcileRecord(tx, 'person', personId, existing, found, fingerprints);
}

/** The places that look like `place`, by the place rules. */
async function placeCandidates(q: Kysely<DB> | Transaction<DB>, place: PlaceRecord): Promise<Map<string, PairScore>> {
  const found = new Map<string, PairScore>();
  for (const other of await listPlaceCandidates(q, place)) {
    const score = comparePlaces(place, other);
    if (score) found.set(other.id, score);
  }
  return found;
}

/** Works out one place's proposals afresh (the caller has claimed the check). */
export async function checkPlace(tx: Transaction<DB>, locationId: string): Promise<ReconcileOutcome[]> {
  const existing = await listDuplicatesOf(tx, 'location', locationId);
  const otherIds = existing.map((row) => (row.leftId === locationId ? row.rightId : row.leftId));
  const [self] = await getPlaces(tx, [locationId]);
  const found = self ? await placeCandidates(tx, self) : new Map<string, PairScore>();
  const places = new Map((await getPlaces(tx, [...new Set([...otherIds, ...found.keys()])])).map((p) => [p.id, p]));
  if (self) {
    // The rules are symmetric: a pair found before is compared again directly.
    for (const other of places.values()) {
      if (found.has(other.id)) continue;
      const score = comparePlaces(self, other);
      if (score) found.set(other.id, score);
    }
    places.set(self.id, self);
  }
  const fingerprints = new Map([...places.values()].map((p) => [p.id, fingerprintOf(p)]));
  return reconcileRecord(tx, 'location', locationId, existing, found, fingerprints);
}

export type ScanCounts = { records: number; pairs: number; opened: number; reopened: number; updated: number; withdrawn: number; skipped: number };

const emptyCounts = (): ScanCounts => ({ records: 0, pairs: 0, opened: 0, reopened: 0, updated: 0, withdrawn: 0, skipped: 0 });

function count(counts: ScanCounts, outcome: ReconcileOutcome): void {
  if (outcome === 'opened' || outcome === 'reopened' || outcome === 'updated' || outcome === 'withdrawn') counts[outcome]++;
}

type FoundPair = { left: string; right: string; score: PairScore };

/**
 * Writes a full scan's findings: every pair found is proposed (as `proposePair` decides), every open
 * proposal not found is withdrawn or settled, and every record covered is marked checked at the
 * version read before the scan. Records changed since that read are left to the change-driven check.
 * One scan of a kind at a time, across processes (an advisory lock held until commit); audited with its counts.
 */
async function writeScan(
  tx: Transaction<DB>,
  ctx: RequestContext,
  entityType: DuplicateEntity,
  versionsBefore: Map<string, { version: number; mergedIntoId: string | null }>,
  pairs: FoundPair[],
  fingerprints: Map<string, string>,
): Promise<ScanCounts> {
  if (!(await tryScanLock(tx, entityType))) {
    throw new AppError('DUPLICATE_SCAN_RUNNING', `A scan for duplicate ${entityType === 'person' ? 'persons' : 'places'} is already running; try again when it has finished`);
  }
  const counts = emptyCounts();
  const now = await getVersions(tx, entityType);
  const fresh = new Set<string>();
  for (const [id, before] of versionsBefore) {
    if (before.mergedIntoId === null && now.get(id)?.version === before.version) fresh.add(id);
  }
  counts.records = fingerprints.size;
  counts.skipped = fingerprints.size - [...fingerprints.keys()].filter((id) => fresh.has(id)).length;
  // Check rows first, then proposals in pair order: the same order as the change-driven check.
  await markChecked(tx, entityType, [...fresh].sort().map((id) => ({ id, version: versionsBefore.get(id)!.version })));
  const foundKeys = new Set<string>();
  for (const pair of pairs.sort((a, b) => `${a.left}|${a.right}`.localeCompare(`${b.left}|${b.right}`))) {
    foundKeys.add(`${pair.left}|${pair.right}`);
    if (!fresh.has(pair.left) || !fresh.has(pair.right)) continue;
    const fingerprint = pairFingerprint({ id: pair.left, fingerprint: fingerprints.get(pair.left)! }, { id: pair.right, fingerprint: fingerprints.get(pair.right)! });
    count(counts, await proposePair(tx, entityType, pair.left, pair.right, { ...pair.score, fingerprint }));
  }
  counts.pairs = pairs.length;
  const isLive = (id: string) => now.has(id) && now.get(id)!.mergedIntoId === null;
  for (const row of await listDuplicatesByStatus(tx, entityType, ['open', 'merged'])) {
    if (foundKeys.has(`${row.leftId}|${row.rightId}`) && row.status === 'open') continue;
    const isSettled = row.status === 'merged' || !isLive(row.leftId) || !isLive(row.rightId) || (fresh.has(row.leftId) && fresh.has(row.rightId));
    if (isSettled) count(counts, await settlePair(tx, row, isLive));
  }
  await writeAudit(tx, ctx, { action: `${entityType}.duplicates_scanned`, entityType, details: counts });
  return counts;
}

/**
 * Full scan of persons: every live person looked up in the process's matching index (as the
 * change-driven check does, so both agree), then written in one transaction.
 */
export async function scanPersons(db: Kysely<DB>, ctx: RequestContext, matching: PersonMatchingService): Promise<ScanCounts> {
  const versionsBefore = await getVersions(db, 'person');
  await matching.settled();
  const fingerprints = new Map<string, string>();
  // Per pair, the evidence from its left side's look-up where there is one (see scoreFromLeft).
  const best = new Map<string, FoundPair & { isFromLeft: boolean }>();
  let afterId: string | undefined;
  do {
    const page = await listPersonsForMatching(db, { afterId, limit: 2_000 });
    for (const record of page.items) {
      fingerprints.set(record.id, fingerprintOf(record));
      for (const [other, score] of personCandidates(matching, record)) {
        const [left, right] = orderedPair(record.id, other);
        const key = `${left}|${right}`;
        const isFromLeft = record.id === left;
        const prior = best.get(key);
        if (!prior || (isFromLeft && !prior.isFromLeft)) best.set(key, { left, right, score, isFromLeft });
      }
    }
    afterId = page.nextAfterId;
  } while (afterId);
  // A pair with a person who went while the scan read is not proposed.
  const pairs = [...best.values()].filter((p) => fingerprints.has(p.left) && fingerprints.has(p.right));
  return db.transaction().execute((tx) => writeScan(tx, ctx, 'person', versionsBefore, pairs, fingerprints));
}

/** Full scan of places: every live place against its blocking candidates, by the place rules. */
export async function scanPlaces(db: Kysely<DB>, ctx: RequestContext): Promise<ScanCounts> {
  const versionsBefore = await getVersions(db, 'location');
  const fingerprints = new Map<string, string>();
  const pairs: FoundPair[] = [];
  let afterId: string | undefined;
  for (;;) {
    const page = await listPlaces(db, { afterId, limit: 1_000 });
    if (page.length === 0) break;
    for (const place of page) {
      fingerprints.set(place.id, fingerprintOf(place));
      for (const [other, score] of await placeCandidates(db, place)) {
        // Each pair once: from its smaller id.
        if (place.id < other) pairs.push({ left: place.id, right: other, score });
      }
    }
    afterId = page[page.length - 1]!.id;
  }
  const live = pairs.filter((p) => fingerprints.has(p.left) && fingerprints.has(p.right));
  return db.transaction().execute((tx) => writeScan(tx, ctx, 'location', versionsBefore, live, fingerprints));
}
