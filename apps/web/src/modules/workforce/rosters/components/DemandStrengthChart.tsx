import { useCallback } from 'react';
import { EChartFigure } from '../../../../ui/EChartFigure';
import { demandChartOption, type DemandChartInput } from '../utils/demandChart';

type DemandStrengthChartProps = Omit<DemandChartInput, 'textColour'> & { height?: number };

/** Demand against strength over the hours of the week (ECharts, drawn as SVG), the hours short shaded. */
export function DemandStrengthChart({ title, teams, needed, incidents, gaps, height = 360 }: DemandStrengthChartProps) {
  const buildOption = useCallback((textColour: string) => demandChartOption({ title, teams, needed, incidents, gaps, textColour }), [title, teams, needed, incidents, gaps]);
  return <EChartFigure title={title} buildOption={buildOption} height={height} testId="demand-chart" />;
}
