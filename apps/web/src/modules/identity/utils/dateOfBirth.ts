import { parseUkDate } from '../../../ui/format';

export type DobInput =
  /** Nothing typed. */
  | { state: 'empty' }
  /** Still being typed ("12/03", "12/03/19"): no error yet, nothing to search by. */
  | { state: 'partial' }
  /** A real date, not in the future: YYYY-MM-DD for the API. */
  | { state: 'valid'; iso: string }
  | { state: 'invalid'; error: string };

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date of birth as a call handler types it: DD/MM/YYYY (also D/M/YYYY, with - or . between),
 * eight digits (12031980), or YYYY-MM-DD pasted from elsewhere. `today` is the London calendar day
 * (YYYY-MM-DD) against which "not in the future" is judged.
 */
export function parseDobInput(text: string, today: string): DobInput {
  const t = text.trim();
  if (!t) return { state: 'empty' };
  let date: { year: number; month: number; day: number } | undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const digits = /^(\d{2})(\d{2})(\d{4})$/.exec(t);
  if (iso) date = parseUkDate(`${iso[3]}/${iso[2]}/${iso[1]}`);
  else if (digits) date = parseUkDate(`${digits[1]}/${digits[2]}/${digits[3]}`);
  else if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(t)) date = parseUkDate(t);
  else if (/^\d{0,2}([/.-]\d{0,2}([/.-]\d{0,3})?)?$/.test(t) || /^\d{1,7}$/.test(t)) return { state: 'partial' };
  else return { state: 'invalid', error: 'Enter the date of birth as DD/MM/YYYY, e.g. 12/03/1980' };
  if (!date) return { state: 'invalid', error: 'That is not a real date; enter it as DD/MM/YYYY' };
  const value = `${date.year}-${pad(date.month)}-${pad(date.day)}`;
  if (value > today) return { state: 'invalid', error: 'The date of birth cannot be in the future' };
  if (date.year < 1880) return { state: 'invalid', error: 'Check the year of birth' };
  return { state: 'valid', iso: value };
}

/** A calendar date (YYYY-MM-DD, no time zone) as DD/MM/YYYY; an em dash when missing. */
export function formatIsoDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Whole years between a date of birth and `today` (both YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** Today's date in London, YYYY-MM-DD (a date of birth is a London calendar day). */
export function londonToday(now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}
