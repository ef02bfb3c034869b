import { useId, type ReactNode, type SelectHTMLAttributes } from 'react';

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  label: ReactNode;
  error?: string | undefined;
  children: ReactNode;
};

/** A labelled select with its error tied to it. */
export function SelectField({ label, error, className, children, ...rest }: SelectFieldProps) {
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={['field', error ? 'field-invalid' : '', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={errorId} {...rest}>
        {children}
      </select>
    </div>
  );
}
