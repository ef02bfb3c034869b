import type { ReactNode } from 'react';

type DescriptionListProps = { items: { term: string; value: ReactNode }[]; className?: string };

/** Label–value pairs for a record (a person, a user). */
export function DescriptionList({ items, className }: DescriptionListProps) {
  return (
    <dl className={['dl', className].filter(Boolean).join(' ')}>
      {items.map((item) => (
        <div key={item.term} className="dl-row">
          <dt>{item.term}</dt>
          <dd>{item.value ?? '—'}</dd>
        </div>
      ))}
    </dl>
  );
}
