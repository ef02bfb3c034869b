import type { EChartsCoreOption } from 'echarts/core';
import { HOUR_OF_WEEK_LABELS, runsOf } from './hourOfWeek';

/** One line or set of bars over the 168 hours of the week. */
export type HourOfWeekSeries = {
  /** The legend's and tooltip's name, e.g. "Handlers to roster". */
  name: string;
  /** 168 values, index 0 = Monday 00:00 Europe/London; null where there is nothing to show. */
  values: readonly (number | null)[];
  kind?: 'bar' | 'line';
  /** A CSS colour; the palette's next colour when left out. */
  colour?: string;
  /** Bars with the same stack name are stacked (e.g. strength by team). */
  stack?: string;
};

/** An hour the chart marks as a gap (e.g. strength below demand), with what the gap is. */
export type HourOfWeekGap = { hourOfWeek: number; label?: string };

type ChartOptionInput = { title: string; series: HourOfWeekSeries[]; gaps?: HourOfWeekGap[]; yAxisName?: string | undefined; textColour: string };

const PALETTE = ['#0b4fa8', '#c2410c', '#1a7f37', '#7c3aed', '#9a6700', '#0e7490'];

/**
 * The ECharts option for values per hour of the week: bars or stepped lines, with gap hours shaded
 * as bands (consecutive hours as one band, named by the first hour's label). Pure, so it is tested
 * without a browser.
 */
/** Shaded bands for consecutive gap hours, each named by its first hour's label (or `fallback`). */
export function gapBands(gaps: readonly HourOfWeekGap[], fallback: string) {
  const labelOf = new Map(gaps.map((g) => [g.hourOfWeek, g.label]));
  return runsOf(gaps.map((g) => g.hourOfWeek)).map(([from, to]) => [{ xAxis: HOUR_OF_WEEK_LABELS[from], name: labelOf.get(from) ?? fallback }, { xAxis: HOUR_OF_WEEK_LABELS[to] }]);
}

/** The hour-of-week axis every such chart shares: a tick at each day's midnight and midday, so the week reads at a glance. */
export function hourOfWeekXAxis(text: string) {
  return {
    type: 'category',
    data: HOUR_OF_WEEK_LABELS,
    axisLabel: { color: text, interval: (index: number) => index % 12 === 0 },
    axisTick: { interval: (index: number) => index % 24 === 0 },
  };
}

export function hourOfWeekChartOption({ title, series, gaps = [], yAxisName, textColour: text }: ChartOptionInput): EChartsCoreOption {
  const bands = gapBands(gaps, 'Gap');
  return {
    aria: { enabled: true, label: { description: title } },
    color: PALETTE,
    textStyle: { color: text },
    animation: false,
    grid: { left: 48, right: 16, top: 40, bottom: 40 },
    legend: { top: 0, textStyle: { color: text } },
    tooltip: { trigger: 'axis' },
    xAxis: hourOfWeekXAxis(text),
    yAxis: { type: 'value', name: yAxisName, minInterval: 1, axisLabel: { color: text }, nameTextStyle: { color: text } },
    series: series.map((s, i) => ({
      name: s.name,
      type: s.kind ?? 'bar',
      data: [...s.values],
      stack: s.stack,
      itemStyle: s.colour ? { color: s.colour } : undefined,
      lineStyle: s.colour ? { color: s.colour } : undefined,
      showSymbol: false,
      step: s.kind === 'line' ? 'middle' : undefined,
      // The gap bands hang on the first series so they are drawn once.
      markArea: i === 0 && bands.length ? { silent: true, itemStyle: { color: 'rgba(180, 35, 24, 0.15)' }, label: { color: '#b42318' }, data: bands } : undefined,
    })),
  };
}
