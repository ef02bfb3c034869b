import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../api/ApiError';
import { describeRefusal, isOverridableRefusal } from './refusal';

describe('roster refusals in plain words', () => {
  it('should name the rest breach with UK dates', () => {
    const error = new ApiError(422, {
      code: 'REST_RULE_BREACH',
      message: 'This breaks the rest rules',
      details: { breaches: [{ staffId: 'x', rule: 'daily_rest', afterDate: '2026-12-01', beforeDate: '2026-12-02', restHours: 8 }], shortfalls: [] },
    });
    expect(isOverridableRefusal(error)).toBe(true);
    expect(describeRefusal(error)).toEqual(['Only 8 hours of rest between the duties of 01/12/2026 and 02/12/2026; at least 11 hours are needed.']);
  });

  it('should name the weekly rest breach and the shifts left short', () => {
    const error = new ApiError(422, {
      code: 'MINIMUM_STAFFING_BREACH',
      message: 'below minimum',
      details: {
        breaches: [{ staffId: 'x', rule: 'weekly_rest', fortnightStarts: '2026-11-30', longestRestHours: 30 }],
        shortfalls: [
          { teamId: 't', date: '2026-12-03', shiftTypeCode: 'NIGHT', roleTitle: 'Response officer', skillCode: null, minimum: 16, rostered: 15 },
          { teamId: 't', date: '2026-12-03', shiftTypeCode: 'NIGHT', roleTitle: null, skillCode: 'response_driving', minimum: 8, rostered: 7 },
        ],
      },
    });
    expect(describeRefusal(error, new Map([['NIGHT', 'night']]))).toEqual([
      "No 48 hours' rest (or two rests of 24 hours) in the fortnight from 30/11/2026; the longest rest would be 30 hours.",
      'The night shift on 03/12/2026 would have 15 response officers; the minimum is 16.',
      'The night shift on 03/12/2026 would have 7 with response driving; the minimum is 8.',
    ]);
  });

  it('should fall back to the message, and not offer an override for other errors', () => {
    const error = new ApiError(422, { code: 'SHIFT_OVERLAP', message: 'The duties overlap' });
    expect(isOverridableRefusal(error)).toBe(false);
    expect(describeRefusal(error)).toEqual(['The duties overlap']);
  });
});
