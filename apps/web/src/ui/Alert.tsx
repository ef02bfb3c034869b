import type { ReactNode } from 'react';

type AlertProps = {
  tone: 'info' | 'success' | 'warning' | 'error';
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
  /** Marks the form's error summary, which takes focus after a refused submit. */
  isSummary?: boolean;
};

/**
 * A message box. Errors interrupt a screen reader (role="alert"); everything else is announced
 * politely (role="status").
 */
export function Alert({ tone, title, children, className, isSummary = false }: AlertProps) {
  return (
    <div className={['alert', `alert-${tone}`, className].filter(Boolean).join(' ')} role={tone === 'error' ? 'alert' : 'status'} tabIndex={isSummary ? -1 : undefined} data-error-summary={isSummary ? '' : undefined}>
      {title && <p className="alert-title">{title}</p>}
      {children && <div className="alert-body">{children}</div>}
    </div>
  );
}
