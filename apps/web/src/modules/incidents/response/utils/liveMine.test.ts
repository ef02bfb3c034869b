import { describe, expect, it } from 'vitest';
import type { LiveEvent } from '../../../platform/events/liveEventTypes';
import { concernsMine } from './liveMine';

const event = (type: string, entityId: string, data: Record<string, unknown> = {}): LiveEvent => ({ id: '1', type, at: '2026-11-29T10:00:00Z', entityType: 'incident', entityId, data });

describe('concernsMine', () => {
  const mine = new Set(['inc-1']);

  it('should follow changes to my incidents and assignments made to me', () => {
    expect(concernsMine(event('incidents.incident_changed', 'inc-1', { change: 'regraded' }), mine, 'me')).toBe(true);
    expect(concernsMine(event('incidents.assignment_changed', 'inc-1', { staffId: 'colleague' }), mine, 'me')).toBe(true);
    expect(concernsMine(event('incidents.assignment_changed', 'inc-2', { staffId: 'me' }), mine, 'me')).toBe(true);
  });

  it("should ignore other incidents, others' assignments and other events", () => {
    expect(concernsMine(event('incidents.incident_changed', 'inc-2', { change: 'assigned' }), mine, 'me')).toBe(false);
    expect(concernsMine(event('incidents.assignment_changed', 'inc-2', { staffId: 'colleague' }), mine, 'me')).toBe(false);
    expect(concernsMine(event('workforce.roster_changed', 'inc-1'), mine, 'me')).toBe(false);
    expect(concernsMine(event('incidents.assignment_changed', 'inc-2', { staffId: 'me' }), mine, null)).toBe(false);
  });
});
