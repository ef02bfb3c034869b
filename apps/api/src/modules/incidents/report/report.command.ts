/**
 * `bluelamp report response`: the response figures per grade, from the same function as
 * GET /api/incidents/reports/response (so the CLI and the web report cannot disagree).
 */
import { parseArgs } from 'node:util';
import { UsageError, type Command } from '../../../cli/command';
import { loadConfig } from '../../../config';
import { openDatabase } from '../../../core/db/database';
import { AppError } from '../../../core/errors';
import { responseReport } from './response-report';

const USAGE = 'bluelamp report response --from YYYY-MM-DD --to YYYY-MM-DD [--json]';

/** 754 s → "12:34"; 90,061 s → "25:01:01". */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return '-';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export const reportCommand: Command = {
  summary: 'Response figures per grade (count, within target, compliance, mean, median, 90th percentile) for incidents received on these dates (Europe/London)',
  usage: USAGE,
  run: async (args) => {
    const [mode, ...rest] = args;
    if (mode !== 'response') throw new UsageError('say "response"');
    const { values } = parseArgs({ args: rest, options: { from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' } } });
    if (!values.from) throw new UsageError('--from is required (YYYY-MM-DD)');
    if (!values.to) throw new UsageError('--to is required (YYYY-MM-DD)');
    const database = await openDatabase(loadConfig());
    try {
      let report;
      try {
        report = await responseReport(database.db, values.from, values.to);
      } catch (error) {
        if (error instanceof AppError && error.code === 'VALIDATION_FAILED') throw new UsageError(error.message.replace(/^(from|to) /, '--$1 '));
        throw error;
      }
      if (values.json) {
        console.log(JSON.stringify(report.byGrade));
        return 0;
      }
      const names = new Map(report.grades.map((g) => [g.code, g]));
      const header = ['Grade', 'Target', 'Incidents', 'Arrived', 'In target', 'Compliance', 'Mean', 'Median', '90th pct', 'Breaches', 'Not attended'];
      const lines = Object.entries(report.byGrade).map(([code, f]) => [
        names.get(code)?.name ?? code,
        formatDuration(names.get(code)?.targetSeconds ?? null),
        String(f.incidents),
        String(f.count),
        String(f.withinTarget),
        f.compliance === null ? '-' : `${(f.compliance * 100).toFixed(1)}%`,
        formatDuration(f.meanSeconds),
        formatDuration(f.medianSeconds),
        formatDuration(f.p90Seconds),
        String(f.breaches),
        String(f.notAttended),
      ]);
      const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
      const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
      console.log(`Response figures for incidents received ${values.from} to ${values.to} (Europe/London), time to arrival from receipt (h:mm:ss):`);
      console.log(fmt(header));
      for (const l of lines) console.log(fmt(l));
      console.log('Median and 90th percentile are nearest-rank; see README "Response figures".');
      if (report.breachReasons.length) {
        console.log('Breaches by reason:');
        for (const r of report.breachReasons) console.log(`  ${names.get(r.gradeCode)?.name ?? r.gradeCode}: ${r.count} × ${r.reason ?? '(no reason recorded)'}`);
      }
      return 0;
    } finally {
      await database.close();
    }
  },
};
