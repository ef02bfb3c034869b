import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  label: ReactNode;
  /** Help shown under the label, read out with the field. */
  hint?: ReactNode;
  /** The field's error, from the API's `details.issues` or the form's own check. */
  error?: string | undefined;
  id?: string;
  ref?: Ref<HTMLInputElement>;
};

/** A labelled text input with its hint and error tied to it for screen readers. */
export function TextField({ label, hint, error, id, className, ref, ...rest }: TextFieldProps) {
  const autoId = useId();
  const inputId = id ?? autoId;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  return (
    <div className={['field', error ? 'field-invalid' : '', className].filter(Boolean).join(' ')}>
      <label htmlFor={inputId}>{label}</label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
      <input ref={ref} id={inputId} aria-invalid={error ? true : undefined} aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined} {...rest} />
    </div>
  );
}
