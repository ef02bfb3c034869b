import { useState } from 'react';
import type { Merge } from '@bluelamp/contracts/identity/common';
import type { ApiError } from '../../../api/ApiError';
import { Link } from '../../../app/router';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { formatLondon } from '../../../ui/format';
import { Panel } from '../../../ui/Panel';
import { QueryStatus } from '../../../ui/QueryStatus';
import { ReasonDialog } from './ReasonDialog';

type MergeHistoryPanelProps = {
  /** This record's id: merges where it survived can be undone from here. */
  recordId: string;
  /** "/persons" or "/locations". */
  basePath: string;
  merges: Merge[] | undefined;
  isLoading: boolean;
  loadError: ApiError | undefined;
  canMerge: boolean;
  onUnmerge: (mergeId: string, reason: string) => Promise<boolean>;
  isBusy: boolean;
  error: ApiError | undefined;
};

/** The name or address a merge's snapshot shows for the merged record. */
const snapshotName = (snapshot: unknown): string | undefined => {
  const s = snapshot as { displayName?: unknown; address?: unknown } | null;
  if (typeof s?.displayName === 'string') return s.displayName;
  if (typeof s?.address === 'string') return s.address;
  return undefined;
};

/** Records merged into this one (or this one into another), with "Undo merge" for those who may. */
export function MergeHistoryPanel({ recordId, basePath, merges, isLoading, loadError, canMerge, onUnmerge, isBusy, error }: MergeHistoryPanelProps) {
  const [undoing, setUndoing] = useState<Merge | undefined>();
  const handleConfirm = async (reason: string) => {
    if (undoing && (await onUnmerge(undoing.id, reason))) setUndoing(undefined);
  };
  return (
    <Panel title="Merge history">
      <QueryStatus isLoading={isLoading} error={loadError} what="merges" />
      {merges && merges.length === 0 && <p className="muted">Never merged.</p>}
      {merges && merges.length > 0 && (
        <ul className="detail-list">
          {merges.map((m) => {
            const isSurvivor = m.survivorId === recordId;
            const name = snapshotName(m.snapshot) ?? 'another record';
            return (
              <li key={m.id}>
                <span>
                  {isSurvivor ? (
                    <>
                      <Link to={`${basePath}/${m.mergedId}`}>{name}</Link> merged into this record
                    </>
                  ) : (
                    <>
                      This record was merged into <Link to={`${basePath}/${m.survivorId}`}>another</Link>
                    </>
                  )}{' '}
                  {m.unmergedAt && <Badge tone="neutral">Undone</Badge>}
                  <span className="detail-sub">
                    {formatLondon(m.mergedAt)} by {m.mergedBy ?? 'the system'}: {m.reason}
                  </span>
                  {m.unmergedAt && (
                    <span className="detail-sub">
                      Undone {formatLondon(m.unmergedAt)} by {m.unmergedBy ?? 'the system'}
                      {m.unmergeReason ? `: ${m.unmergeReason}` : ''}
                    </span>
                  )}
                </span>
                {canMerge && isSurvivor && !m.unmergedAt && (
                  <Button variant="secondary" onClick={() => setUndoing(m)}>
                    Undo merge<span className="visually-hidden"> of {name}</span>
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <ReasonDialog
        isOpen={!!undoing}
        title="Undo merge"
        confirmLabel="Undo merge"
        isBusy={isBusy}
        error={error?.message}
        onConfirm={handleConfirm}
        onClose={() => setUndoing(undefined)}
      >
        <p>
          {snapshotName(undoing?.snapshot) ?? 'The merged record'} becomes a separate record again, with the details it had before the merge. Details added since stay on this record.
        </p>
      </ReasonDialog>
    </Panel>
  );
}
