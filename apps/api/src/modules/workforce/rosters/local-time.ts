/*
 * Local dates and wall-clock times in the force's time zone (Europe/London), turned into UTC
 * instants. Rosters are written in wall-clock time ("earlies start at 07:00"); what is stored and
 * returned are instants, so a night shift across the clock change is an hour shorter or longer.
 * Dates are day numbers (days since 1970-01-01) inside the module, 'YYYY-MM-DD' at the edges.
 */

export const FORCE_TIME_ZONE = 'Europe/London';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** 'YYYY-MM-DD' → day number, or undefined when the text is not a real calendar date. */
export function parseLocalDate(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const day = ms / DAY_MS;
  return formatLocalDate(day) === text ? day : undefined;
}

/** Day number → 'YYYY-MM-DD'. */
export function formatLocalDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday). */
export const weekdayOf = (day: number): number => (((day + 3) % 7) + 7) % 7;

/** 'HH:MM' → minutes after midnight, or undefined. */
export function parseLocalTime(text: string): number | undefined {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

export const formatLocalTime = (minute: number): string => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/**
 * Converts between local wall-clock time and instants in one time zone, with caches: a year's
 * roster for thousands of people asks the same few hundred (date, time) questions over and over.
 */
export class ZoneClock {
  private readonly format: Intl.DateTimeFormat;
  private readonly offsetByHour = new Map<number, number>();
  private readonly instantByLocal = new Map<number, number>();

  constructor(readonly timeZone = FORCE_TIME_ZONE) {
    this.format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
  }

  /** The zone's offset from UTC at an instant, in ms (London: 0 or 3,600,000). */
  offsetAt(instant: number): number {
    // Offsets change only on whole hours in every zone this serves (London changes at 01:00 UTC).
    const hour = Math.floor(instant / 3_600_000);
    let offset = this.offsetByHour.get(hour);
    if (offset === undefined) {
      const parts: Record<string, number> = {};
      for (const p of this.format.formatToParts(new Date(hour * 3_600_000))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
      const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
      offset = wall - hour * 3_600_000;
      this.offsetByHour.set(hour, offset);
    }
    return offset;
  }

  /**
   * The instant of a local date and time (minutes after midnight; may exceed 1,440 for the next
   * days). A time the clocks skip (01:30 on the last Sunday of March) is read with the offset before
   * the change (02:30 BST); a time that happens twice (01:30 on the last Sunday of October) is the
   * first of the two. This is what JavaScript's Temporal calls 'compatible'.
   */
  toInstant(day: number, minute: number): number {
    const local = day * DAY_MS + minute * MINUTE_MS;
    let instant = this.instantByLocal.get(local);
    if (instant !== undefined) return instant;
    const before = this.offsetAt(local - DAY_MS);
    const after = this.offsetAt(local + DAY_MS);
    const candidates = [local - before, local - after].filter((t) => this.offsetAt(t) === local - t);
    instant = candidates.length ? Math.min(...candidates) : local - before;
    this.instantByLocal.set(local, instant);
    return instant;
  }

  /** The local date an instant falls on. */
  dayOf(instant: number): number {
    return Math.floor((instant + this.offsetAt(instant)) / DAY_MS);
  }

  /** Minutes after local midnight of an instant. */
  minuteOf(instant: number): number {
    const local = instant + this.offsetAt(instant);
    return Math.floor((local - Math.floor(local / DAY_MS) * DAY_MS) / MINUTE_MS);
  }
}

/** One clock per process: its caches only grow with the dates asked about (a few thousand entries a year). */
export const londonClock = new ZoneClock();
