import { describe, expect, it } from 'vitest';
import { formatDateOfBirth, formatProbability } from './duplicateLabels';

describe('formatProbability', () => {
  it('should show whole percentages without rounding a near-certainty up to 100%', () => {
    expect(formatProbability(0.8)).toBe('80%');
    expect(formatProbability(0.874)).toBe('87%');
    expect(formatProbability(0.9996)).toBe('> 99%');
    expect(formatProbability(1)).toBe('100%');
    expect(formatProbability(0.004)).toBe('< 1%');
  });
});

describe('formatDateOfBirth', () => {
  it('should write a date of birth as DD/MM/YYYY', () => {
    expect(formatDateOfBirth('1980-12-03')).toBe('03/12/1980');
    expect(formatDateOfBirth(null)).toBe('—');
  });
});
