import type { ReactNode } from 'react';

type FieldsetProps = { legend: ReactNode; error?: string | undefined; className?: string; children: ReactNode };

/** A group of related inputs (e.g. role checkboxes) under one legend, with the group's error. */
export function Fieldset({ legend, error, className, children }: FieldsetProps) {
  return (
    <fieldset className={['fieldset', error ? 'field-invalid' : '', className].filter(Boolean).join(' ')} aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      {error && <p className="field-error">{error}</p>}
      {children}
    </fieldset>
  );
}
