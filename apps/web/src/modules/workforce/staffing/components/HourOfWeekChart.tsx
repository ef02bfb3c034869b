import { useCallback } from 'react';
import { EChartFigure } from '../../../../ui/EChartFigure';
import { hourOfWeekChartOption, type HourOfWeekGap, type HourOfWeekSeries } from '../utils/hourOfWeekChartOption';

export type { HourOfWeekGap, HourOfWeekSeries };

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
  const buildOption = useCallback((textColour: string) => hourOfWeekChartOption({ title, series, gaps, yAxisName, textColour }), [title, series, gaps, yAxisName]);
  return <EChartFigure title={title} buildOption={buildOption} height={height} testId="hour-of-week-chart" />;
}
