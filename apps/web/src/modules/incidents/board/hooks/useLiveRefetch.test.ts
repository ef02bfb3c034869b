import { describe, expect, it } from 'vitest';
import { eventsAfter } from './useLiveRefetch';

const e = (id: string) => ({ id, type: 'incidents.incident_changed', at: '2026-11-29T03:00:00Z' });

describe('eventsAfter', () => {
  it('should give the events newer than the last seen, newest first', () => {
    expect(eventsAfter([e('3'), e('2'), e('1')], '1').map((x) => x.id)).toEqual(['3', '2']);
    expect(eventsAfter([e('3'), e('2'), e('1')], '3')).toEqual([]);
  });

  it('should treat every event as new when the last seen has dropped out of the capped list', () => {
    expect(eventsAfter([e('9'), e('8')], '1').map((x) => x.id)).toEqual(['9', '8']);
    expect(eventsAfter([e('9')], undefined).map((x) => x.id)).toEqual(['9']);
  });
});
