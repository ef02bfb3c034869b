import { londonClock, ZoneClock } from './local-time';
import type { Duty } from './roster-expansion';

/*
 * Rest rules for rosters, after the Working Time Regulations 1998 as the police service applies them:
 *
 * - Daily rest: at least 11 consecutive hours off between the end of one duty and the start of the next.
 * - Weekly rest (reg. 11(2), the fortnightly reference period): in each fixed fortnight, from Monday
 *   00:00 local time every other week (fortnights counted from Monday 5 January 1970), at least one
 *   uninterrupted rest of 48 hours, or two separate rests of at least 24 hours each, inside the fortnight.
 * - Duties of one person never overlap (not a rest rule: an overlap is refused outright).
 *
 * Pure functions: the roster commands check an edit by comparing the breaches before and after it,
 * so only a breach the edit itself introduces needs an override.
 */

export const DAILY_REST_MS = 11 * 3_600_000;
export const FORTNIGHT_LONG_REST_MS = 48 * 3_600_000;
export const FORTNIGHT_SHORT_REST_MS = 24 * 3_600_000;
/** Monday 5 January 1970: the first day of fortnight 0. */
const FORTNIGHT_EPOCH_DAY = 4;

export type RestBreach =
  | { rule: 'daily_rest'; key: string; afterDay: number; beforeDay: number; restHours: number }
  | { rule: 'weekly_rest'; key: string; fortnightStartDay: number; longestRestHours: number };

export type Overlap = { firstDay: number; secondDay: number };

/** Duties sorted by start. */
const sorted = (duties: Duty[]) => [...duties].sort((a, b) => a.startsAt - b.startsAt);

/** Pairs of duties that overlap in time. */
export function findOverlaps(duties: Duty[]): Overlap[] {
  const list = sorted(duties);
  const out: Overlap[] = [];
  for (let i = 1; i < list.length; i++) {
    if (list[i]!.startsAt < list[i - 1]!.endsAt) out.push({ firstDay: list[i - 1]!.day, secondDay: list[i]!.day });
  }
  return out;
}

/** Gaps of less than 11 hours between consecutive duties. */
export function findDailyRestBreaches(duties: Duty[]): RestBreach[] {
  const list = sorted(duties);
  const out: RestBreach[] = [];
  for (let i = 1; i < list.length; i++) {
    const gap = list[i]!.startsAt - list[i - 1]!.endsAt;
    if (gap >= 0 && gap < DAILY_REST_MS) {
      out.push({ rule: 'daily_rest', key: `daily:${list[i - 1]!.day}:${list[i]!.day}`, afterDay: list[i - 1]!.day, beforeDay: list[i]!.day, restHours: gap / 3_600_000 });
    }
  }
  return out;
}

/** The first day of the fixed fortnight a day falls in. */
export function fortnightStart(day: number): number {
  return day - ((((day - FORTNIGHT_EPOCH_DAY) % 14) + 14) % 14);
}

/**
 * Fortnights (among those overlapping the days from..to) without 48 hours' rest or two rests of 24.
 * `duties` must include every duty touching those fortnights, or rest will look longer than it is.
 */
export function findWeeklyRestBreaches(duties: Duty[], from: number, to: number, clock: ZoneClock = londonClock): RestBreach[] {
  const list = sorted(duties);
  const out: RestBreach[] = [];
  for (let start = fortnightStart(from); start <= to; start += 14) {
    const begins = clock.toInstant(start, 0);
    const ends = clock.toInstant(start + 14, 0);
    let cursor = begins;
    let longest = 0;
    let restsOf24 = 0;
    const rest = (until: number) => {
      const gap = Math.min(until, ends) - cursor;
      if (gap <= 0) return;
      longest = Math.max(longest, gap);
      if (gap >= FORTNIGHT_SHORT_REST_MS) restsOf24++;
    };
    for (const d of list) {
      if (d.endsAt <= begins || d.startsAt >= ends) continue;
      rest(d.startsAt);
      cursor = Math.max(cursor, d.endsAt);
    }
    rest(ends);
    if (longest < FORTNIGHT_LONG_REST_MS && restsOf24 < 2) {
      out.push({ rule: 'weekly_rest', key: `weekly:${start}`, fortnightStartDay: start, longestRestHours: longest / 3_600_000 });
    }
  }
  return out;
}

/** Every rest breach among the duties, in the fortnights overlapping from..to. */
export function findRestBreaches(duties: Duty[], from: number, to: number, clock: ZoneClock = londonClock): RestBreach[] {
  return [...findDailyRestBreaches(duties), ...findWeeklyRestBreaches(duties, from, to, clock)];
}

/** The breaches in `after` that were not already in `before` (an edit is judged only on what it makes worse). */
export function newBreaches(before: RestBreach[], after: RestBreach[]): RestBreach[] {
  const known = new Set(before.map((b) => b.key));
  return after.filter((b) => !known.has(b.key));
}

/** Nominal time (no clock change): a pattern is judged on its own shape, wherever it is placed. */
const nominalClock = new ZoneClock('UTC');

/** A pattern day as the check needs it: a rest day has no start. */
export type PatternDaySpec = { startMinute: number | null; durationMinutes: number | null };

/**
 * The first place where a rotating pattern, repeated for ever, leaves a fortnight without weekly
 * rest (48 hours, or two rests of 24), or null. A person may join the pattern at any day of its
 * cycle and fortnights are fixed in the calendar, so every 14-day stretch starting at every day of
 * the cycle is checked (with the duty of the day before, which may run into the stretch).
 */
export function findPatternWeeklyRestBreach(days: PatternDaySpec[]): { startDayOfCycle: number; longestRestHours: number } | null {
  const length = days.length;
  for (let offset = 0; offset < length; offset++) {
    const duties: Duty[] = [];
    for (let k = -1; k < 14; k++) {
      const d = days[(((k + offset) % length) + length) % length]!;
      if (d.startMinute === null || d.durationMinutes === null) continue;
      const startsAt = nominalClock.toInstant(FORTNIGHT_EPOCH_DAY + k, d.startMinute);
      duties.push({ day: FORTNIGHT_EPOCH_DAY + k, startsAt, endsAt: startsAt + d.durationMinutes * 60_000 });
    }
    const breach = findWeeklyRestBreaches(duties, FORTNIGHT_EPOCH_DAY, FORTNIGHT_EPOCH_DAY + 13, nominalClock)[0];
    if (breach && breach.rule === 'weekly_rest') return { startDayOfCycle: offset, longestRestHours: breach.longestRestHours };
  }
  return null;
}
