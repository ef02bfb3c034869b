import { useEffect, useRef } from 'react';
import { init, use, type EChartsCoreOption, type EChartsType } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

// Only the parts the app's charts use, so the bundle carries no more of ECharts than it needs.
// Import this module only from lazily loaded screens: ECharts stays out of the main bundle.
use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, MarkAreaComponent, AriaComponent, SVGRenderer]);

type EChartFigureProps = {
  /** What the chart shows: the figure's caption. */
  title: string;
  /** The chart's option for the page's text colour; give a stable function (useCallback) — a new one redraws. */
  buildOption: (textColour: string) => EChartsCoreOption;
  height: number;
  testId: string;
};

/** One ECharts chart (drawn as SVG) in a captioned figure: created once, resized with its box, redrawn when its option changes, disposed on unmount. */
export function EChartFigure({ title, buildOption, height, testId }: EChartFigureProps) {
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
    chart.current?.setOption(buildOption(getComputedStyle(element.current!).color), { notMerge: true });
  }, [buildOption]);

  return (
    <figure className="hour-chart">
      <figcaption className="hour-chart-caption">{title}</figcaption>
      <div ref={element} className="hour-chart-canvas" style={{ height }} data-testid={testId} />
    </figure>
  );
}
