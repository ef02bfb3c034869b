import type { ReactNode } from 'react';
import { Button } from '../../../ui/Button';

export type DetailItem = { id: string; primary: ReactNode; secondary?: ReactNode; removeLabel: string };

/** A record's details of one kind (names, phones…), each removable by those who may. */
export function DetailList({ items, emptyText, onRemove }: { items: DetailItem[]; emptyText: string; onRemove?: ((item: DetailItem) => void) | undefined }) {
  if (items.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <ul className="detail-list">
      {items.map((item) => (
        <li key={item.id}>
          <span>
            {item.primary}
            {item.secondary && <span className="detail-sub">{item.secondary}</span>}
          </span>
          {onRemove && (
            <Button variant="quiet" onClick={() => onRemove(item)}>
              Remove<span className="visually-hidden"> {item.removeLabel}</span>
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
