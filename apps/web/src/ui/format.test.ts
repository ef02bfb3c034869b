import { describe, expect, it } from 'vitest';
import { formatDuration, formatLondon, londonDayStartUtc, londonZoneName, nextDay, parseUkDate } from './format';

describe('formatLondon', () => {
  it('should show GMT and BST either side of the spring clock change', () => {
    expect(formatLondon('2026-03-29T00:30:00Z')).toBe('29/03/2026 00:30');
    expect(londonZoneName('2026-03-29T00:30:00Z')).toBe('GMT');
    // 01:00 UTC the clocks go forward: 01:30 UTC is 02:30 BST.
    expect(formatLondon('2026-03-29T01:30:00Z')).toBe('29/03/2026 02:30');
    expect(londonZoneName('2026-03-29T01:30:00Z')).toBe('BST');
  });

  it('should show the repeated hour twice at the autumn clock change', () => {
    expect(formatLondon('2026-10-25T00:30:00Z')).toBe('25/10/2026 01:30');
    expect(londonZoneName('2026-10-25T00:30:00Z')).toBe('BST');
    expect(formatLondon('2026-10-25T01:30:00Z')).toBe('25/10/2026 01:30');
    expect(londonZoneName('2026-10-25T01:30:00Z')).toBe('GMT');
  });

  it('should use the 24-hour clock and show midnight as 00:00', () => {
    expect(formatLondon('2026-01-15T00:00:00.000Z')).toBe('15/01/2026 00:00');
    expect(formatLondon('2026-07-01T22:59:59Z')).toBe('01/07/2026 23:59');
  });

  it('should show a dash for a missing value', () => {
    expect(formatLondon(null)).toBe('—');
    expect(formatLondon(undefined)).toBe('—');
  });
});

describe('London days as UTC instants', () => {
  it('should parse DD/MM/YYYY and refuse dates that do not exist', () => {
    expect(parseUkDate('29/03/2026')).toEqual({ year: 2026, month: 3, day: 29 });
    expect(parseUkDate('1/2/2026')).toEqual({ year: 2026, month: 2, day: 1 });
    expect(parseUkDate('31/02/2026')).toBeUndefined();
    expect(parseUkDate('2026-03-29')).toBeUndefined();
  });

  it('should start a winter day at midnight UTC and a summer day an hour earlier', () => {
    expect(londonDayStartUtc({ year: 2026, month: 1, day: 15 })).toBe('2026-01-15T00:00:00.000Z');
    expect(londonDayStartUtc({ year: 2026, month: 7, day: 1 })).toBe('2026-06-30T23:00:00.000Z');
    // The clock-change days themselves begin in the old clock.
    expect(londonDayStartUtc({ year: 2026, month: 3, day: 29 })).toBe('2026-03-29T00:00:00.000Z');
    expect(londonDayStartUtc({ year: 2026, month: 10, day: 25 })).toBe('2026-10-24T23:00:00.000Z');
    expect(londonDayStartUtc(nextDay({ year: 2026, month: 12, day: 31 }))).toBe('2027-01-01T00:00:00.000Z');
  });
});

describe('formatDuration', () => {
  it('should say grade targets the way the force says them', () => {
    expect(formatDuration(720)).toBe('12 minutes');
    expect(formatDuration(3600)).toBe('1 hour');
    expect(formatDuration(172800)).toBe('48 hours');
    expect(formatDuration(90)).toBe('1 min 30 s');
  });
});
