import { HOURS_IN_WEEK } from '@bluelamp/contracts/workforce/staffing';

/** Days in the order of the hour-of-week index: 0 is Monday 00:00–01:00 Europe/London. */
export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** "Mon 09:00" for hour 9 of the week. */
export function hourOfWeekLabel(hourOfWeek: number): string {
  const day = DAYS[Math.floor(hourOfWeek / 24)]!.slice(0, 3);
  return `${day} ${String(hourOfWeek % 24).padStart(2, '0')}:00`;
}

/** The 168 labels of the week's hours, for chart axes. */
export const HOUR_OF_WEEK_LABELS: readonly string[] = Array.from({ length: HOURS_IN_WEEK }, (_, h) => hourOfWeekLabel(h));

/**
 * Reads 168 numbers pasted from a spreadsheet (a column, a row, or seven rows of 24), separated by
 * spaces, tabs, new lines, commas or semicolons. Refuses anything else, saying what was wrong.
 */
export function parseWeekOfNumbers(text: string): { values: number[] } | { error: string } {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (parts.length !== HOURS_IN_WEEK) return { error: `Paste 168 numbers, one for each hour of the week; there are ${parts.length}` };
  const values: number[] = [];
  for (const [i, part] of parts.entries()) {
    const n = Number(part);
    if (!Number.isFinite(n) || n < 0) return { error: `Number ${i + 1} (${hourOfWeekLabel(i)}) is "${part}"; use 0 or more` };
    values.push(n);
  }
  return { values };
}

/** Runs of consecutive hours, e.g. [3,4,5,9] → [[3,5],[9,9]]: how gap markers are drawn. */
export function runsOf(hours: readonly number[]): [number, number][] {
  const sorted = [...new Set(hours)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const h of sorted) {
    const last = runs[runs.length - 1];
    if (last && h === last[1] + 1) last[1] = h;
    else runs.push([h, h]);
  }
  return runs;
}
