import { useMemo } from 'react';
import type { StaffingRecommendation } from '@bluelamp/contracts/workforce/staffing';
import { Panel } from '../../../../ui/Panel';
import { DAYS, hourOfWeekLabel } from '../utils/hourOfWeek';
import { HourOfWeekChart, type HourOfWeekSeries } from './HourOfWeekChart';

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const percent = (share: number | null) => (share === null ? '–' : `${(share * 100).toFixed(1)}%`);

/** The recommendation: the busiest hour, the week's person-hours, the chart and the hour-by-hour table. */
export function StaffingResults({ result, shrinkage }: { result: StaffingRecommendation; shrinkage: number }) {
  const handlers = result.callHandlers;
  const peakHour = handlers.hours[handlers.peak.hourOfWeek]!;
  const series = useMemo<HourOfWeekSeries[]>(
    () => [
      { name: 'Handlers to roster', values: handlers.hours.map((h) => h.agentsWithShrinkage), kind: 'bar', colour: '#0b4fa8' },
      { name: 'Handlers answering', values: handlers.hours.map((h) => h.agents), kind: 'line', colour: '#c2410c' },
    ],
    [handlers],
  );
  return (
    <Panel title="Recommended call handlers">
      <dl className="dl staffing-summary">
        <div className="dl-row">
          <dt>Busiest hour</dt>
          <dd data-testid="peak-hour">
            {hourOfWeekLabel(handlers.peak.hourOfWeek)}: <strong>{handlers.peak.rostered}</strong> to roster, {peakHour.agents} answering
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
            {handlers.rosteredHoursPerWeek.toLocaleString('en-GB')} (with {(shrinkage * 100).toFixed(0)}% shrinkage)
          </dd>
        </div>
      </dl>
      <HourOfWeekChart title="Call handlers needed in each hour of the week (Europe/London)" series={series} yAxisName="Handlers" />
      <details className="staffing-table">
        <summary>Handlers to roster, hour by hour</summary>
        <div className="table-wrap" role="region" aria-label="Handlers to roster by hour" tabIndex={0}>
          <table className="table">
            <caption className="visually-hidden">Handlers to roster in each hour of the week, Europe/London time</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                {HOURS.map((h) => (
                  <th key={h} scope="col" className="num">
                    {String(h).padStart(2, '0')}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {DAYS.map((day, d) => (
                <tr key={day}>
                  <th scope="row">{day.slice(0, 3)}</th>
                  {HOURS.map((h) => (
                    <td key={h} className="num">
                      {handlers.hours[d * 24 + h]!.agentsWithShrinkage}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </Panel>
  );
}
