import { describe, expect, it } from 'vitest';
import { ageOn, formatIsoDate, londonToday, parseDobInput } from './dateOfBirth';

const TODAY = '2026-11-29';

describe('parseDobInput', () => {
  it('should read DD/MM/YYYY and its common variants as the same calendar day', () => {
    for (const typed of ['12/03/1980', '12-03-1980', '12.03.1980', ' 12/3/1980 ', '12031980', '1980-03-12']) {
      expect(parseDobInput(typed, TODAY)).toEqual({ state: 'valid', iso: '1980-03-12' });
    }
  });

  it('should treat a date still being typed as partial, not as an error', () => {
    for (const typed of ['1', '12', '12/', '12/03', '12/03/', '12/03/19', '12/03/198', '120319']) {
      expect(parseDobInput(typed, TODAY)).toEqual({ state: 'partial' });
    }
    expect(parseDobInput('  ', TODAY)).toEqual({ state: 'empty' });
  });

  it('should refuse dates that do not exist, are in the future, or are not dates at all', () => {
    expect(parseDobInput('31/02/1980', TODAY)).toEqual({ state: 'invalid', error: 'That is not a real date; enter it as DD/MM/YYYY' });
    expect(parseDobInput('30/11/2026', TODAY)).toEqual({ state: 'invalid', error: 'The date of birth cannot be in the future' });
    expect(parseDobInput('29/11/2026', TODAY)).toEqual({ state: 'valid', iso: '2026-11-29' });
    expect(parseDobInput('01/01/1066', TODAY).state).toBe('invalid');
    expect(parseDobInput('March 1980', TODAY)).toEqual({ state: 'invalid', error: 'Enter the date of birth as DD/MM/YYYY, e.g. 12/03/1980' });
  });

  it('should accept 29 February only in a leap year', () => {
    expect(parseDobInput('29/02/1984', TODAY)).toEqual({ state: 'valid', iso: '1984-02-29' });
    expect(parseDobInput('29/02/1983', TODAY).state).toBe('invalid');
  });
});

describe('formatIsoDate, ageOn and londonToday', () => {
  it('should show a calendar date as DD/MM/YYYY without any time-zone shift', () => {
    expect(formatIsoDate('1980-12-03')).toBe('03/12/1980');
    expect(formatIsoDate(null)).toBe('—');
  });

  it('should count whole years, turning on the birthday itself', () => {
    expect(ageOn('1980-12-03', '2026-12-02')).toBe(45);
    expect(ageOn('1980-12-03', '2026-12-03')).toBe(46);
  });

  it("should take today's date from the London clock", () => {
    // 23:30 UTC on 30 June is already 1 July in London (BST).
    expect(londonToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(londonToday(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});
