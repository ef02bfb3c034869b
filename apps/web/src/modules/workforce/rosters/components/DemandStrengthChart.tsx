import { useEffect, useRef } from 'react';
import { init, use, type EChartsType } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { demandChartOption, type DemandChartInput } from '../utils/demandChart';

use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, MarkAreaComponent, AriaComponent, SVGRenderer]);

type DemandStrengthChartProps = Omit<DemandChartInput, 'textColour'> & { height?: number };

/** Demand against strength over the hours of the week (ECharts, drawn as SVG), the hours short shaded. */
export function DemandStrengthChart({ title, teams, needed, incidents, gaps, height = 360 }: DemandStrengthChartProps) {
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
    chart.current?.setOption(demandChartOption({ title, teams, needed, incidents, gaps, textColour: getComputedStyle(el).color }), { notMerge: true });
  }, [title, teams, needed, incidents, gaps]);

  return (
    <figure className="hour-chart">
      <figcaption className="hour-chart-caption">{title}</figcaption>
      <div ref={element} className="hour-chart-canvas" style={{ height }} data-testid="demand-chart" />
    </figure>
  );
}
