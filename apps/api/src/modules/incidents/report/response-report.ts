import type { Kysely } from 'kysely';
import type { ResponseReport } from '@bluelamp/contracts/incidents/report';
import type { DB } from '../../../core/db/schema';
import { AppError } from '../../../core/errors';
import { listResponseGrades } from '../../platform';
import { localDateStart, nextLocalDate } from '../history/zoned-time';
import { computeResponseReport, responseCsvLines, type ResponseRow } from './response-figures';
import { listResponseRows } from './response-report.repository';

export const REPORT_ZONE = 'Europe/London';

export type ReportPeriod = { from: string; to: string; start: Date; end: Date };

/** Europe/London dates, both inclusive, as instants [start, end); 400 naming the field otherwise. */
export function reportPeriod(from: string, to: string): ReportPeriod {
  const start = localDateStart(REPORT_ZONE, from);
  if (start === undefined) throw invalid('from', `is not a date (YYYY-MM-DD): ${from}`);
  const last = localDateStart(REPORT_ZONE, to);
  if (last === undefined) throw invalid('to', `is not a date (YYYY-MM-DD): ${to}`);
  if (last < start) throw invalid('to', `is before from (${to} < ${from})`);
  return { from, to, start: new Date(start), end: new Date(localDateStart(REPORT_ZONE, nextLocalDate(to))!) };
}

const invalid = (path: string, message: string): AppError => new AppError('VALIDATION_FAILED', `${path} ${message}`, { issues: [{ path, message: `${path} ${message}` }] });

/** The rows of a period (for the report and its export). */
export async function responseRows(db: Kysely<DB>, period: ReportPeriod): Promise<ResponseRow[]> {
  return listResponseRows(db, period.start, period.end);
}

/** The response report: the one function the API and the CLI both call. */
export async function responseReport(db: Kysely<DB>, from: string, to: string): Promise<ResponseReport> {
  const period = reportPeriod(from, to);
  const grades = (await listResponseGrades(db)).map((g) => ({ code: g.code, name: g.name, targetSeconds: g.targetSeconds }));
  return computeResponseReport(await responseRows(db, period), grades, period);
}

/** The per-incident CSV of a period. */
export async function responseCsv(db: Kysely<DB>, from: string, to: string): Promise<{ csv: string; rows: number }> {
  const rows = await responseRows(db, reportPeriod(from, to));
  return { csv: [...responseCsvLines(rows)].join(''), rows: rows.length };
}
