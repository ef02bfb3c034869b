/**
 * The response figures, pure: from one row per incident to the figures per grade. Both the API and
 * `bluelamp report response` call `computeResponseReport`, so they cannot disagree.
 *
 * Definitions (README "Response figures"):
 * - an incident counts under the grade it was first given, against the target it carried;
 * - seconds to arrival = earliest on-scene event − received_at; within target when ≤ target seconds;
 * - count, compliance, mean, median and 90th percentile are over incidents WITH an arrival;
 * - percentiles are nearest-rank: the p-th percentile of n sorted values is the value at rank
 *   ⌈p/100 × n⌉ (the smallest value with at least p% of the values at or below it); the median is
 *   the 50th percentile so defined (with an even count, the lower of the two middle values);
 * - the mean is the arithmetic mean rounded to 0.1 s.
 */
import type { GradeFigures, ResponseBreach, ResponseReport } from '@bluelamp/contracts/incidents/report';
import { RESPONSE_CSV_COLUMNS } from '@bluelamp/contracts/incidents/report';
import { csvLine } from '../../../core/csv';

/** One incident as the report reads it. */
export type ResponseRow = {
  incidentId: string;
  reference: string;
  gradeCode: string;
  targetSeconds: number;
  category: string;
  receivedAt: Date;
  dispatchedAt: Date | null;
  arrivedAt: Date | null;
  breachedAt: Date | null;
  breachReason: string | null;
  attended: boolean | null;
  nonAttendanceReason: string | null;
};

export type GradeInfo = { code: string; name: string; targetSeconds: number };

/** The nearest-rank p-th percentile of values sorted ascending; null for none. */
export function nearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

export const secondsToArrival = (row: ResponseRow): number | null => (row.arrivedAt ? (row.arrivedAt.getTime() - row.receivedAt.getTime()) / 1000 : null);

export const withinTarget = (row: ResponseRow): boolean | null => {
  const s = secondsToArrival(row);
  return s === null ? null : s <= row.targetSeconds;
};

/** The figures of one grade's incidents. */
export function gradeFigures(rows: readonly ResponseRow[]): GradeFigures {
  const seconds = rows.map(secondsToArrival).filter((s): s is number => s !== null).sort((a, b) => a - b);
  const within = rows.filter((r) => withinTarget(r) === true).length;
  const count = seconds.length;
  const breached = rows.filter((r) => r.breachedAt !== null);
  return {
    count,
    withinTarget: within,
    compliance: count ? within / count : null,
    meanSeconds: count ? Math.round((seconds.reduce((a, b) => a + b, 0) / count) * 10) / 10 : null,
    medianSeconds: nearestRank(seconds, 50),
    p90Seconds: nearestRank(seconds, 90),
    incidents: rows.length,
    notArrived: rows.length - count,
    notAttended: rows.filter((r) => r.attended === false).length,
    breaches: breached.length,
    breachesWithReason: breached.filter((r) => r.breachReason !== null && r.breachReason.trim() !== '').length,
  };
}

function reasonCounts(rows: readonly ResponseRow[], pick: (r: ResponseRow) => string | null | undefined): { gradeCode: string; reason: string | null; count: number }[] {
  const counts = new Map<string, { gradeCode: string; reason: string | null; count: number }>();
  for (const r of rows) {
    const reason = pick(r);
    if (reason === undefined) continue;
    const key = `${r.gradeCode}\u0000${reason ?? ''}`;
    const c = counts.get(key) ?? { gradeCode: r.gradeCode, reason: reason && reason.trim() !== '' ? reason : null, count: 0 };
    c.count++;
    counts.set(key, c);
  }
  return [...counts.values()].sort((a, b) => a.gradeCode.localeCompare(b.gradeCode) || b.count - a.count || (a.reason ?? '').localeCompare(b.reason ?? ''));
}

/** The report over the rows of one period (the caller picked the rows by received_at). */
export function computeResponseReport(
  rows: readonly ResponseRow[],
  grades: readonly GradeInfo[],
  period: { from: string; to: string; start: Date; end: Date },
): ResponseReport {
  const byGrade: Record<string, GradeFigures> = {};
  for (const g of grades) byGrade[g.code] = gradeFigures(rows.filter((r) => r.gradeCode === g.code));
  for (const code of new Set(rows.map((r) => r.gradeCode))) byGrade[code] ??= gradeFigures(rows.filter((r) => r.gradeCode === code));
  const breaches: ResponseBreach[] = rows
    .filter((r) => r.breachedAt !== null)
    .sort((a, b) => b.breachedAt!.getTime() - a.breachedAt!.getTime() || a.reference.localeCompare(b.reference))
    .slice(0, 200)
    .map((r) => ({
      incidentId: r.incidentId,
      reference: r.reference,
      gradeCode: r.gradeCode,
      receivedAt: r.receivedAt.toISOString(),
      breachedAt: r.breachedAt!.toISOString(),
      arrivedAt: r.arrivedAt?.toISOString() ?? null,
      reason: r.breachReason,
    }));
  return {
    from: period.from,
    to: period.to,
    periodStart: period.start.toISOString(),
    periodEnd: period.end.toISOString(),
    byGrade,
    grades: grades.map((g) => ({ code: g.code, name: g.name, targetSeconds: g.targetSeconds })),
    breachReasons: reasonCounts(rows, (r) => (r.breachedAt ? r.breachReason : undefined)),
    nonAttendanceReasons: reasonCounts(rows, (r) => (r.attended === false ? r.nonAttendanceReason : undefined)),
    breaches,
  };
}

const iso = (d: Date | null): string => d?.toISOString() ?? '';
const yesNo = (b: boolean | null): string => (b === null ? '' : b ? 'yes' : 'no');

/** The CSV export: a header and one line per incident, everything needed to recompute the figures. */
export function* responseCsvLines(rows: readonly ResponseRow[]): Generator<string> {
  yield csvLine([...RESPONSE_CSV_COLUMNS]);
  for (const r of rows) {
    const s = secondsToArrival(r);
    yield csvLine([
      r.reference,
      r.gradeCode,
      r.targetSeconds,
      r.category,
      iso(r.receivedAt),
      iso(r.dispatchedAt),
      iso(r.arrivedAt),
      s === null ? '' : s,
      yesNo(withinTarget(r)),
      r.breachedAt ? 'yes' : 'no',
      r.breachReason ?? '',
      yesNo(r.attended),
      r.nonAttendanceReason ?? '',
    ]);
  }
}
