import { useEffect, useRef } from 'react';
import { init, use, type EChartsType } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { hourOfWeekChartOption, type HourOfWeekGap, type HourOfWeekSeries } from '../utils/hourOfWeekChartOption';

export type { HourOfWeekGap, HourOfWeekSeries };

// Only the parts these charts use, so the bundle carries no more of ECharts than it needs.
use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, MarkAreaComponent, AriaComponent, SVGRenderer]);

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
    chart.current?.setOption(hourOfWeekChartOption({ title, series, gaps, yAxisName, textColour: getComputedStyle(el).color }), { notMerge: true });
  }, [title, series, gaps, yAxisName]);

  return (
    <figure className="hour-chart">
      <figcaption className="hour-chart-caption">{title}</figcaption>
      <div ref={element} className="hour-chart-canvas" style={{ height }} data-testid="hour-of-week-chart" />
    </figure>
  );
}
