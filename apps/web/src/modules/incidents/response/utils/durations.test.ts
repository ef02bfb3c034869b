import { describe, expect, it } from 'vitest';
import { durationInWords, formatClock, secondsSince, targetClock } from './durations';

describe('formatClock', () => {
  it('should show minutes and seconds under an hour, and hours and minutes from an hour', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(327)).toBe('5:27');
    expect(formatClock(3599)).toBe('59:59');
    expect(formatClock(3600)).toBe('1:00 h');
    expect(formatClock(3900)).toBe('1:05 h');
    expect(formatClock(48 * 3600)).toBe('48:00 h');
  });

  it('should round fractions of a second and ignore the sign', () => {
    expect(formatClock(327.4)).toBe('5:27');
    expect(formatClock(327.6)).toBe('5:28');
    expect(formatClock(-45)).toBe('0:45');
  });
});

describe('durationInWords', () => {
  it('should say the duration in singular and plural words', () => {
    expect(durationInWords(1)).toBe('1 second');
    expect(durationInWords(60)).toBe('1 minute');
    expect(durationInWords(327)).toBe('5 minutes 27 seconds');
    expect(durationInWords(3900)).toBe('1 hour 5 minutes');
    expect(durationInWords(7200)).toBe('2 hours');
  });
});

describe('targetClock', () => {
  const target = '2026-11-29T10:12:00.000Z';
  const at = (iso: string) => new Date(iso).getTime();

  it('should count down to the target and then count the time over it', () => {
    expect(targetClock(target, at('2026-11-29T10:03:48Z'))).toEqual({ seconds: 492, text: '8:12 left', state: 'running' });
    expect(targetClock(target, at('2026-11-29T10:12:00Z'))).toMatchObject({ text: '0:00 left', state: 'running' });
    expect(targetClock(target, at('2026-11-29T10:12:45Z'))).toEqual({ seconds: -45, text: 'Over by 0:45', state: 'breached' });
  });

  it('should stop at the arrival, met or missed, whatever the time now', () => {
    expect(targetClock(target, at('2026-11-29T11:00:00Z'), '2026-11-29T10:07:33Z')).toEqual({ seconds: 267, text: 'Arrived with 4:27 to spare', state: 'met' });
    expect(targetClock(target, at('2026-11-29T11:00:00Z'), '2026-11-29T10:13:00Z')).toEqual({ seconds: -60, text: 'Arrived 1:00 late', state: 'missed' });
  });
});

describe('secondsSince', () => {
  it('should count whole seconds since an instant', () => {
    expect(secondsSince('2026-11-29T10:00:00Z', new Date('2026-11-29T10:03:12.900Z').getTime())).toBe(192);
  });
});
