import { describe, expect, it } from 'vitest';
import { hourOfWeekLabel, HOUR_OF_WEEK_LABELS, parseWeekOfNumbers, runsOf } from './hourOfWeek';

describe('hour of the week', () => {
  it('should label hours from Monday midnight to Sunday 23:00', () => {
    expect(hourOfWeekLabel(0)).toBe('Mon 00:00');
    expect(hourOfWeekLabel(33)).toBe('Tue 09:00');
    expect(HOUR_OF_WEEK_LABELS[167]).toBe('Sun 23:00');
    expect(HOUR_OF_WEEK_LABELS).toHaveLength(168);
  });

  it('should read 168 numbers pasted as seven rows of 24 with tabs, or as one column', () => {
    const rows = Array.from({ length: 7 }, (_, d) => Array.from({ length: 24 }, (_, h) => d * 24 + h).join('\t')).join('\n');
    const parsed = parseWeekOfNumbers(rows);
    expect('values' in parsed && parsed.values[167]).toBe(167);
    const column = parseWeekOfNumbers(Array.from({ length: 168 }, () => '2.5').join('\r\n') + '\n');
    expect('values' in column && column.values.every((v) => v === 2.5)).toBe(true);
  });

  it('should say how many numbers there were, or which one is wrong', () => {
    expect(parseWeekOfNumbers('1, 2, 3')).toEqual({ error: 'Paste 168 numbers, one for each hour of the week; there are 3' });
    const bad = Array.from({ length: 168 }, (_, i) => (i === 25 ? 'lots' : '1')).join(' ');
    expect(parseWeekOfNumbers(bad)).toEqual({ error: 'Number 26 (Tue 01:00) is "lots"; use 0 or more' });
    expect(parseWeekOfNumbers(Array.from({ length: 168 }, (_, i) => (i === 0 ? '-1' : '1')).join(' '))).toEqual({ error: 'Number 1 (Mon 00:00) is "-1"; use 0 or more' });
  });

  it('should group gap hours into runs', () => {
    expect(runsOf([9, 3, 4, 5, 4])).toEqual([[3, 5], [9, 9]]);
    expect(runsOf([])).toEqual([]);
  });
});
