import { DataTable } from '../../../../ui/DataTable';
import { formatDuration } from '../../../../ui/format';
import { durationInWords, formatClock } from '../utils/durations';
import { formatCompliance, type GradeRow } from '../utils/reportRows';

/** A time to arrival as m:ss (h:mm from an hour), with the words for a screen reader. */
function Time({ seconds }: { seconds: number | null }) {
  if (seconds === null) return <>—</>;
  return (
    <abbr title={durationInWords(seconds)} aria-label={durationInWords(seconds)}>
      {formatClock(seconds)}
    </abbr>
  );
}

/**
 * The figures per grade: incidents received, those with an arrival, within target and compliance,
 * mean / median / 90th percentile from received to arrival, and the breaches (with a reason or not).
 */
export function ResponseFiguresTable({ rows, isStale }: { rows: GradeRow[]; isStale: boolean }) {
  return (
    <DataTable
      caption="Response performance per grade"
      rows={rows}
      rowKey={(r) => r.code}
      isStale={isStale}
      columns={[
        {
          header: 'Grade (target)',
          cell: (r) => (
            <>
              <strong>{r.name}</strong> ({formatDuration(r.targetSeconds)})
            </>
          ),
        },
        { header: 'Incidents', className: 'num', cell: (r) => r.figures.incidents.toLocaleString('en-GB') },
        { header: 'Arrived', className: 'num', cell: (r) => r.figures.count.toLocaleString('en-GB') },
        { header: 'Within target', className: 'num', cell: (r) => r.figures.withinTarget.toLocaleString('en-GB') },
        { header: 'Compliance', className: 'num', cell: (r) => formatCompliance(r.figures.compliance) },
        { header: 'Mean', className: 'num', cell: (r) => <Time seconds={r.figures.meanSeconds} /> },
        { header: 'Median', className: 'num', cell: (r) => <Time seconds={r.figures.medianSeconds} /> },
        { header: '90th percentile', className: 'num', cell: (r) => <Time seconds={r.figures.p90Seconds} /> },
        { header: 'Not arrived', className: 'num', cell: (r) => `${r.figures.notArrived.toLocaleString('en-GB')}${r.figures.notAttended ? ` (${r.figures.notAttended} not attended)` : ''}` },
        { header: 'Breaches', className: 'num', cell: (r) => (r.figures.breaches ? `${r.figures.breaches} (${r.figures.breachesWithReason} with a reason)` : '0') },
      ]}
    />
  );
}
