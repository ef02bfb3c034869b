import { describe, expect, it } from 'vitest';
import { hourOfWeekChartOption } from './hourOfWeekChartOption';

const week = (value: number) => Array.from({ length: 168 }, () => value);

describe('the hour-of-week chart option', () => {
  it('should draw each series over the 168 labelled hours, bars unless told otherwise', () => {
    const option = hourOfWeekChartOption({
      title: 'Demand against strength',
      series: [{ name: 'Demand', values: week(3) }, { name: 'Strength', values: week(2), kind: 'line', colour: '#1a7f37' }],
      textColour: '#000',
    }) as { xAxis: { data: string[] }; series: { name: string; type: string; data: number[]; itemStyle?: { color: string }; markArea?: unknown }[] };
    expect(option.xAxis.data).toHaveLength(168);
    expect(option.xAxis.data[0]).toBe('Mon 00:00');
    expect(option.series.map((s) => [s.name, s.type])).toEqual([['Demand', 'bar'], ['Strength', 'line']]);
    expect(option.series[1]!.itemStyle).toEqual({ color: '#1a7f37' });
    expect(option.series[0]!.markArea).toBeUndefined();
  });

  it('should shade consecutive gap hours as one band, on the first series only', () => {
    const option = hourOfWeekChartOption({
      title: 'Response team',
      series: [{ name: 'Demand', values: week(3) }, { name: 'Strength', values: week(2) }],
      gaps: [{ hourOfWeek: 20, label: 'Short by 2' }, { hourOfWeek: 21 }, { hourOfWeek: 22 }, { hourOfWeek: 40, label: 'Short by 1' }],
      textColour: '#000',
    }) as { series: { markArea?: { data: [{ xAxis: string; name: string }, { xAxis: string }][] } }[] };
    expect(option.series[0]!.markArea!.data).toEqual([
      [{ xAxis: 'Mon 20:00', name: 'Short by 2' }, { xAxis: 'Mon 22:00' }],
      [{ xAxis: 'Tue 16:00', name: 'Short by 1' }, { xAxis: 'Tue 16:00' }],
    ]);
    expect(option.series[1]!.markArea).toBeUndefined();
  });
});
