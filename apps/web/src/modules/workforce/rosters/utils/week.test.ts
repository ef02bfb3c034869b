import { describe, expect, it } from 'vitest';
import { addDays, dayHeading, formatIsoDate, isIsoDate, mondayOf, todayInLondon, weekDates } from './week';

describe('roster weeks', () => {
  it('should start the week on the Monday, whatever the day given', () => {
    expect(mondayOf('2026-12-02')).toBe('2026-11-30'); // a Wednesday
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(mondayOf('2026-12-06')).toBe('2026-11-30'); // the Sunday ends the same week
  });

  it('should count days across the clock change and the year end without losing one', () => {
    expect(weekDates('2026-03-23')).toEqual(['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29']);
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2026-10-26', -7)).toBe('2026-10-19');
  });

  it("should take today's date from the London clock, not the browser's", () => {
    // 23:30 UTC on 30 June is 00:30 BST on 1 July.
    expect(todayInLondon(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(todayInLondon(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it('should show dates as DD/MM/YYYY and headings with the day', () => {
    expect(formatIsoDate('2026-12-01')).toBe('01/12/2026');
    expect(dayHeading('2026-12-01')).toBe('Tue 01/12');
  });

  it('should accept only real dates from the address bar', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('01/12/2026')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});
