import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../../api/ApiError';
import { fieldErrors } from '../../../api/fieldErrors';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';

export type FieldSpec = {
  name: string;
  label: string;
  hint?: string;
  /** A select with these options (value, label); a text box otherwise. */
  options?: readonly { value: string; label: string }[];
  type?: 'text' | 'tel' | 'email';
  /** Shown only when this returns true for the values so far. */
  when?: (values: Record<string, string>) => boolean;
};

type AddDetailFormProps = {
  /** Names the form for screen readers, e.g. "Add a phone number". */
  label: string;
  fields: FieldSpec[];
  submitLabel: string;
  /** The form's own checks: errors per field name, or none to send. */
  check: (values: Record<string, string>) => Partial<Record<string, string>>;
  /** Sends the values; true when saved (the form then empties). */
  onSubmit: (values: Record<string, string>) => Promise<boolean>;
  isBusy: boolean;
  /** The API's refusal of this form's last submit (field errors land on the fields). */
  error: ApiError | undefined;
  /** API field names (after `body/`) to form field names, e.g. { number: 'number' }. */
  errorFields?: Record<string, string>;
  /** Starting values (an edit form); the form goes back to them after a save. */
  initial?: Record<string, string>;
  /** The button that opens the form (it stays folded until asked for, so a record reads first). */
  openLabel?: string;
};

/** A small form that adds one detail to a record, checked here first and then by the API. */
export function AddDetailForm({ label, fields, submitLabel, check, onSubmit, isBusy, error, errorFields = {}, initial, openLabel }: AddDetailFormProps) {
  const [isOpen, setIsOpen] = useState(!openLabel);
  const empty = { ...Object.fromEntries(fields.map((f) => [f.name, f.options?.[0]?.value ?? ''])), ...initial };
  const [values, setValues] = useState<Record<string, string>>(empty);
  const [localErrors, setLocalErrors] = useState<Record<string, string> | undefined>();
  const api = error && error.code !== 'VERSION_CONFLICT' ? fieldErrors(error) : { fields: {}, summary: undefined };
  const apiFields = Object.fromEntries(Object.entries(api.fields).map(([k, v]) => [errorFields[k] ?? k, v]));
  const shownFieldNames = new Set(fields.map((f) => f.name));
  const unplaced = Object.entries(apiFields).filter(([k]) => !shownFieldNames.has(k)).map(([, v]) => v);
  const errors = localErrors ?? apiFields;
  const summary = localErrors ? undefined : (api.summary ?? (unplaced.length ? unplaced.join('; ') : undefined));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = Object.fromEntries(Object.entries(check(values)).filter((e): e is [string, string] => !!e[1]));
    if (Object.keys(problems).length) return setLocalErrors(problems);
    setLocalErrors(undefined);
    if (!(await onSubmit(values))) return;
    setValues(empty);
    if (openLabel) setIsOpen(false);
  };

  if (!isOpen) {
    return (
      <div className="add-form">
        <Button onClick={() => setIsOpen(true)}>{openLabel}</Button>
      </div>
    );
  }

  return (
    <form className="add-form form-stack" onSubmit={handleSubmit} noValidate aria-label={label}>
      {summary && <Alert tone="error">{summary}</Alert>}
      <div className="form-grid">
        {fields
          .filter((f) => !f.when || f.when(values))
          .map((f) =>
            f.options ? (
              <SelectField key={f.name} label={f.label} value={values[f.name]} onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))} error={errors[f.name]}>
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </SelectField>
            ) : (
              <TextField
                key={f.name}
                label={f.label}
                hint={f.hint}
                type={f.type ?? 'text'}
                autoComplete="off"
                value={values[f.name]}
                onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
                error={errors[f.name]}
              />
            ),
          )}
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" isBusy={isBusy}>
          {submitLabel}
        </Button>
        {openLabel && (
          <Button
            onClick={() => {
              setValues(empty);
              setLocalErrors(undefined);
              setIsOpen(false);
            }}
          >
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
