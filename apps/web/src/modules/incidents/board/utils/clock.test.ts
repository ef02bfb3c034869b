import { describe, expect, it } from 'vitest';
import { clockOf, formatClock, warningWindowSeconds } from './clock';

const received = Date.parse('2026-11-29T03:00:00Z');
const immediate = { receivedAt: '2026-11-29T03:00:00Z', targetAt: '2026-11-29T03:12:00Z', targetSeconds: 720, firstArrivedAt: null, breachedAt: null };
const at = (seconds: number) => received + seconds * 1000;

describe('warningWindowSeconds', () => {
  it('should warn in the last 2 minutes of Immediate, 10 of Scheduled and at most the last hour', () => {
    expect(warningWindowSeconds(720)).toBe(120);
    expect(warningWindowSeconds(3600)).toBe(600);
    expect(warningWindowSeconds(172_800)).toBe(3600);
  });
});

describe('formatClock', () => {
  it('should show mm:ss under an hour and h:mm:ss from an hour', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(599)).toBe('09:59');
    expect(formatClock(3600)).toBe('1:00:00');
    expect(formatClock(172_799)).toBe('47:59:59');
  });
});

describe('clockOf', () => {
  it('should count down, turn amber at 2:00 left and red with BREACHED after the target', () => {
    expect(clockOf(immediate, at(0))).toEqual({ state: 'running', text: '12:00', seconds: 720 });
    expect(clockOf(immediate, at(599)).state).toBe('running');
    expect(clockOf(immediate, at(600))).toMatchObject({ state: 'warning', text: '02:00' });
    expect(clockOf(immediate, at(719.5))).toMatchObject({ state: 'warning', text: '00:01' });
    expect(clockOf(immediate, at(720))).toMatchObject({ state: 'breached', text: 'BREACHED +00:00' });
    expect(clockOf(immediate, at(785))).toMatchObject({ state: 'breached', text: 'BREACHED +01:05' });
  });

  it('should never show more time left than the target, with this clock a little behind the server', () => {
    expect(clockOf(immediate, at(-0.4))).toEqual({ state: 'running', text: '12:00', seconds: 720 });
    expect(clockOf(immediate, at(-3))).toEqual({ state: 'running', text: '12:00', seconds: 720 });
  });

  it('should show a breach the server recorded even if this clock runs a little behind', () => {
    expect(clockOf({ ...immediate, breachedAt: '2026-11-29T03:12:00Z' }, at(718)).state).toBe('breached');
  });

  it('should stop for an incident not attended with approval', () => {
    expect(clockOf({ ...immediate, notAttendedApproved: true }, at(5000))).toEqual({ state: 'stopped', text: 'Not attended', seconds: 0 });
  });

  it('should stop at the first arrival, within target or late', () => {
    expect(clockOf({ ...immediate, firstArrivedAt: '2026-11-29T03:05:27Z' }, at(5000))).toEqual({ state: 'arrived', text: 'On scene in 05:27', seconds: 327 });
    expect(clockOf({ ...immediate, firstArrivedAt: '2026-11-29T03:13:00Z' }, at(5000)).state).toBe('arrived-late');
  });
});
