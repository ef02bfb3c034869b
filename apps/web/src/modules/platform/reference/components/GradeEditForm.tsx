import { useRef, useState, type FormEvent } from 'react';
import type { ResponseGradeDto } from '../../../../api/api';
import { isApiError } from '../../../../api/ApiError';
import { fieldErrors } from '../../../../api/fieldErrors';
import { Alert } from '../../../../ui/Alert';
import { Button } from '../../../../ui/Button';
import { formatDuration, formatLondon } from '../../../../ui/format';
import { SelectField } from '../../../../ui/SelectField';
import { TextField } from '../../../../ui/TextField';
import { useFocusFirstError } from '../../../../ui/useFocusFirstError';
import { useUpdateGrade } from '../hooks/useUpdateGrade';

type Unit = 'minutes' | 'hours';
const SECONDS: Record<Unit, number> = { minutes: 60, hours: 3600 };
const unitFor = (seconds: number): Unit => (seconds >= 7200 && seconds % 3600 === 0 ? 'hours' : 'minutes');

type GradeEditFormProps = { grade: ResponseGradeDto; onDone: () => void };

/**
 * Changes one grade's target. The reason is required and kept in the audit trail; if someone else
 * changed the grade meanwhile, their value is shown and the next save applies over it.
 */
export function GradeEditForm({ grade, onDone }: GradeEditFormProps) {
  const [unit, setUnit] = useState<Unit>(unitFor(grade.targetSeconds));
  const [amount, setAmount] = useState(String(grade.targetSeconds / SECONDS[unitFor(grade.targetSeconds)]));
  const [reason, setReason] = useState('');
  const [localError, setLocalError] = useState<Record<string, string> | undefined>();
  const update = useUpdateGrade(grade.code);
  const formRef = useRef<HTMLFormElement>(null);
  const conflict = isApiError(update.error, 'VERSION_CONFLICT') ? update.error.current<ResponseGradeDto>() : undefined;
  const fromApi = fieldErrors(conflict ? undefined : update.error);
  const fields = localError ?? fromApi.fields;
  useFocusFirstError(formRef, localError ?? update.error);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const value = Number(amount);
    const errors: Record<string, string> = {};
    if (!Number.isInteger(value) || value <= 0) errors.targetSeconds = `Enter a whole number of ${unit}`;
    else if (value * SECONDS[unit] < 60 || value * SECONDS[unit] > 7 * 24 * 3600) errors.targetSeconds = 'The target must be between 1 minute and 7 days';
    if (reason.trim().length < 3) errors.reason = 'Say why the target is changing (at least 3 characters)';
    if (Object.keys(errors).length) {
      setLocalError(errors);
      return;
    }
    setLocalError(undefined);
    const saved = await update.mutate({ version: conflict?.version ?? grade.version, targetSeconds: value * SECONDS[unit], reason: reason.trim() });
    if (saved) onDone();
  };

  return (
    <form ref={formRef} onSubmit={handleSubmit} noValidate className="form-stack inline-edit" aria-label={`Change the ${grade.name} target`}>
      {conflict && (
        <Alert tone="warning" isSummary title="Changed by someone else">
          The {grade.name} target is now {formatDuration(conflict.targetSeconds)} (changed {formatLondon(conflict.updatedAt)}). Save again to replace it with yours, or cancel.
        </Alert>
      )}
      {fromApi.summary && (
        <Alert tone="error" isSummary>
          {fromApi.summary}
        </Alert>
      )}
      <div className="form-row">
        <TextField label="New target" type="number" inputMode="numeric" min={1} value={amount} onChange={(e) => setAmount(e.target.value)} error={fields.targetSeconds} className="field-short" />
        <SelectField label="Unit" value={unit} onChange={(e) => setUnit(e.target.value as Unit)} className="field-short">
          <option value="minutes">minutes</option>
          <option value="hours">hours</option>
        </SelectField>
      </div>
      <TextField label="Reason for the change" hint="Kept in the audit trail" value={reason} onChange={(e) => setReason(e.target.value)} error={fields.reason} />
      <div className="form-actions">
        <Button type="submit" variant="primary" isBusy={update.isPending}>
          Save target
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
