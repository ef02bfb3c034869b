import { describe, expect, it } from 'vitest';
import { checkDuty } from './dutyInput';

describe('the duty given with a change', () => {
  it('should need nothing for leave, sickness, a swap or a rest day', () => {
    for (const kind of ['annual_leave', 'sickness', 'shift_swap', 'rest_day'] as const) expect(checkDuty(kind, '', '', '')).toBeUndefined();
  });

  it('should take a shift type, or both times on the 24-hour clock', () => {
    expect(checkDuty('court', 'DAY', '', '')).toBeUndefined();
    expect(checkDuty('overtime', '', '22:00', '06:00')).toBeUndefined();
    expect(checkDuty('training', '', '', '')).toBe('Choose the duty worked, or give its start and end times');
    expect(checkDuty('shift_change', '', '9:00', '17:00')).toMatch(/^Give the start and end times as HH:MM/);
    expect(checkDuty('court', '', '09:00', '24:00')).toMatch(/^Give the start and end times as HH:MM/);
  });
});
