import { useRef, useState, type FormEvent } from 'react';
import type { PolicySettingDto } from '../../../../api/api';
import { isApiError } from '../../../../api/ApiError';
import { fieldErrors } from '../../../../api/fieldErrors';
import { Alert } from '../../../../ui/Alert';
import { Button } from '../../../../ui/Button';
import { formatLondon } from '../../../../ui/format';
import { SelectField } from '../../../../ui/SelectField';
import { TextField } from '../../../../ui/TextField';
import { useFocusFirstError } from '../../../../ui/useFocusFirstError';
import { useUpdatePolicySetting } from '../hooks/useUpdatePolicySetting';
import { formatPolicyValue } from '../utils/formatPolicyValue';

type PolicyEditFormProps = { setting: PolicySettingDto; onDone: () => void };

/**
 * Changes one setting. The input follows the setting's type (a switch, a number, text), the reason
 * goes to the audit trail, and a 409 shows what someone else set meanwhile.
 */
export function PolicyEditForm({ setting, onDone }: PolicyEditFormProps) {
  const kind = typeof setting.value;
  const [text, setText] = useState(String(setting.value));
  const [reason, setReason] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string> | undefined>();
  const update = useUpdatePolicySetting(setting.key);
  const formRef = useRef<HTMLFormElement>(null);
  const conflict = isApiError(update.error, 'VERSION_CONFLICT') ? update.error.current<PolicySettingDto>() : undefined;
  const fromApi = fieldErrors(conflict ? undefined : update.error);
  const fields = localErrors ?? fromApi.fields;
  useFocusFirstError(formRef, localErrors ?? update.error);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    let value: boolean | number | string = text;
    if (kind === 'boolean') value = text === 'true';
    if (kind === 'number') {
      value = Number(text);
      if (text.trim() === '' || !Number.isFinite(value)) errors.value = 'Enter a number';
    }
    if (reason.trim().length < 3) errors.reason = 'Say why the setting is changing (at least 3 characters)';
    if (Object.keys(errors).length) {
      setLocalErrors(errors);
      return;
    }
    setLocalErrors(undefined);
    const saved = await update.mutate({ version: conflict?.version ?? setting.version, value, reason: reason.trim() });
    if (saved) onDone();
  };

  return (
    <form ref={formRef} onSubmit={handleSubmit} noValidate className="form-stack inline-edit" aria-label={`Change ${setting.key}`}>
      {conflict && (
        <Alert tone="warning" isSummary title="Changed by someone else">
          {setting.key} is now <strong>{formatPolicyValue(conflict.value)}</strong> (version {conflict.version}, changed {formatLondon(conflict.updatedAt)}). Save again to replace it with yours, or cancel.
        </Alert>
      )}
      {fromApi.summary && (
        <Alert tone="error" isSummary>
          {fromApi.summary}
        </Alert>
      )}
      {kind === 'boolean' ? (
        <SelectField label="New value" value={text} onChange={(e) => setText(e.target.value)} error={fields.value}>
          <option value="true">Yes</option>
          <option value="false">No</option>
        </SelectField>
      ) : (
        <TextField label="New value" type={kind === 'number' ? 'number' : 'text'} inputMode={kind === 'number' ? 'numeric' : undefined} value={text} onChange={(e) => setText(e.target.value)} error={fields.value} className="field-short" />
      )}
      <TextField label="Reason for the change" hint="Kept in the audit trail" value={reason} onChange={(e) => setReason(e.target.value)} error={fields.reason} />
      <div className="form-actions">
        <Button type="submit" variant="primary" isBusy={update.isPending}>
          Save setting
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
