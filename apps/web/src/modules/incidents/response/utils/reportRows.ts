import type { GradeFigures, ResponseReport } from '@bluelamp/contracts/incidents/report';

/** One grade's line of the report table, in reference order. */
export type GradeRow = { code: string; name: string; targetSeconds: number; figures: GradeFigures };

const EMPTY: GradeFigures = {
  count: 0,
  withinTarget: 0,
  compliance: null,
  meanSeconds: null,
  medianSeconds: null,
  p90Seconds: null,
  incidents: 0,
  notArrived: 0,
  notAttended: 0,
  breaches: 0,
  breachesWithReason: 0,
};

/** The grades in reference order with their figures (a grade the report has no figures for shows zeros). */
export function gradeRows(report: ResponseReport): GradeRow[] {
  const byGrade = report.byGrade as Record<string, GradeFigures>;
  return report.grades.map((g) => ({ code: g.code, name: g.name, targetSeconds: g.targetSeconds, figures: byGrade[g.code] ?? EMPTY }));
}

/** Compliance as a percentage with one decimal ("97.1%"), or a dash with no arrivals. */
export function formatCompliance(compliance: number | null): string {
  if (compliance === null) return '—';
  return `${(Math.round(compliance * 1000) / 10).toFixed(1)}%`;
}
