import { useRef, useState, type FormEvent } from 'react';
import type { DuplicateProposal } from '@bluelamp/contracts/identity/duplicates';
import { isApiError, type ApiError } from '../../../../api/ApiError';
import { fieldErrors } from '../../../../api/fieldErrors';
import { Alert } from '../../../../ui/Alert';
import { Button } from '../../../../ui/Button';
import { Fieldset } from '../../../../ui/Fieldset';
import { formatLondon } from '../../../../ui/format';
import { Panel } from '../../../../ui/Panel';
import { TextField } from '../../../../ui/TextField';
import { useFocusFirstError } from '../../../../ui/useFocusFirstError';
import type { DuplicateKind } from '../api/duplicatesApi';
import { useDismissDuplicate, useMergeDuplicate, useUnmergeDuplicate } from '../hooks/useDecideDuplicate';
import { STATUS_LABELS } from '../utils/duplicateLabels';

type Side = { id: string; label: string; version: number };

type DuplicateDecisionPanelProps = {
  kind: DuplicateKind;
  proposal: DuplicateProposal;
  /** The two records as compared, with the versions the decision is taken on. */
  left: Side;
  right: Side;
  /** Reloads the proposal and both records (after a decision, or when someone else decided first). */
  onChanged: () => void;
};

/** "Someone else got there first": what the proposal is now, and a way to load it. */
function StaleNotice({ error, onReload }: { error: ApiError; onReload: () => void }) {
  const current = error.current<DuplicateProposal | { version: number }>();
  const status = current && 'status' in current ? STATUS_LABELS[current.status].toLowerCase() : undefined;
  return (
    <Alert tone="warning" isSummary title="This pair changed since you opened it">
      <p>{status ? `It is now: ${status}.` : 'One of the records was changed by someone else.'} Nothing was saved. Load the current state and decide again.</p>
      <Button onClick={onReload}>Load the current state</Button>
    </Alert>
  );
}

/** Decide on a proposal: merge it keeping the chosen record, say they are not the same, or undo a merge it made. */
export function DuplicateDecisionPanel({ kind, proposal, left, right, onChanged }: DuplicateDecisionPanelProps) {
  const merge = useMergeDuplicate(kind, proposal.id);
  const dismiss = useDismissDuplicate(kind, proposal.id);
  const unmerge = useUnmergeDuplicate(kind, proposal.id);
  const [survivorId, setSurvivorId] = useState(left.id);
  const [mergeReason, setMergeReason] = useState('');
  const [dismissReason, setDismissReason] = useState('');
  const [unmergeReason, setUnmergeReason] = useState('');
  const mergeRef = useRef<HTMLFormElement>(null);
  const dismissRef = useRef<HTMLFormElement>(null);
  const unmergeRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(mergeRef, merge.error);
  useFocusFirstError(dismissRef, dismiss.error);
  useFocusFirstError(unmergeRef, unmerge.error);
  const error = merge.error ?? dismiss.error ?? unmerge.error;
  const notSame = kind === 'persons' ? 'Not the same person' : 'Not the same place';

  const isStale = isApiError(error, 'VERSION_CONFLICT');
  const mergeErrors = fieldErrors(isStale ? undefined : merge.error);
  const dismissErrors = fieldErrors(isStale ? undefined : dismiss.error);
  const unmergeErrors = fieldErrors(isStale ? undefined : unmerge.error);

  const reload = () => {
    merge.reset();
    dismiss.reset();
    unmerge.reset();
    onChanged();
  };

  const handleMerge = async (event: FormEvent) => {
    event.preventDefault();
    const survivor = survivorId === left.id ? left : right;
    const merged = survivorId === left.id ? right : left;
    const done = await merge.mutate({ version: proposal.version, survivorId: survivor.id, survivorVersion: survivor.version, mergedVersion: merged.version, reason: mergeReason.trim() });
    if (done) onChanged();
  };
  const handleDismiss = async (event: FormEvent) => {
    event.preventDefault();
    const done = await dismiss.mutate({ version: proposal.version, reason: dismissReason.trim() });
    if (done) onChanged();
  };
  const handleUnmerge = async (event: FormEvent) => {
    event.preventDefault();
    const done = await unmerge.mutate({ version: proposal.version, reason: unmergeReason.trim() });
    if (done) onChanged();
  };

  return (
    <div>
      {isStale && error && <StaleNotice error={error} onReload={reload} />}
      {proposal.status === 'open' && (
        <>
          <Panel title="Merge the two records">
            <form ref={mergeRef} onSubmit={handleMerge} noValidate className="form-stack">
              {mergeErrors.summary && (
                <Alert tone="error" isSummary>
                  {mergeErrors.summary}
                </Alert>
              )}
              <Fieldset legend="Which record stays?">
                {[left, right].map((side, i) => (
                  <div className="checkbox" key={side.id}>
                    <input type="radio" id={`survivor-${side.id}`} name="survivor" value={side.id} checked={survivorId === side.id} onChange={() => setSurvivorId(side.id)} />
                    <label htmlFor={`survivor-${side.id}`}>
                      Keep record {i + 1}: {side.label}
                    </label>
                  </div>
                ))}
              </Fieldset>
              <p className="muted">The other record then points to the one kept, which shows both records' details. A merge can be undone.</p>
              <TextField label="Reason for merging" hint="Kept on the audit trail" value={mergeReason} onChange={(e) => setMergeReason(e.target.value)} error={mergeErrors.fields.reason} />
              <div className="form-actions">
                <Button type="submit" variant="primary" isBusy={merge.isPending} disabled={mergeReason.trim().length < 3}>
                  Merge
                </Button>
              </div>
            </form>
          </Panel>
          <Panel title={notSame}>
            <form ref={dismissRef} onSubmit={handleDismiss} noValidate className="form-stack">
              {dismissErrors.summary && (
                <Alert tone="error" isSummary>
                  {dismissErrors.summary}
                </Alert>
              )}
              <p className="muted">The pair is not proposed again unless one of the records changes so that they look more alike.</p>
              <TextField label={`Why they are not the same`} value={dismissReason} onChange={(e) => setDismissReason(e.target.value)} error={dismissErrors.fields.reason} />
              <div className="form-actions">
                <Button type="submit" isBusy={dismiss.isPending} disabled={dismissReason.trim().length < 3}>
                  {notSame}
                </Button>
              </div>
            </form>
          </Panel>
        </>
      )}
      {proposal.status === 'merged' && (
        <Panel title="Merged">
          <form ref={unmergeRef} onSubmit={handleUnmerge} noValidate className="form-stack">
            <p>These records were merged on {formatLondon(proposal.statusChangedAt)}. Undoing the merge makes both records live again and records that they are not the same.</p>
            {unmergeErrors.summary && (
              <Alert tone="error" isSummary>
                {unmergeErrors.summary}
              </Alert>
            )}
            <TextField label="Reason for undoing the merge" value={unmergeReason} onChange={(e) => setUnmergeReason(e.target.value)} error={unmergeErrors.fields.reason} />
            <div className="form-actions">
              <Button type="submit" variant="danger" isBusy={unmerge.isPending} disabled={unmergeReason.trim().length < 3}>
                Undo the merge
              </Button>
            </div>
          </form>
        </Panel>
      )}
      {proposal.status === 'withdrawn' && (
        <Alert tone="info" title="No longer proposed">
          One of the records changed or was merged elsewhere, and the two no longer look alike enough to propose.
        </Alert>
      )}
      {proposal.dismissal && (
        <Alert tone={proposal.status === 'dismissed' ? 'info' : 'warning'} title={proposal.status === 'dismissed' ? notSame : `Proposed again: earlier recorded as ${notSame.toLowerCase()}`}>
          By {proposal.dismissal.by ?? 'the system'} on {formatLondon(proposal.dismissal.at)}: “{proposal.dismissal.reason}”
        </Alert>
      )}
    </div>
  );
}
