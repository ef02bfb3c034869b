import { describe, expect, it } from 'vitest';
import { buildStaffingRequest, EMPTY_FORM, switchEntry } from './staffingForm';

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

  it('should carry the figures across when the way of entering them changes', () => {
    const grid = switchEntry({ ...EMPTY_FORM, uniformCalls: '12' }, 'grid');
    expect(grid.grid.every((v) => v === '12')).toBe(true);
    const pasted = switchEntry({ ...grid, grid: grid.grid.map((v, h) => (h === 0 ? '3' : v)) }, 'paste');
    expect(pasted.pasted.split('\n')).toHaveLength(7);
    expect(pasted.pasted.startsWith('3\t12\t')).toBe(true);
    // Uneven figures cannot become one: the uniform field is left as it was.
    expect(switchEntry(pasted, 'uniform').uniformCalls).toBe('12');
    expect(switchEntry({ ...EMPTY_FORM, uniformCalls: 'x' }, 'grid').grid.every((v) => v === '0')).toBe(true);
  });

  it('should build the officers part from one figure or 168 per grade, leaving out empty grades', () => {
    const officers = { isIncluded: true, incidentsByGrade: { immediate: '2', scheduled: Array.from({ length: 168 }, (_, h) => h % 2).join(' '), routine: ' ' }, commitmentMinutes: '90', travelMinutes: '8', targetPercent: '90', shrinkagePercent: '35' };
    const checked = buildStaffingRequest({ ...EMPTY_FORM, uniformCalls: '10', averageHandleSeconds: '180', officers });
    const demand = checked.request?.responseOfficers;
    expect(demand?.incidentsPerHour.map((g) => g.gradeCode)).toEqual(['immediate', 'scheduled']);
    expect(demand?.incidentsPerHour[1]?.perHour[1]).toBe(1);
    expect(demand).toMatchObject({ commitmentMinutes: 90, travelMinutes: 8, targetLevel: 0.9, shrinkage: 0.35 });
    const bad = buildStaffingRequest({ ...EMPTY_FORM, uniformCalls: '10', averageHandleSeconds: '180', officers: { ...officers, incidentsByGrade: { immediate: '1 2' }, commitmentMinutes: '' } });
    expect(bad.errors).toMatchObject({ 'officers.grade.immediate': 'Paste 168 numbers, one for each hour of the week; there are 2, or one figure for every hour' });
    expect(bad.errors?.['officers.commitmentMinutes']).toBeDefined();
    const none = buildStaffingRequest({ ...EMPTY_FORM, uniformCalls: '10', averageHandleSeconds: '180', officers: { ...officers, incidentsByGrade: {} } });
    expect(none.errors?.['officers.incidents']).toBe('Enter the incidents an hour for at least one grade');
    expect(buildStaffingRequest({ ...EMPTY_FORM, uniformCalls: '10', averageHandleSeconds: '180' }).request?.responseOfficers).toBeUndefined();
  });
});
