import { useMemo } from 'react';
import type { StaffingRecommendation } from '@bluelamp/contracts/workforce/staffing';
import { Panel } from '../../../../ui/Panel';
import { hourOfWeekLabel } from '../utils/hourOfWeek';
import { percent } from './CallHandlerResults';
import { HourOfWeekChart, type HourOfWeekSeries } from './HourOfWeekChart';
import { HourOfWeekTable } from './HourOfWeekTable';

type Officers = NonNullable<StaffingRecommendation['responseOfficers']>;

/** "12 min", "1 h", "47 h 52 min": targets run from minutes to days. */
function formatMinutes(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return rest ? `${Math.floor(minutes / 60)} h ${rest} min` : `${minutes / 60} h`;
}

/** Response officers: the grade targets used, the busiest hour, the chart and the hour-by-hour table. */
export function OfficerResults({ result }: { result: Officers }) {
  const peakHour = result.hours[result.peak.hourOfWeek]!;
  const rostered = useMemo(() => result.hours.map((h) => h.officersWithShrinkage), [result]);
  const series = useMemo<HourOfWeekSeries[]>(
    () => [
      { name: 'Officers to roster', values: rostered, kind: 'bar', colour: '#1a7f37' },
      { name: 'Officers available for incidents', values: result.hours.map((h) => h.officers), kind: 'line', colour: '#7c3aed' },
      { name: 'Officers busy on incidents (average)', values: result.hours.map((h) => Number(h.offeredLoad.toFixed(2))), kind: 'line', colour: '#9a6700' },
    ],
    [result, rostered],
  );
  return (
    <Panel title="Recommended response officers">
      <dl className="dl staffing-summary">
        <div className="dl-row">
          <dt>Grade targets</dt>
          <dd>
            {result.grades.map((g) => `${g.name} ${formatMinutes(g.targetSeconds)} (may wait ${formatMinutes(g.waitAllowanceSeconds)} for an officer)`).join('; ')}
          </dd>
        </div>
        <div className="dl-row">
          <dt>Busiest hour</dt>
          <dd data-testid="officer-peak-hour">
            {hourOfWeekLabel(result.peak.hourOfWeek)}: <strong>{result.peak.rostered}</strong> to roster, {peakHour.officers} available for incidents
          </dd>
        </div>
        <div className="dl-row">
          <dt>At that hour</dt>
          <dd>
            {peakHour.withinTarget.map((g) => `${result.grades.find((x) => x.gradeCode === g.gradeCode)?.name ?? g.gradeCode} ${percent(g.share)} in target`).join(', ')}
            {peakHour.withinTarget.length > 0 && `; ${percent(peakHour.probabilityOfWaiting)} of incidents wait for an officer`}
          </dd>
        </div>
        <div className="dl-row">
          <dt>Officer hours a week</dt>
          <dd data-testid="officer-rostered-hours">{result.rosteredHoursPerWeek.toLocaleString('en-GB')}</dd>
        </div>
      </dl>
      <HourOfWeekChart title="Response officers needed in each hour of the week (Europe/London)" series={series} yAxisName="Officers" />
      <HourOfWeekTable title="Officers to roster by hour" values={rostered} />
    </Panel>
  );
}
