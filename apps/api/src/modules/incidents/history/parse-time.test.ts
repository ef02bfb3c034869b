import { describe, expect, it } from 'vitest';
import { parseOldSystemTime } from './parse-time';
import { hourOfWeek, localDateStart, zonedWallToInstant } from './zoned-time';

const london = { timeZone: 'Europe/London', dateOrder: 'dmy' as const };
const seattle = { timeZone: 'America/Los_Angeles', dateOrder: 'mdy' as const };
const at = (text: string, options: Parameters<typeof parseOldSystemTime>[1] = london) => {
  const r = parseOldSystemTime(text, options);
  if (!r.ok) throw new Error(r.reason);
  return r.at.toISOString();
};

describe('reading old systems\' times', () => {
  it('should read ISO 8601 with and without a zone', () => {
    expect(at('2024-07-01T12:00:00Z')).toBe('2024-07-01T12:00:00.000Z');
    expect(at('2024-07-01T12:00:00+02:00')).toBe('2024-07-01T10:00:00.000Z');
    expect(at('2024-07-01T12:00:00')).toBe('2024-07-01T11:00:00.000Z'); // BST
    expect(at('2024-01-15 12:00:00.250')).toBe('2024-01-15T12:00:00.250Z'); // GMT
    expect(at('2024-01-15 09:05')).toBe('2024-01-15T09:05:00.000Z');
  });

  it('should read day-first and month-first dates with 12- and 24-hour times', () => {
    expect(at('04/11/2023 18:08:26')).toBe('2023-11-04T18:08:26.000Z');
    expect(at('11/04/2023 6:08:26 PM', seattle)).toBe('2023-11-05T01:08:26.000Z'); // PDT, UTC−7
    expect(at('12/12/2023 12:04:57 AM', seattle)).toBe('2023-12-12T08:04:57.000Z'); // midnight, PST
    expect(at('12/12/2023 12:04:57 PM', seattle)).toBe('2023-12-12T20:04:57.000Z'); // noon
    expect(at('01/02/2024')).toBe('2024-02-01T00:00:00.000Z');
  });

  it('should refuse what is not a time, naming it', () => {
    for (const bad of ['', 'yesterday', '31/02/2024 10:00', '13/13/2024', '2024-07-01T25:00', '13/01/2024 13:00 PM']) {
      const r = parseOldSystemTime(bad, london);
      expect(r.ok, bad).toBe(false);
    }
    const r = parseOldSystemTime('02/31/2024 1:00 AM', seattle);
    expect(r.ok ? '' : r.reason).toContain('no day 31');
  });

  it('should read local times correctly across the clock change', () => {
    // Clocks go forward 31/03/2024 01:00 GMT → 02:00 BST.
    expect(at('31/03/2024 00:59:59')).toBe('2024-03-31T00:59:59.000Z');
    expect(at('31/03/2024 02:00:00')).toBe('2024-03-31T01:00:00.000Z');
    expect(at('31/03/2024 01:30:00')).toBe('2024-03-31T01:30:00.000Z'); // does not exist: read as 02:30 BST
    // Clocks go back 27/10/2024 02:00 BST → 01:00 GMT: 01:30 happens twice, read as the first (BST).
    expect(at('27/10/2024 01:30:00')).toBe('2024-10-27T00:30:00.000Z');
    expect(at('27/10/2024 02:30:00')).toBe('2024-10-27T02:30:00.000Z');
    expect(at('27/10/2024 00:30:00')).toBe('2024-10-26T23:30:00.000Z');
    // Seattle goes back 03/11/2024 02:00 PDT → 01:00 PST.
    expect(at('11/03/2024 12:30:00 AM', seattle)).toBe('2024-11-03T07:30:00.000Z');
    expect(at('11/03/2024 3:00:00 AM', seattle)).toBe('2024-11-03T11:00:00.000Z');
  });

  it('should give local day starts and hours of the week across the clock change', () => {
    expect(new Date(localDateStart('Europe/London', '2024-03-31')!).toISOString()).toBe('2024-03-31T00:00:00.000Z');
    expect(new Date(localDateStart('Europe/London', '2024-04-01')!).toISOString()).toBe('2024-03-31T23:00:00.000Z');
    expect(localDateStart('Europe/London', '2024-02-30')).toBeUndefined();
    // Monday 01/04/2024 00:30 BST = Sunday 23:30 UTC.
    expect(hourOfWeek('Europe/London', Date.parse('2024-03-31T23:30:00Z'))).toBe(0);
    expect(hourOfWeek('Europe/London', Date.parse('2024-01-07T23:30:00Z'))).toBe(167); // Sunday 23:30 GMT
    // Both 01:00–02:00 hours of 27/10/2024 (Sunday) are hour 6×24+1.
    expect(hourOfWeek('Europe/London', Date.parse('2024-10-27T00:30:00Z'))).toBe(145);
    expect(hourOfWeek('Europe/London', Date.parse('2024-10-27T01:30:00Z'))).toBe(145);
    expect(zonedWallToInstant('Europe/London', Date.UTC(2024, 6, 1))).toBe(Date.UTC(2024, 5, 30, 23));
  });
});
