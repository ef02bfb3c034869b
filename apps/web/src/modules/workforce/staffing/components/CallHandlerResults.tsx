import { useMemo } from 'react';
import type { StaffingRecommendation } from '@bluelamp/contracts/workforce/staffing';
import { Panel } from '../../../../ui/Panel';
import { hourOfWeekLabel } from '../utils/hourOfWeek';
import { HourOfWeekChart, type HourOfWeekSeries } from './HourOfWeekChart';
import { HourOfWeekTable } from './HourOfWeekTable';

export const percent = (share: number | null) => (share === null ? '–' : `${(share * 100).toFixed(1)}%`);

/** Call handlers: the busiest hour, the week's person-hours, the chart and the hour-by-hour table. */
export function CallHandlerResults({ result, shrinkage }: { result: StaffingRecommendation['callHandlers']; shrinkage: number }) {
  const peakHour = result.hours[result.peak.hourOfWeek]!;
  const rostered = useMemo(() => result.hours.map((h) => h.agentsWithShrinkage), [result]);
  const series = useMemo<HourOfWeekSeries[]>(
    () => [
      { name: 'Handlers to roster', values: rostered, kind: 'bar', colour: '#0b4fa8' },
      { name: 'Handlers answering', values: result.hours.map((h) => h.agents), kind: 'line', colour: '#c2410c' },
    ],
    [result, rostered],
  );
  return (
    <Panel title="Recommended call handlers">
      <dl className="dl staffing-summary">
        <div className="dl-row">
          <dt>Busiest hour</dt>
          <dd data-testid="peak-hour">
            {hourOfWeekLabel(result.peak.hourOfWeek)}: <strong>{result.peak.rostered}</strong> to roster, {peakHour.agents} answering
          </dd>
        </div>
        <div className="dl-row">
          <dt>At that hour</dt>
          <dd>
            {percent(peakHour.serviceLevel)} answered in target, occupancy {percent(peakHour.occupancy)}, {percent(peakHour.probabilityOfWaiting)} of callers wait
          </dd>
        </div>
        <div className="dl-row">
          <dt>Handler hours a week</dt>
          <dd data-testid="rostered-hours">
            {result.rosteredHoursPerWeek.toLocaleString('en-GB')} (with {(shrinkage * 100).toFixed(0)}% shrinkage)
          </dd>
        </div>
      </dl>
      <HourOfWeekChart title="Call handlers needed in each hour of the week (Europe/London)" series={series} yAxisName="Handlers" />
      <HourOfWeekTable title="Handlers to roster by hour" values={rostered} />
    </Panel>
  );
}
