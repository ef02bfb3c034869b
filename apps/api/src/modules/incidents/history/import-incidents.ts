/**
 * Bringing history in from an old command-and-control system: one CSV row per incident, columns
 * named by a field map. Each row is read and checked on its own first (a row that cannot be read is
 * reported with its line and reason, and skipped); the rows that pass go in batches, each batch in
 * one transaction with its audit record. The old system's reference is the key: a row whose
 * reference is already there is counted, not duplicated, so the same import can be run again.
 * A batch the database refuses (which the checks should make impossible) is retried row by row, so
 * one bad row never takes its neighbours with it and nothing is half-imported.
 *
 * An imported incident is closed ('imported'), counts under the grade it maps to with that grade's
 * target today, and gets a timeline at the old system's times: imported (at receipt), dispatched,
 * on scene, breached (when it arrived after the target), cleared, closed — so the response report
 * reads it exactly as it reads an incident run here.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../core/db/schema';
import type { RequestContext } from '../../../core/context';
import { writeAudit } from '../../../core/audit';
import { listIncidentCategories, listResponseGrades } from '../../platform';
import { readCsvRecords } from './csv-stream';
import { insertImportedIncidents, type ImportedEventRow, type ImportedIncidentRow } from './history.repository';
import { parseOldSystemTime, type DateOrder } from './parse-time';

export const IMPORT_FIELDS = ['reference', 'received_at', 'dispatched_at', 'arrived_at', 'cleared_at', 'grade', 'category', 'latitude', 'longitude', 'postcode', 'narrative'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const REQUIRED_FIELDS: readonly ImportField[] = ['reference', 'received_at', 'grade'];

export type ImportOptions = {
  /** Field → the file's column name. */
  map: Partial<Record<ImportField, string>>;
  /** The old system's grade value → a grade code; without it the cell must be a grade code or name. */
  gradeMap?: Map<string, string>;
  timeZone: string;
  dateOrder: DateOrder;
  /** The text the export writes for an empty cell (e.g. NULL). */
  nullText?: string;
  /** Where the rows came from (kept on the imported event and the audit record). */
  sourceName: string;
  batchSize?: number;
  now?: Date;
  /** Kept as the incidents' created_by_username ('import' unless told). */
  createdByUsername?: string;
};

/** A mistake in the import's set-up (a column not in the file, a grade-map target that is not a grade). */
export class ImportSetupError extends Error {}

export type RowError = { line: number; reason: string; kind: string };

export type ImportSummary = {
  read: number;
  imported: number;
  alreadyThere: number;
  rejected: number;
  /** The first 1,000 rejected rows. */
  errors: RowError[];
  /** Rejections by kind of reason, most frequent first. */
  reasons: { kind: string; count: number }[];
  seconds: number;
};

/** One row ready to insert. */
export type PreparedIncident = { line: number; row: ImportedIncidentRow; events: Omit<ImportedEventRow, 'reference' | 'ord'>[] };

type Reference = {
  grades: Map<string, { code: string; targetSeconds: number }>;
  gradeByName: Map<string, string>;
  categoryByKey: Map<string, string>;
};

async function loadReference(db: Kysely<DB>): Promise<Reference> {
  const grades = await listResponseGrades(db);
  const categories = await listIncidentCategories(db, { includeInactive: true });
  const categoryByKey = new Map<string, string>();
  for (const c of categories) {
    categoryByKey.set(c.code.toLowerCase(), c.code);
    categoryByKey.set(c.name.toLowerCase(), c.code);
  }
  const gradeByName = new Map<string, string>();
  for (const g of grades) {
    gradeByName.set(g.code.toLowerCase(), g.code);
    gradeByName.set(g.name.toLowerCase(), g.code);
  }
  return { grades: new Map(grades.map((g) => [g.code, { code: g.code, targetSeconds: g.targetSeconds }])), gradeByName, categoryByKey };
}

const rowError = (line: number, reason: string, kind: string = reason): { ok: false; error: RowError } => ({ ok: false, error: { line, reason, kind } });

/** Checks one row and turns it into an incident and its timeline (pure). */
export function prepareRow(
  cells: Record<string, string>,
  line: number,
  reference: Reference,
  options: ImportOptions,
  now: Date,
): { ok: true; incident: PreparedIncident } | { ok: false; error: RowError } {
  const value = (field: ImportField): string => {
    const column = options.map[field];
    if (!column) return '';
    const v = (cells[column] ?? '').trim();
    return options.nullText !== undefined && v === options.nullText ? '' : v;
  };
  const ref = value('reference');
  if (!ref) return rowError(line, 'reference is empty');
  if (ref.length > 100) return rowError(line, `reference is longer than 100 characters`);

  const time = (field: 'received_at' | 'dispatched_at' | 'arrived_at' | 'cleared_at'): Date | null | RowError => {
    const v = value(field);
    if (!v) return null;
    const r = parseOldSystemTime(v, { timeZone: options.timeZone, dateOrder: options.dateOrder });
    if (!r.ok) return { line, reason: `${field}: ${r.reason}`, kind: `${field} is not a time` };
    if (r.at.getTime() > now.getTime() + 60_000) return { line, reason: `${field} ${r.at.toISOString()} is in the future`, kind: `${field} in the future` };
    return r.at;
  };
  const times: Record<string, Date | null> = {};
  for (const field of ['received_at', 'dispatched_at', 'arrived_at', 'cleared_at'] as const) {
    const t = time(field);
    if (t !== null && !(t instanceof Date)) return { ok: false, error: t };
    times[field] = t;
  }
  const received = times.received_at ?? null;
  const dispatched = times.dispatched_at ?? null;
  const arrived = times.arrived_at ?? null;
  const cleared = times.cleared_at ?? null;
  if (!received) return rowError(line, 'received_at is empty');
  if (dispatched && dispatched < received) return rowError(line, `dispatched (${dispatched.toISOString()}) before received (${received.toISOString()})`, 'dispatched before received');
  if (arrived && arrived < received) return rowError(line, `arrived (${arrived.toISOString()}) before received (${received.toISOString()})`, 'arrived before received');
  if (arrived && dispatched && arrived < dispatched) return rowError(line, `arrived (${arrived.toISOString()}) before dispatched (${dispatched.toISOString()})`, 'arrived before dispatched');
  const lastBeforeClear = arrived ?? dispatched ?? received;
  if (cleared && cleared < lastBeforeClear) return rowError(line, `cleared (${cleared.toISOString()}) before ${arrived ? 'arrived' : dispatched ? 'dispatched' : 'received'}`, 'cleared before arrival');

  const rawGrade = value('grade');
  if (!rawGrade) return rowError(line, 'grade is empty');
  let gradeCode: string | undefined;
  if (options.gradeMap) {
    gradeCode = options.gradeMap.get(rawGrade) ?? options.gradeMap.get(rawGrade.toLowerCase());
    if (!gradeCode) return rowError(line, `grade "${rawGrade}" is not mapped (add ${rawGrade}=GRADE to --grade-map)`, `grade "${rawGrade}" not mapped`);
  } else {
    gradeCode = reference.gradeByName.get(rawGrade.toLowerCase());
    if (!gradeCode) return rowError(line, `grade "${rawGrade}" is not a grade of this force (map it with --grade-map ${rawGrade}=GRADE)`, `grade "${rawGrade}" not mapped`);
  }
  const grade = reference.grades.get(gradeCode)!;

  const rawCategory = value('category');
  const categoryCode = rawCategory ? (reference.categoryByKey.get(rawCategory.toLowerCase()) ?? null) : null;
  const categoryText = categoryCode ? null : rawCategory;

  const rawLat = value('latitude');
  const rawLon = value('longitude');
  let latitude: number | null = null;
  let longitude: number | null = null;
  if (rawLat || rawLon) {
    if (!rawLat || !rawLon) return rowError(line, `latitude and longitude must be given together (${rawLat || 'empty'}, ${rawLon || 'empty'})`, 'half a coordinate');
    latitude = Number(rawLat);
    longitude = Number(rawLon);
    if (!Number.isFinite(latitude) || latitude < -90 || latitude > 90) return rowError(line, `latitude "${rawLat}" is not a latitude`, 'bad latitude');
    if (!Number.isFinite(longitude) || longitude < -180 || longitude > 180) return rowError(line, `longitude "${rawLon}" is not a longitude`, 'bad longitude');
  }
  const postcode = value('postcode').toUpperCase().replace(/\s+/g, ' ') || null;

  const targetAt = new Date(received.getTime() + grade.targetSeconds * 1000);
  const breachedAt = arrived && arrived > targetAt ? targetAt : null;
  const closedAt = cleared ?? arrived ?? received;

  type Event = { type: string; fromStatus: string | null; toStatus: string | null; occurredAt: Date; details: Record<string, unknown> };
  const events: Event[] = [{ type: 'imported', fromStatus: null, toStatus: null, occurredAt: received, details: { source: options.sourceName, line, oldGrade: rawGrade, closingCode: 'imported', closedAt: closedAt.toISOString() } }];
  let status = 'awaiting_dispatch';
  const move = (to: string, at: Date) => {
    events.push({ type: 'status', fromStatus: status, toStatus: to, occurredAt: at, details: {} });
    status = to;
  };
  if (dispatched) move('dispatched', dispatched);
  if (arrived) move('on_scene', arrived);
  if (cleared) move('cleared', cleared);
  if (breachedAt) events.push({ type: 'breached', fromStatus: null, toStatus: null, occurredAt: breachedAt, details: {} });
  events.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime()); // stable: ties keep the order above

  return {
    ok: true,
    incident: {
      line,
      events: events.map((e) => ({ type: e.type, from_status: e.fromStatus, to_status: e.toStatus, occurred_at: e.occurredAt.toISOString(), details: e.details })),
      row: {
        reference: ref,
        category_code: categoryCode,
        category_text: categoryText,
        grade: grade.code,
        original_grade: grade.code,
        target_seconds: grade.targetSeconds,
        received_at: received.toISOString(),
        target_at: targetAt.toISOString(),
        location_postcode: postcode,
        latitude,
        longitude,
        narrative: value('narrative'),
        first_dispatched_at: dispatched?.toISOString() ?? null,
        first_arrived_at: arrived?.toISOString() ?? null,
        cleared_at: cleared?.toISOString() ?? null,
        closed_at: closedAt.toISOString(),
        breached_at: breachedAt?.toISOString() ?? null,
        attended: arrived ? true : null,
        imported_row: cells,
        created_by_username: options.createdByUsername ?? 'import',
      },
    },
  };
}

/** Inserts one batch in one transaction; returns how many went in (the rest were already there). */
async function insertBatch(db: Kysely<DB>, ctx: RequestContext, batch: PreparedIncident[], options: ImportOptions): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const events = batch.flatMap((p) => p.events.map((e, ord) => ({ ...e, reference: p.row.reference, ord })));
    const n = await insertImportedIncidents(tx, batch.map((p) => p.row), events, ctx.actor?.username ?? ctx.requestId ?? 'import');
    if (n > 0) {
      await writeAudit(tx, ctx, {
        action: 'incident.imported',
        entityType: 'incident',
        details: { source: options.sourceName, imported: n, alreadyThere: batch.length - n, lines: [batch[0]!.line, batch[batch.length - 1]!.line] },
      });
    }
    return n;
  });
}

/**
 * Reads the CSV text chunks and imports them. `onProgress` is called after each batch.
 * Throws ImportSetupError before anything is written when the set-up is wrong.
 */
export async function importIncidents(
  db: Kysely<DB>,
  ctx: RequestContext,
  chunks: AsyncIterable<string | Buffer>,
  options: ImportOptions,
  onProgress?: (s: Omit<ImportSummary, 'reasons' | 'errors' | 'seconds'>) => void,
): Promise<ImportSummary> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const reference = await loadReference(db);
  for (const field of REQUIRED_FIELDS) if (!options.map[field]) throw new ImportSetupError(`--map must name the column for ${field}`);
  if (options.gradeMap) {
    for (const [from, to] of options.gradeMap) if (!reference.grades.has(to)) throw new ImportSetupError(`--grade-map ${from}=${to}: "${to}" is not a grade (${[...reference.grades.keys()].join(', ')})`);
  }
  const batchSize = options.batchSize ?? 2000;
  const summary = { read: 0, imported: 0, alreadyThere: 0, rejected: 0 };
  const errors: RowError[] = [];
  const reasons = new Map<string, number>();
  const seen = new Map<string, number>();
  const reject = (e: RowError) => {
    summary.rejected++;
    if (errors.length < 1000) errors.push(e);
    reasons.set(e.kind, (reasons.get(e.kind) ?? 0) + 1);
  };

  let header: string[] | undefined;
  let batch: PreparedIncident[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    try {
      const n = await insertBatch(db, ctx, current, options);
      summary.imported += n;
      summary.alreadyThere += current.length - n;
    } catch {
      // The checks should make this impossible; find the row(s) the database refuses, one at a time.
      for (const p of current) {
        try {
          const n = await insertBatch(db, ctx, [p], options);
          summary.imported += n;
          summary.alreadyThere += 1 - n;
        } catch (error) {
          reject({ line: p.line, reason: `the database refused it: ${(error as Error).message}`, kind: 'refused by the database' });
        }
      }
    }
    onProgress?.(summary);
  };

  for await (const record of readCsvRecords(chunks)) {
    if (!header) {
      header = record.cells;
      const missing = Object.entries(options.map).filter(([, column]) => !header!.includes(column!));
      if (missing.length) {
        throw new ImportSetupError(`the file has no column ${missing.map(([f, c]) => `"${c}" (for ${f})`).join(', ')}; its columns are: ${header.join(', ')}`);
      }
      continue;
    }
    summary.read++;
    const cells = Object.fromEntries(header.map((column, i) => [column, record.cells[i] ?? '']));
    if (record.cells.length > header.length && record.cells.slice(header.length).some((c) => c !== '')) {
      reject({ line: record.line, reason: `${record.cells.length} cells where the header has ${header.length}`, kind: 'more cells than the header' });
      continue;
    }
    const prepared = prepareRow(cells, record.line, reference, options, now);
    if (!prepared.ok) {
      reject(prepared.error);
      continue;
    }
    const ref = prepared.incident.row.reference;
    const firstLine = seen.get(ref);
    if (firstLine !== undefined) {
      reject({ line: record.line, reason: `reference ${ref} repeats line ${firstLine}`, kind: 'reference repeated in the file' });
      continue;
    }
    seen.set(ref, record.line);
    batch.push(prepared.incident);
    if (batch.length >= batchSize) await flush();
  }
  if (!header) throw new ImportSetupError('the file is empty (no header row)');
  await flush();
  return {
    ...summary,
    errors,
    reasons: [...reasons.entries()].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind)),
    seconds: (performance.now() - started) / 1000,
  };
}
