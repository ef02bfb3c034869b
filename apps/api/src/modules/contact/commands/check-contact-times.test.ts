import { describe, expect, it } from 'vitest';
import { checkContactTimes } from './check-contact-times';

const now = new Date('2026-11-29T10:00:00Z');

describe('checkContactTimes', () => {
  it('should accept answered at or after received, not in the future', () => {
    expect(checkContactTimes('2026-11-29T09:58:00Z', '2026-11-29T09:58:05Z', now)).toEqual({ receivedAt: new Date('2026-11-29T09:58:00Z'), answeredAt: new Date('2026-11-29T09:58:05Z') });
    expect(checkContactTimes('2026-11-29T09:58:00Z', undefined, now).answeredAt).toBeNull();
  });
  it('should allow two minutes of clock skew but not more', () => {
    expect(() => checkContactTimes('2026-11-29T10:01:59Z', undefined, now)).not.toThrow();
    expect(() => checkContactTimes('2026-11-29T10:02:01Z', undefined, now)).toThrow(expect.objectContaining({ code: 'TIME_IN_FUTURE', message: 'body/receivedAt is in the future' }));
  });
  it('should refuse an answer in the future or before the call was received', () => {
    expect(() => checkContactTimes('2026-11-29T09:00:00Z', '2026-11-29T11:00:00Z', now)).toThrow(expect.objectContaining({ code: 'TIME_IN_FUTURE', message: 'body/answeredAt is in the future' }));
    expect(() => checkContactTimes('2026-11-29T09:00:00Z', '2026-11-29T08:59:59Z', now)).toThrow(expect.objectContaining({ code: 'TIME_OUT_OF_ORDER', message: 'body/answeredAt is before the call was received' }));
  });
});
