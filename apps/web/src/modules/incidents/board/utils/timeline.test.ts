import { describe, expect, it } from 'vitest';
import type { IncidentEvent } from '@bluelamp/contracts/incidents/incidents';
import { ApiError } from '../../../../api/ApiError';
import { assignRefusal } from './officers';
import { describeEvent } from './timeline';

const event = (type: string, extra: Partial<IncidentEvent> = {}): IncidentEvent => ({
  seq: 1,
  type,
  staffId: null,
  staffName: null,
  fromStatus: null,
  toStatus: null,
  occurredAt: '2026-11-29T03:00:00Z',
  recordedAt: '2026-11-29T03:00:00Z',
  by: 'demo.dispatcher',
  details: {},
  ...extra,
});
const names = { grade: (c: string) => ({ immediate: 'Immediate', scheduled: 'Scheduled' })[c] ?? c, code: (c: string) => ({ 'victim-declined': 'Victim asked not to be visited' })[c] ?? c };

describe('describeEvent', () => {
  it('should say what happened in words', () => {
    expect(describeEvent(event('status', { fromStatus: 'awaiting_dispatch', toStatus: 'dispatched' }), names)).toBe('Status: Awaiting dispatch → Dispatched');
    expect(describeEvent(event('regraded', { details: { from: 'scheduled', to: 'immediate', reason: 'Weapon seen' } }), names)).toBe('Re-graded Scheduled → Immediate: “Weapon seen”');
    expect(describeEvent(event('assigned', { staffName: 'Jane Smith', details: { recommended: true } }), names)).toBe('Jane Smith assigned (recommended)');
    expect(describeEvent(event('on_scene', { staffName: 'Jane Smith' }), names)).toBe('Jane Smith: On scene');
    expect(describeEvent(event('attendance', { details: { attended: false, reasonCode: 'victim-declined', status: 'pending_approval' } }), names)).toBe(
      'Not attended: Victim asked not to be visited (awaiting supervisor approval)',
    );
    expect(describeEvent(event('something_new'), names)).toBe('something new');
  });
});

describe('assignRefusal', () => {
  it('should name the officer and where they went when another dispatcher was first', () => {
    const error = new ApiError(409, { code: 'OFFICER_ALREADY_COMMITTED', message: 'Jane Smith is committed to an incident' });
    expect(assignRefusal(error, { rank: 'Police Constable', lastName: 'Smith' }, 'INC-2026-000042')).toBe('PC Smith was just committed to INC-2026-000042 by another dispatcher. Choose another officer.');
    expect(assignRefusal(error, undefined, undefined)).toBe('The officer was just committed to another incident by another dispatcher. Choose another officer.');
  });
});
