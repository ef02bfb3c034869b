import { describe, expect, it } from 'vitest';
import { ageOf, dutyTimes, formatLondonTime } from './localTime';

describe('local duty times', () => {
  it('should show instants on the London clock in winter and summer', () => {
    expect(formatLondonTime('2026-12-01T22:00:00Z')).toBe('22:00');
    expect(formatLondonTime('2026-07-01T21:00:00Z')).toBe('22:00');
  });

  it('should show a night across the spring clock change as 22:00–07:00 lasting 8 hours', () => {
    // Sat 28 March 2026 22:00 GMT to Sun 29 March 07:00 BST (06:00 UTC).
    expect(dutyTimes('2026-03-28T22:00:00Z', '2026-03-29T06:00:00Z')).toEqual({ label: '22:00–07:00', hours: 8 });
  });

  it('should show a night across the autumn clock change as 22:00–07:00 lasting 10 hours', () => {
    // Sat 24 October 2026 22:00 BST (21:00 UTC) to Sun 25 October 07:00 GMT.
    expect(dutyTimes('2026-10-24T21:00:00Z', '2026-10-25T07:00:00Z')).toEqual({ label: '22:00–07:00', hours: 10 });
  });

  it('should show nothing for a day without a duty', () => {
    expect(dutyTimes(null, null)).toBeUndefined();
  });

  it('should say how old a position report is', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    expect(ageOf(null, now)).toBe('never reported');
    expect(ageOf('2026-12-01T11:59:40Z', now)).toBe('just now');
    expect(ageOf('2026-12-01T11:55:00Z', now)).toBe('5 min ago');
    expect(ageOf('2026-12-01T09:00:00Z', now)).toBe('3 h ago');
    expect(ageOf('2026-11-28T12:00:00Z', now)).toBe('3 days ago');
  });
});
