import { useEffect, useState, type FormEvent } from 'react';
import { MARKER_TYPES, type Flag } from '@bluelamp/contracts/identity/common';
import type { ApiError } from '../../../api/ApiError';
import { fieldErrors } from '../../../api/fieldErrors';
import { Alert } from '../../../ui/Alert';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { formatLondon } from '../../../ui/format';
import { Panel } from '../../../ui/Panel';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { flagLabel, flagTone, markerName, sortFlags } from '../utils/flags';
import { ReasonDialog } from './ReasonDialog';

export type NewFlag = { kind: string; markerType?: string; note?: string };

type FlagsPanelProps = {
  flags: Flag[];
  /** The kinds this record may carry, e.g. vulnerable, repeat_victim, warning_marker. */
  kinds: readonly string[];
  canWrite: boolean;
  onAdd: (flag: NewFlag) => Promise<boolean>;
  onRemove: (flagId: string, reason: string) => Promise<boolean>;
  isBusy: boolean;
  error: ApiError | undefined;
};

/** Current flags with who set them and when, the removed ones as history, and setting/removing them. */
export function FlagsPanel({ flags, kinds, canWrite, onAdd, onRemove, isBusy, error }: FlagsPanelProps) {
  const [kind, setKind] = useState('');
  const [markerType, setMarkerType] = useState('');
  const [note, setNote] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string> | undefined>();
  const [removing, setRemoving] = useState<Flag | undefined>();
  const [lastAction, setLastAction] = useState<'add' | 'remove' | undefined>();
  const current = sortFlags(flags.filter((f) => !f.removedAt));
  const removed = flags.filter((f) => f.removedAt);
  const apiErrors = lastAction === 'add' && error?.code !== 'VERSION_CONFLICT' ? fieldErrors(error) : { fields: {}, summary: undefined };
  const fields = localErrors ?? apiErrors.fields;

  // Someone else changed the record first: the page now shows their version, so the dialog closes.
  useEffect(() => {
    if (error?.code === 'VERSION_CONFLICT') setRemoving(undefined);
  }, [error]);

  const handleAdd = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!kind) problems.kind = 'Choose the kind of flag';
    if (kind === 'warning_marker' && !markerType) problems.markerType = 'Choose what the warning is about';
    if (Object.keys(problems).length) return setLocalErrors(problems);
    setLocalErrors(undefined);
    setLastAction('add');
    const ok = await onAdd({ kind, ...(kind === 'warning_marker' ? { markerType } : {}), ...(note.trim() ? { note: note.trim() } : {}) });
    if (ok) {
      setKind('');
      setMarkerType('');
      setNote('');
    }
  };

  const handleRemove = async (reason: string) => {
    if (!removing) return;
    setLastAction('remove');
    if (await onRemove(removing.id, reason)) setRemoving(undefined);
  };

  return (
    <Panel title="Flags" aside={current.length ? `${current.length} current` : undefined}>
      {current.length === 0 ? (
        <p className="muted">No current flags.</p>
      ) : (
        <ul className="detail-list" aria-label="Current flags">
          {current.map((f) => (
            <li key={f.id}>
              <span>
                <Badge tone={flagTone(f.kind)}>{flagLabel(f.kind, f.markerType)}</Badge>
                {f.note && <span className="detail-sub">{f.note}</span>}
                <span className="detail-sub">
                  Set {formatLondon(f.setAt)} by {f.setBy ?? 'the system'}
                </span>
              </span>
              {canWrite && (
                <Button variant="quiet" onClick={() => setRemoving(f)}>
                  Remove<span className="visually-hidden"> flag {flagLabel(f.kind, f.markerType)}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {removed.length > 0 && (
        <details className="show-more">
          <summary>Removed flags ({removed.length})</summary>
          <ul className="detail-list">
            {removed.map((f) => (
              <li key={f.id}>
                <span>
                  <span className="detail-removed">{flagLabel(f.kind, f.markerType)}</span>
                  <span className="detail-sub">
                    Set {formatLondon(f.setAt)} by {f.setBy ?? 'the system'}; removed {formatLondon(f.removedAt)} by {f.removedBy ?? 'the system'}
                    {f.removalReason ? `: ${f.removalReason}` : ''}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {canWrite && (
        <form className="add-form form-stack" onSubmit={handleAdd} noValidate aria-label="Set a flag">
          {apiErrors.summary && <Alert tone="error">{apiErrors.summary}</Alert>}
          <SelectField label="Flag" value={kind} onChange={(e) => setKind(e.target.value)} error={fields.kind}>
            <option value="">Choose…</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {flagLabel(k, null)}
              </option>
            ))}
          </SelectField>
          {kind === 'warning_marker' && (
            <SelectField label="Warning about" value={markerType} onChange={(e) => setMarkerType(e.target.value)} error={fields.markerType}>
              <option value="">Choose…</option>
              {MARKER_TYPES.map((m) => (
                <option key={m} value={m}>
                  {markerName(m)}
                </option>
              ))}
            </SelectField>
          )}
          <TextField label="Note (optional)" value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} error={fields.note} />
          <div className="form-actions">
            <Button type="submit" variant="primary" isBusy={isBusy && lastAction === 'add'}>
              Set flag
            </Button>
          </div>
        </form>
      )}
      <ReasonDialog
        isOpen={!!removing}
        title={removing ? `Remove flag: ${flagLabel(removing.kind, removing.markerType)}` : 'Remove flag'}
        confirmLabel="Remove flag"
        isBusy={isBusy}
        error={lastAction === 'remove' && error && error.code !== 'VERSION_CONFLICT' ? error.message : undefined}
        onConfirm={handleRemove}
        onClose={() => setRemoving(undefined)}
      >
        <p>The flag stays in the record's history with your reason.</p>
      </ReasonDialog>
    </Panel>
  );
}
