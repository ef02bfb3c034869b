/**
 * Times as old command-and-control exports write them:
 * - ISO 8601: `2023-11-04T18:08:26Z`, `2023-11-04T18:08:26+01:00`, `2023-11-04T18:08:26.250`
 * - `YYYY-MM-DD HH:MM[:SS[.fff]]` (with or without a zone, like ISO)
 * - `DD/MM/YYYY` or `MM/DD/YYYY` (by `dateOrder`), optionally followed by `H:MM[:SS[.fff]]`, 24-hour
 *   or 12-hour with `AM`/`PM` (`a.m.`, `pm` too).
 * A time without a zone is a wall-clock time in `timeZone` (see zoned-time.ts for the clock change).
 */
import { zonedWallToInstant } from './zoned-time';

export type DateOrder = 'dmy' | 'mdy';
export type TimeReading = { ok: true; at: Date } | { ok: false; reason: string };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const SLASHED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:\s*([AP])\.?\s?M\.?)?)?$/i;

const fail = (reason: string): TimeReading => ({ ok: false, reason });

function build(
  text: string,
  parts: { year: number; month: number; day: number; hour: number; minute: number; second: number; fraction: string | undefined },
  zone: string | undefined,
  timeZone: string,
): TimeReading {
  const { year, month, day, hour, minute, second, fraction } = parts;
  if (month < 1 || month > 12) return fail(`"${text}" has no month ${month}`);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return fail(`"${text}" has no day ${day} in month ${month}`);
  if (hour > 23 || minute > 59 || second > 59) return fail(`"${text}" is not a time of day`);
  const ms = fraction ? Math.round(Number(`0.${fraction}`) * 1000) : 0;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second) + ms;
  if (zone) {
    if (/^z$/i.test(zone)) return { ok: true, at: new Date(wall) };
    const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
    const offset = (Number(m[2]) * 60 + Number(m[3] ?? 0)) * 60_000 * (m[1] === '-' ? -1 : 1);
    if (Math.abs(offset) > 18 * 3_600_000) return fail(`"${text}" has an offset out of range`);
    return { ok: true, at: new Date(wall - offset) };
  }
  return { ok: true, at: new Date(zonedWallToInstant(timeZone, wall)) };
}

/** Reads one cell; `{ ok: false, reason }` names what is wrong with it. */
export function parseOldSystemTime(text: string, options: { timeZone: string; dateOrder: DateOrder }): TimeReading {
  const s = text.trim();
  let m = ISO.exec(s);
  if (m) {
    return build(
      s,
      { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: Number(m[4] ?? 0), minute: Number(m[5] ?? 0), second: Number(m[6] ?? 0), fraction: m[7] },
      m[8],
      options.timeZone,
    );
  }
  m = SLASHED.exec(s);
  if (m) {
    const [first, second] = [Number(m[1]), Number(m[2])];
    const [day, month] = options.dateOrder === 'dmy' ? [first, second] : [second, first];
    let hour = Number(m[4] ?? 0);
    const half = m[8]?.toUpperCase();
    if (half) {
      if (hour < 1 || hour > 12) return fail(`"${text}" has hour ${hour} with ${half}M (12-hour times run 1–12)`);
      hour = (hour % 12) + (half === 'P' ? 12 : 0);
    }
    return build(s, { year: Number(m[3]), month, day, hour, minute: Number(m[5] ?? 0), second: Number(m[6] ?? 0), fraction: m[7] }, undefined, options.timeZone);
  }
  return fail(`"${text}" is not a date and time this import reads (ISO 8601, YYYY-MM-DD HH:MM:SS, ${options.dateOrder === 'dmy' ? 'DD/MM/YYYY' : 'MM/DD/YYYY'} [H:MM[:SS] [AM|PM]])`);
}
