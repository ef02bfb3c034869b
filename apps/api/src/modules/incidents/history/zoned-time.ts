/**
 * Wall-clock times in a named time zone (IANA, e.g. Europe/London) to instants and back, with
 * Intl only. Offsets are cached per 15 minutes of time (every zone changes its offset on a quarter
 * hour), so a large import asks Intl a few times per quarter hour of history, not per row.
 *
 * The clock change: a wall time that does not exist (the hour skipped when the clocks go forward)
 * is read as the same number of minutes after the change (01:30 on the last Sunday of March in
 * London is 02:30 BST); a wall time that happens twice (the hour repeated when they go back) is
 * read as the first of the two (BST). This is what Temporal calls 'compatible'.
 */

const QUARTER_HOUR = 15 * 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, Map<number, number>>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(zone, f);
  }
  return f;
}

/** True when Intl knows the zone. */
export function isTimeZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at an instant, milliseconds (London: 0 in winter, 3,600,000 in summer). */
export function zoneOffsetMs(zone: string, instantMs: number): number {
  let cache = offsetCache.get(zone);
  if (!cache) offsetCache.set(zone, (cache = new Map()));
  const key = Math.floor(instantMs / QUARTER_HOUR);
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const parts = formatter(zone).formatToParts(new Date(key * QUARTER_HOUR));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  const offset = wall - key * QUARTER_HOUR;
  if (cache.size > 500_000) cache.clear();
  cache.set(key, offset);
  return offset;
}

/**
 * The instant of a wall-clock time in `zone`. `wallMs` is the wall time written as if it were UTC
 * (Date.UTC(year, month - 1, day, hour, minute, second, ms)).
 */
export function zonedWallToInstant(zone: string, wallMs: number): number {
  const before = zoneOffsetMs(zone, wallMs - 86_400_000);
  const after = zoneOffsetMs(zone, wallMs + 86_400_000);
  const candidates = (before === after ? [before] : [before, after])
    .map((offset) => wallMs - offset)
    .filter((t) => wallMs - zoneOffsetMs(zone, t) === t);
  if (candidates.length) return Math.min(...candidates);
  return wallMs - before; // in the gap: the offset before the change moves it forward
}

/** The wall-clock time at an instant in `zone`, written as if it were UTC (read it with getUTC*). */
export function instantToZonedWall(zone: string, instantMs: number): number {
  return instantMs + zoneOffsetMs(zone, instantMs);
}

/** The instant a local date ('YYYY-MM-DD') begins in `zone`; undefined for a date that is not one. */
export function localDateStart(zone: string, date: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const wall = Date.UTC(y, mo - 1, d);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return undefined;
  return zonedWallToInstant(zone, wall);
}

/** The local date after `date` ('YYYY-MM-DD'). */
export function nextLocalDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Hour of the week in `zone` at an instant: 0 = Monday 00:00–01:00 … 167 = Sunday 23:00–24:00. */
export function hourOfWeek(zone: string, instantMs: number): number {
  const wall = new Date(instantToZonedWall(zone, instantMs));
  const mondayBased = (wall.getUTCDay() + 6) % 7;
  return mondayBased * 24 + wall.getUTCHours();
}
