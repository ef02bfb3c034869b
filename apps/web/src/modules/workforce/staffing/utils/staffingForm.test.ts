import { describe, expect, it } from 'vitest';
import { buildStaffingRequest, EMPTY_FORM } from './staffingForm';

describe('the staffing calculator form', () => {
  it('should turn percentages into shares and one figure into 168 hours', () => {
    const checked = buildStaffingRequest({ ...EMPTY_FORM, uniformCalls: '200', averageHandleSeconds: '180' });
    expect(checked.request?.callHandlers).toMatchObject({ averageHandleSeconds: 180, targetLevel: 0.8, targetSeconds: 20, shrinkage: 0.3 });
    expect(checked.request?.callHandlers.callsPerHour).toHaveLength(168);
    expect(new Set(checked.request?.callHandlers.callsPerHour)).toEqual(new Set([200]));
  });

  it('should take the grid as typed', () => {
    const grid = EMPTY_FORM.grid.map((_, h) => String(h % 24));
    const checked = buildStaffingRequest({ ...EMPTY_FORM, entry: 'grid', grid, averageHandleSeconds: '240' });
    expect(checked.request?.callHandlers.callsPerHour[23]).toBe(23);
  });

  it('should name every field to fix', () => {
    const grid = EMPTY_FORM.grid.map((v, h) => (h === 30 ? '' : v));
    const checked = buildStaffingRequest({ ...EMPTY_FORM, entry: 'grid', grid, averageHandleSeconds: '0', targetPercent: '100', targetSeconds: '-5', shrinkagePercent: '100' });
    expect(Object.keys(checked.errors ?? {}).sort()).toEqual(['averageHandleSeconds', 'grid', 'shrinkagePercent', 'targetPercent', 'targetSeconds']);
    expect(checked.errors?.grid).toContain('hour 31');
    expect(buildStaffingRequest({ ...EMPTY_FORM, averageHandleSeconds: '180' }).errors?.uniformCalls).toBe('Enter the calls in an hour, 0 or more');
    expect(buildStaffingRequest({ ...EMPTY_FORM, entry: 'paste', pasted: '1 2', averageHandleSeconds: '180' }).errors?.pasted).toContain('there are 2');
  });
});
