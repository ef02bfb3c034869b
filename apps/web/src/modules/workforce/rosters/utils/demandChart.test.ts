import { describe, expect, it } from 'vitest';
import type { DemandProfileResponse } from '@bluelamp/contracts/incidents/report';
import { demandChartOption, demandGaps, hasDemand, hourRangeLabel, incidentsPerHour, recommendationRequest, sumHours, timesUsed } from './demandChart';

const week = (fill: (h: number) => number) => Array.from({ length: 168 }, (_, h) => fill(h));

const profile = (over: Partial<DemandProfileResponse> = {}): DemandProfileResponse => ({
  period: { from: '2026-10-05T00:00:00.000Z', to: '2026-11-30T00:00:00.000Z' },
  callsPerHour: null,
  incidentsByGrade: [
    { gradeCode: 'immediate', perHour: week((h) => (h === 22 ? 1.5 : 0)) },
    { gradeCode: 'scheduled', perHour: week((h) => (h === 22 ? 0.5 : h === 100 ? 0.25 : 0)) },
    { gradeCode: 'routine', perHour: week(() => 0) },
  ],
  averageCommitmentMinutes: 75,
  averageTravelMinutes: 6.5,
  ...over,
});

describe('incidentsPerHour', () => {
  it('should add the grades together hour by hour', () => {
    const total = incidentsPerHour(profile());
    expect(total[22]).toBe(2);
    expect(total[100]).toBe(0.25);
    expect(total.reduce((s, n) => s + n, 0)).toBe(2.25);
  });
});

describe('hasDemand', () => {
  it('should tell a period with incidents from one without', () => {
    expect(hasDemand(profile())).toBe(true);
    expect(hasDemand(profile({ incidentsByGrade: [{ gradeCode: 'immediate', perHour: week(() => 0) }] }))).toBe(false);
    expect(hasDemand(profile({ incidentsByGrade: [] }))).toBe(false);
  });
});

describe('recommendationRequest', () => {
  it('should send the grades with incidents and the measured times', () => {
    const body = recommendationRequest(profile(), { targetLevel: 0.9, shrinkage: 0.2 });
    expect(body.responseOfficers!.incidentsPerHour.map((g) => g.gradeCode)).toEqual(['immediate', 'scheduled']);
    expect(body.responseOfficers).toMatchObject({ commitmentMinutes: 75, travelMinutes: 6.5, targetLevel: 0.9, shrinkage: 0.2 });
    // The endpoint always needs a call-handler part; with no call data it is all zeros.
    expect(body.callHandlers.callsPerHour).toHaveLength(168);
    expect(body.callHandlers.callsPerHour.every((n) => n === 0)).toBe(true);
  });

  it('should fall back to the stated assumptions with no history, and keep within the endpoint bounds', () => {
    expect(timesUsed(profile({ averageCommitmentMinutes: null, averageTravelMinutes: null }))).toEqual({ commitmentMinutes: 60, travelMinutes: 8, measured: { commitment: false, travel: false } });
    expect(timesUsed(profile({ averageCommitmentMinutes: 0 })).measured.commitment).toBe(false);
    expect(timesUsed(profile({ averageCommitmentMinutes: 900 })).commitmentMinutes).toBe(480);
  });
});

describe('demandGaps', () => {
  it('should mark the hours with fewer rostered than needed, saying by how many', () => {
    const strength = week((h) => (h < 2 ? 3 : 5));
    const needed = week((h) => (h === 0 ? 4 : h === 1 ? 3 : h === 3 ? 7.5 : 0));
    expect(demandGaps(strength, needed)).toEqual([
      { hourOfWeek: 0, label: '1 short of demand' },
      { hourOfWeek: 3, label: '2.5 short of demand' },
    ]);
  });
});

describe('sumHours', () => {
  it('should add teams hour by hour', () => {
    expect(sumHours([{ hours: week(() => 1) }, { hours: week((h) => h % 2) }]).slice(0, 3)).toEqual([1, 2, 1]);
  });
});

describe('demandChartOption', () => {
  it('should stack the teams, draw the officers needed and the incidents on their own axis, and shade the gaps once', () => {
    const option = demandChartOption({
      title: 'Demand against strength',
      teams: [
        { name: 'Response Team A', hours: week(() => 2) },
        { name: 'Response Team B', hours: week(() => 1) },
      ],
      needed: week((h) => (h === 22 || h === 23 ? 5 : 0)),
      incidents: week((h) => (h === 22 ? 2 : 0)),
      gaps: [
        { hourOfWeek: 22, label: '2 short of demand' },
        { hourOfWeek: 23, label: '2 short of demand' },
      ],
      textColour: '#000',
    }) as { series: { name: string; type: string; stack?: string; yAxisIndex?: number; markArea?: { data: unknown[] } }[] };
    expect(option.series.map((s) => [s.name, s.type, s.stack ?? null, s.yAxisIndex ?? 0])).toEqual([
      ['Response Team A', 'bar', 'rostered', 0],
      ['Response Team B', 'bar', 'rostered', 0],
      ['Officers needed for the demand', 'line', null, 0],
      ['Incidents per hour (average week)', 'line', null, 1],
    ]);
    expect(option.series[0]!.markArea!.data).toEqual([[{ xAxis: 'Mon 22:00', name: '2 short of demand' }, { xAxis: 'Mon 23:00' }]]);
    expect(option.series[1]!.markArea).toBeUndefined();
  });
});

describe('hourRangeLabel', () => {
  it('should name the end hour with its day when the run crosses midnight or lasts a day', () => {
    expect(hourRangeLabel([5, 6])).toBe('Mon 05:00–07:00');
    expect(hourRangeLabel([5, 5])).toBe('Mon 05:00–06:00');
    expect(hourRangeLabel([23, 23])).toBe('Mon 23:00–Tue 00:00');
    expect(hourRangeLabel([64, 73])).toBe('Wed 16:00–Thu 02:00');
    expect(hourRangeLabel([5, 28])).toBe('Mon 05:00–Tue 05:00');
    expect(hourRangeLabel([160, 167])).toBe('Sun 16:00–Mon 00:00');
  });
});
