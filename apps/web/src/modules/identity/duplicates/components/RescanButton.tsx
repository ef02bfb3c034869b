import { isApiError } from '../../../../api/ApiError';
import { Alert } from '../../../../ui/Alert';
import { Button } from '../../../../ui/Button';
import { plural } from '../../../../ui/format';
import { useScanDuplicates } from '../hooks/useScanDuplicates';

/** "Rescan now": proposals follow every change by themselves; a rescan is for after a bulk import or a change of rules. */
export function RescanButton() {
  const scan = useScanDuplicates();
  const report = scan.data;
  const opened = report ? (report.persons?.opened ?? 0) + (report.locations?.opened ?? 0) + (report.persons?.reopened ?? 0) + (report.locations?.reopened ?? 0) : 0;
  return (
    <div>
      <Button onClick={() => scan.mutate(undefined)} isBusy={scan.isPending}>
        Rescan all records
      </Button>
      {report && (
        <Alert tone="success">
          Rescanned {plural(report.persons?.records ?? 0, 'person', 'people')} and {plural(report.locations?.records ?? 0, 'place')} in {(report.tookMs / 1000).toFixed(1)} s: {plural(opened, 'new proposal')}.
        </Alert>
      )}
      {scan.error && <Alert tone={isApiError(scan.error, 'DUPLICATE_SCAN_RUNNING') ? 'info' : 'error'}>{scan.error.message}</Alert>}
    </div>
  );
}
