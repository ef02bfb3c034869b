import { describe, expect, it } from 'vitest';
import type { LiveEvent } from '../../../platform/events/liveEventTypes';
import { concernsRoster, eventsSince } from './liveRefresh';

const event = (id: string, type: string, staffIds?: string[]): LiveEvent => ({ id, type, at: '2026-12-01T10:00:00Z', ...(staffIds ? { data: { cause: 'x', staffIds } } : {}) });

describe('roster screens following live changes', () => {
  it('should take only the events after the one last seen', () => {
    const events = [event('3', 'a'), event('2', 'b'), event('1', 'c')];
    expect(eventsSince(events, '2').map((e) => e.id)).toEqual(['3']);
    expect(eventsSince(events, '3')).toEqual([]);
    expect(eventsSince(events, undefined).map((e) => e.id)).toEqual(['3', '2', '1']);
  });

  it('should refresh for a change to someone shown, or to no one in particular, and not otherwise', () => {
    const shown = new Set(['alex', 'sam']);
    expect(concernsRoster(event('1', 'workforce.roster_changed', ['sam']), shown)).toBe(true);
    expect(concernsRoster(event('2', 'workforce.roster_changed', []), shown)).toBe(true);
    expect(concernsRoster(event('3', 'workforce.roster_changed', ['kim']), shown)).toBe(false);
    expect(concernsRoster(event('4', 'workforce.availability_changed', ['sam']), shown)).toBe(false);
  });
});
