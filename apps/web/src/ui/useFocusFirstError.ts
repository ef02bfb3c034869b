import { useEffect, type RefObject } from 'react';

/**
 * After a refused submit, moves focus to the first invalid field of the form (or its error
 * summary), so a keyboard or screen-reader user lands on what needs fixing. `trigger` changes on
 * each refusal (pass the error object).
 */
export function useFocusFirstError(formRef: RefObject<HTMLFormElement | null>, trigger: unknown): void {
  useEffect(() => {
    if (!trigger || !formRef.current) return;
    const target = formRef.current.querySelector<HTMLElement>('input[aria-invalid="true"], select[aria-invalid="true"], fieldset[aria-invalid="true"] input, [data-error-summary]');
    target?.focus();
  }, [formRef, trigger]);
}
