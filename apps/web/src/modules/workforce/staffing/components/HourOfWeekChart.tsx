import { useEffect, useRef } from 'react';
import { init, use, type EChartsCoreOption, type EChartsType } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { HOUR_OF_WEEK_LABELS, runsOf } from '../utils/hourOfWeek';

// Only the parts these charts use, so the bundle carries no more of ECharts than it needs.
use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, MarkAreaComponent, AriaComponent, SVGRenderer]);

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

type HourOfWeekChartProps = {
  /** What the chart shows, for screen readers and the figure's caption. */
  title: string;
  series: HourOfWeekSeries[];
  /** Hours to shade; consecutive hours are shaded as one band. */
  gaps?: HourOfWeekGap[];
  /** Name of the vertical axis, e.g. "People". */
  yAxisName?: string;
  height?: number;
};

const PALETTE = ['#0b4fa8', '#c2410c', '#1a7f37', '#7c3aed', '#9a6700', '#0e7490'];

/**
 * A chart of values per hour of the week (ECharts, drawn as SVG). Reusable: the staffing
 * calculator shows handlers needed, and demand against strength shows both with the gaps marked.
 */
export function HourOfWeekChart({ title, series, gaps = [], yAxisName, height = 320 }: HourOfWeekChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | undefined>(undefined);

  useEffect(() => {
    const el = element.current!;
    chart.current = init(el, undefined, { renderer: 'svg' });
    const observer = new ResizeObserver(() => chart.current?.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.current?.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    const el = element.current!;
    chart.current?.setOption(chartOption(title, series, gaps, yAxisName, getComputedStyle(el).color), { notMerge: true });
  }, [title, series, gaps, yAxisName]);

  return (
    <figure className="hour-chart">
      <figcaption className="hour-chart-caption">{title}</figcaption>
      <div ref={element} className="hour-chart-canvas" style={{ height }} data-testid="hour-of-week-chart" />
    </figure>
  );
}

function chartOption(title: string, series: HourOfWeekSeries[], gaps: HourOfWeekGap[], yAxisName: string | undefined, text: string): EChartsCoreOption {
  const labelOf = new Map(gaps.map((g) => [g.hourOfWeek, g.label]));
  const gapBands = runsOf(gaps.map((g) => g.hourOfWeek)).map(([from, to]) => [
    { xAxis: HOUR_OF_WEEK_LABELS[from], name: labelOf.get(from) ?? 'Gap' },
    { xAxis: HOUR_OF_WEEK_LABELS[to] },
  ]);
  return {
    aria: { enabled: true, label: { description: title } },
    color: PALETTE,
    textStyle: { color: text },
    animation: false,
    grid: { left: 48, right: 16, top: 40, bottom: 40 },
    legend: { top: 0, textStyle: { color: text } },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: HOUR_OF_WEEK_LABELS,
      // A tick at each day's midnight and midday, so the week reads at a glance.
      axisLabel: { color: text, interval: (index: number) => index % 12 === 0 },
      axisTick: { interval: (index: number) => index % 24 === 0 },
    },
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
      markArea: i === 0 && gapBands.length ? { silent: true, itemStyle: { color: 'rgba(180, 35, 24, 0.15)' }, label: { color: '#b42318' }, data: gapBands } : undefined,
    })),
  };
}
