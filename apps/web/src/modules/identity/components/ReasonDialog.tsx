import { useState, type FormEvent, type ReactNode } from 'react';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { TextField } from '../../../ui/TextField';

type ReasonDialogProps = {
  isOpen: boolean;
  title: string;
  /** What will happen, in a sentence or two. */
  children?: ReactNode;
  confirmLabel: string;
  /** Whether the reason is required (3–500 characters, as the API asks). */
  isRequired?: boolean;
  isBusy: boolean;
  error: string | undefined;
  onConfirm: (reason: string) => void;
  onClose: () => void;
};

/** Asks why before a change that needs a reason (removing a flag, undoing a merge). */
export function ReasonDialog({ isOpen, title, children, confirmLabel, isRequired = true, isBusy, error, onConfirm, onClose }: ReasonDialogProps) {
  const [reason, setReason] = useState('');
  const [localError, setLocalError] = useState<string | undefined>();
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    if ((isRequired || text) && text.length < 3) {
      setLocalError('Give a reason of at least 3 characters');
      return;
    }
    setLocalError(undefined);
    onConfirm(text);
  };
  return (
    <Dialog isOpen={isOpen} onClose={onClose} title={title}>
      <form onSubmit={handleSubmit} noValidate className="form-stack">
        {children}
        {error && <Alert tone="error">{error}</Alert>}
        <TextField label={isRequired ? 'Reason' : 'Reason (optional)'} hint="Kept on the record's history" value={reason} onChange={(e) => setReason(e.target.value)} error={localError} maxLength={500} autoFocus />
        <div className="form-actions">
          <Button type="submit" variant="danger" isBusy={isBusy}>
            {confirmLabel}
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </div>
      </form>
    </Dialog>
  );
}
