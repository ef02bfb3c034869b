import { describe, expect, it } from 'vitest';
import type { BoardIncident } from '@bluelamp/contracts/incidents/board';
import { keepSelection, moveSelection, sortQueue } from './queue';

const row = (id: string, gradeSortOrder: number, targetAt: string): BoardIncident => ({
  id,
  reference: `INC-${id}`,
  grade: ['', 'immediate', 'scheduled', 'routine'][gradeSortOrder]!,
  gradeName: '',
  gradeSortOrder,
  categoryCode: null,
  categoryName: null,
  status: 'awaiting_dispatch',
  receivedAt: '2026-11-29T03:00:00Z',
  targetAt,
  targetSeconds: 720,
  breachedAt: null,
  firstArrivedAt: null,
  locationText: null,
  latitude: null,
  longitude: null,
  officers: [],
  attended: null,
  nonAttendanceStatus: null,
  version: 1,
});

describe('the board queue', () => {
  const scheduledSoon = row('s', 2, '2026-11-29T03:05:00Z');
  const immediateLater = row('i2', 1, '2026-11-29T03:12:00Z');
  const immediateSoon = row('i1', 1, '2026-11-29T03:10:00Z');

  it('should order by grade, then by the least time left', () => {
    expect(sortQueue([scheduledSoon, immediateLater, immediateSoon]).map((i) => i.id)).toEqual(['i1', 'i2', 's']);
  });

  it('should move one row at a time and stop at the ends', () => {
    const queue = sortQueue([scheduledSoon, immediateLater, immediateSoon]);
    expect(moveSelection(queue, undefined, 1)).toBe('i1');
    expect(moveSelection(queue, 'i1', 1)).toBe('i2');
    expect(moveSelection(queue, 's', 1)).toBe('s');
    expect(moveSelection(queue, 'i1', -1)).toBe('i1');
    expect(moveSelection([], undefined, 1)).toBeUndefined();
  });

  it('should keep the selected incident as the queue changes, or the row at the same place when it left', () => {
    const queue = sortQueue([scheduledSoon, immediateLater]);
    expect(keepSelection(queue, 's', 0)).toBe('s');
    expect(keepSelection(queue, 'i1', 1)).toBe('s');
    expect(keepSelection(queue, 'gone', 5)).toBe('s');
    expect(keepSelection([], 's', 0)).toBeUndefined();
  });
});
