import type { ReactNode } from 'react';

type BadgeProps = { tone?: 'neutral' | 'info' | 'success' | 'warning' | 'danger'; children: ReactNode };

/** A short label such as a role or "Inactive". Colour is never the only signal: the words say it. */
export function Badge({ tone = 'neutral', children }: BadgeProps) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
