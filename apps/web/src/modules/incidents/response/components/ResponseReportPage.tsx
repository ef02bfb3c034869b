import { useMemo, useState } from 'react';
import type { ResponseReport } from '@bluelamp/contracts/incidents/report';
import { Link, useSearchParams } from '../../../../app/router';
import { DataTable } from '../../../../ui/DataTable';
import { PageHeader } from '../../../../ui/PageHeader';
import { Panel } from '../../../../ui/Panel';
import { QueryStatus } from '../../../../ui/QueryStatus';
import { formatLondon } from '../../../../ui/format';
import { formatIsoDate, todayInLondon } from '../../../workforce/rosters/utils/week';
import { useIncidentCodes } from '../../api/useIncidents';
import { responseApi } from '../api/responseApi';
import { useResponseReport } from '../hooks/useResponseReport';
import { periodFromParams, periodToForm, toPeriodQuery, type PeriodErrors } from '../utils/reportPeriod';
import { gradeRows } from '../utils/reportRows';
import { formatClock } from '../utils/durations';
import { ReportPeriodForm } from './ReportPeriodForm';
import { ResponseFiguresTable } from './ResponseFiguresTable';
import '../response.css';

/**
 * Response performance per grade over London days: the figures the API computes from recorded
 * events (the same as `bluelamp report response`), the breaches with their reasons, and the CSV of
 * every incident behind them so anyone can recompute them. The period lives in the address.
 */
export function ResponseReportPage() {
  const [params, setParams] = useSearchParams();
  const today = todayInLondon();
  const period = periodFromParams(params, today);
  const [errors, setErrors] = useState<PeriodErrors>({});
  const report = useResponseReport(period);
  const data = report.data;
  const rows = useMemo(() => (data ? gradeRows(data) : []), [data]);
  const names = useMemo(() => new Map((data?.grades ?? []).map((g) => [g.code, g.name])), [data]);
  // Non-attendance reasons by name where the user may read the codes (otherwise the code is shown).
  const codes = useIncidentCodes();
  const reasonNames = useMemo(() => new Map((codes.data?.nonAttendanceReasons ?? []).map((c) => [c.code, c.name])), [codes.data]);

  return (
    <>
      <PageHeader
        title="Response performance"
        description="Incidents received on these days (London time), counted under the grade first given: time from the call to the first officer on scene, against the grade's target."
      />
      <ReportPeriodForm
        key={`${period.from}:${period.to}`}
        initial={periodToForm(period)}
        errors={errors}
        onShow={(form) => {
          const result = toPeriodQuery(form, today);
          if ('errors' in result) return setErrors(result.errors);
          setErrors({});
          setParams({ from: result.query.from, to: result.query.to });
        }}
      />
      <div className="response-actions">
        <p className="roster-week-label" data-testid="response-period">
          {formatIsoDate(period.from)} to {formatIsoDate(period.to)}
        </p>
        <a className="btn btn-secondary" href={responseApi.reportCsvUrl(period)} download>
          Download CSV
        </a>
      </div>
      <QueryStatus isLoading={report.isLoading} error={report.error} onRetry={report.refetch} what="the response figures" />
      {data && (
        <>
          <ResponseFiguresTable rows={rows} isStale={report.isFetching || data.from !== period.from || data.to !== period.to} />
          <p className="field-hint">
            Arrived counts incidents with an officer on scene; compliance, mean, median and 90th percentile are over them (median and percentile by nearest rank). Times are m:ss, or h:mm from an hour. The
            CSV has one row per incident received, to recompute every figure.
          </p>
          <BreachReasons report={data} names={names} reasonNames={reasonNames} />
          <BreachList report={data} names={names} />
        </>
      )}
    </>
  );
}

function BreachReasons({ report, names, reasonNames }: { report: ResponseReport; names: Map<string, string>; reasonNames: Map<string, string> }) {
  if (report.breachReasons.length === 0 && report.nonAttendanceReasons.length === 0) return null;
  return (
    <Panel title="Reasons" className="response-reasons">
      {report.breachReasons.length > 0 && (
        <DataTable
          caption="Breaches by reason"
          showCaption
          rows={report.breachReasons}
          rowKey={(r) => `${r.gradeCode}:${r.reason ?? ''}`}
          columns={[
            { header: 'Grade', cell: (r) => names.get(r.gradeCode) ?? r.gradeCode },
            { header: 'Reason', cell: (r) => r.reason ?? <em>No reason recorded yet</em> },
            { header: 'Breaches', className: 'num', cell: (r) => r.count },
          ]}
        />
      )}
      {report.nonAttendanceReasons.length > 0 && (
        <DataTable
          caption="Not attended, by reason"
          showCaption
          rows={report.nonAttendanceReasons}
          rowKey={(r) => `${r.gradeCode}:${r.reason ?? ''}`}
          columns={[
            { header: 'Grade', cell: (r) => names.get(r.gradeCode) ?? r.gradeCode },
            { header: 'Reason', cell: (r) => (r.reason ? (reasonNames.get(r.reason) ?? r.reason) : '—') },
            { header: 'Incidents', className: 'num', cell: (r) => r.count },
          ]}
        />
      )}
    </Panel>
  );
}

function BreachList({ report, names }: { report: ResponseReport; names: Map<string, string> }) {
  return (
    <Panel title="Breaches" aside={report.breaches.length >= 200 ? 'The 200 most recent; the CSV has them all' : undefined}>
      <DataTable
        caption="Incidents whose target passed with nobody on scene, newest first"
        rows={report.breaches}
        rowKey={(b) => b.incidentId}
        emptyText="No breaches in this period."
        columns={[
          { header: 'Incident', cell: (b) => <Link to={`/incidents/${b.incidentId}`}>{b.reference}</Link> },
          { header: 'Grade', cell: (b) => names.get(b.gradeCode) ?? b.gradeCode },
          { header: 'Received', className: 'nowrap', cell: (b) => formatLondon(b.receivedAt) },
          { header: 'Breached', className: 'nowrap', cell: (b) => formatLondon(b.breachedAt) },
          {
            header: 'Arrived',
            className: 'nowrap',
            cell: (b) => (b.arrivedAt ? `${formatLondon(b.arrivedAt)} (${formatClock((new Date(b.arrivedAt).getTime() - new Date(b.receivedAt).getTime()) / 1000)} after the call)` : 'Not arrived'),
          },
          { header: 'Reason', cell: (b) => b.reason ?? <em>No reason recorded yet</em> },
        ]}
      />
    </Panel>
  );
}
