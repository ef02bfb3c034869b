import type { ButtonHTMLAttributes } from 'react';

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: 'primary' | 'secondary' | 'danger' | 'quiet';
  /** Shows the button as busy and ignores clicks (the label should say what is happening). */
  isBusy?: boolean;
};

/** A button; `type="button"` unless it is told to submit, so no form is sent by surprise. */
export function Button({ variant = 'secondary', isBusy = false, type = 'button', className, disabled, children, ...rest }: ButtonProps) {
  return (
    <button
      type={type}
      className={['btn', `btn-${variant}`, className].filter(Boolean).join(' ')}
      disabled={disabled || isBusy}
      aria-busy={isBusy || undefined}
      {...rest}
    >
      {children}
    </button>
  );
}
