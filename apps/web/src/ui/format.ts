/** Every time on screen is shown in the force's own clock, whatever the browser's time zone. */
export const LONDON = 'Europe/London';

const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

type LondonParts = { year: number; month: number; day: number; hour: number; minute: number };

function londonParts(date: Date): LondonParts {
  const parts: Record<string, string> = {};
  for (const part of dateTimeParts.formatToParts(date)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An instant (ISO 8601, UTC) as DD/MM/YYYY HH:mm in Europe/London, e.g. "29/03/2026 02:30".
 * Returns an em dash for a missing value and the input unchanged when it is not a date.
 */
export function formatLondon(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const p = londonParts(date);
  return `${pad(p.day)}/${pad(p.month)}/${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** Just the date part, DD/MM/YYYY, in Europe/London. */
export function formatLondonDate(iso: string | null | undefined): string {
  return formatLondon(iso).split(' ')[0] ?? '—';
}

/** GMT or BST: which London clock applies at this instant. */
export function londonZoneName(iso: string): 'GMT' | 'BST' {
  const date = new Date(iso);
  const p = londonParts(date);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  // The London wall clock runs one hour ahead of UTC in summer time.
  return asUtc - Math.floor(date.getTime() / 60_000) * 60_000 >= 3_600_000 ? 'BST' : 'GMT';
}

/**
 * Parses a date typed as DD/MM/YYYY (also D/M/YYYY, and - or . as separators).
 * Returns undefined when it is not a real calendar date.
 */
export function parseUkDate(text: string): { year: number; month: number; day: number } | undefined {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!match) return undefined;
  const day = Number(match[1]);
  const month = Number(match[2]);
  const year = Number(match[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/**
 * The UTC instant at which a London calendar day begins (00:00 GMT or 00:00 BST). The clocks
 * change at 01:00 UTC, never at midnight, so London midnight always exists exactly once.
 */
export function londonDayStartUtc(date: { year: number; month: number; day: number }): string {
  const guess = Date.UTC(date.year, date.month - 1, date.day);
  const p = londonParts(new Date(guess));
  const shownAsUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  const offset = shownAsUtc - guess; // 0 in winter, one hour in summer
  return new Date(guess - offset).toISOString();
}

/** The London day after the given one (for an exclusive "to" bound). */
export function nextDay(date: { year: number; month: number; day: number }): { year: number; month: number; day: number } {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

/** A duration in seconds as people say it: "12 minutes", "1 hour", "48 hours", "90 seconds". */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  if (seconds % 3600 === 0) {
    const hours = seconds / 3600;
    return `${hours} hour${hours === 1 ? '' : 's'}`;
  }
  if (seconds % 60 === 0) {
    const minutes = seconds / 60;
    return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  }
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m} min ${s} s`;
}

/** A count with its noun, singular or plural: "1 user", "3 users". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : pluralForm}`;
}
