import type { ResponseReportQuery } from '@bluelamp/contracts/incidents/report';
import { parseUkDate } from '../../../../ui/format';
import { addDays, formatIsoDate, isIsoDate } from '../../../workforce/rosters/utils/week';

/** The period form as typed: London days as DD/MM/YYYY, both inclusive. */
export type PeriodForm = { from: string; to: string };
export type PeriodErrors = Partial<Record<keyof PeriodForm, string>>;

/** The period shown when the address names none: the 28 days up to and including today. */
export function defaultPeriod(today: string): ResponseReportQuery {
  return { from: addDays(today, -27), to: today };
}

/** The period in the address (`?from=YYYY-MM-DD&to=YYYY-MM-DD`), or the default when either is missing or not a date. */
export function periodFromParams(params: URLSearchParams, today: string): ResponseReportQuery {
  const from = params.get('from');
  const to = params.get('to');
  return isIsoDate(from) && isIsoDate(to) ? { from, to } : defaultPeriod(today);
}

/** The form's text for a period. */
export function periodToForm(period: ResponseReportQuery): PeriodForm {
  return { from: formatIsoDate(period.from), to: formatIsoDate(period.to) };
}

const iso = (d: { year: number; month: number; day: number }) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/**
 * The report's query from the form, or what is wrong with it: each date a real DD/MM/YYYY, the end
 * not before the start, and neither after today (there are no figures for days still to come).
 */
export function toPeriodQuery(form: PeriodForm, today: string): { query: ResponseReportQuery } | { errors: PeriodErrors } {
  const errors: PeriodErrors = {};
  const from = parseUkDate(form.from);
  const to = parseUkDate(form.to);
  if (!from) errors.from = form.from.trim() ? 'Enter a real date as DD/MM/YYYY, e.g. 29/03/2026' : 'Enter the first day, DD/MM/YYYY';
  if (!to) errors.to = form.to.trim() ? 'Enter a real date as DD/MM/YYYY, e.g. 29/03/2026' : 'Enter the last day, DD/MM/YYYY';
  if (from && iso(from) > today) errors.from = 'The first day must not be after today';
  if (to && iso(to) > today) errors.to = 'The last day must not be after today';
  if (from && to && !errors.from && !errors.to && iso(to) < iso(from)) errors.to = 'The last day must not be before the first';
  if (Object.keys(errors).length) return { errors };
  return { query: { from: iso(from!), to: iso(to!) } };
}
