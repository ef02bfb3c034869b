import { LONDON } from '../../../../ui/format';

// Local dates are 'YYYY-MM-DD' strings, as the API takes them; arithmetic is done on the calendar
// (UTC midnight), so a clock change never moves a day.
const toUtc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const fromUtc = (d: Date): string => d.toISOString().slice(0, 10);

/** The date `days` after (or before, when negative) a local date. */
export function addDays(iso: string, days: number): string {
  const d = toUtc(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** The Monday of the week holding a local date (rosters run Monday to Sunday). */
export function mondayOf(iso: string): string {
  const weekday = (toUtc(iso).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(iso, -weekday);
}

/** The seven dates of the week starting on `monday`. */
export function weekDates(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** Today in London (not in the browser's zone), as 'YYYY-MM-DD'. */
export function todayInLondon(now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: LONDON, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** True for a real 'YYYY-MM-DD' date (e.g. from the address bar). */
export function isIsoDate(text: string | null | undefined): text is string {
  return !!text && /^\d{4}-\d{2}-\d{2}$/.test(text) && fromUtc(toUtc(text)) === text;
}

/** 'YYYY-MM-DD' as DD/MM/YYYY. */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

const SHORT_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** "Tue" for a Tuesday. */
export function shortDayName(iso: string): string {
  return SHORT_DAYS[toUtc(iso).getUTCDay()]!;
}

/** "Tue 01/12" — a column heading of the week grid. */
export function dayHeading(iso: string): string {
  return `${shortDayName(iso)} ${formatIsoDate(iso).slice(0, 5)}`;
}
