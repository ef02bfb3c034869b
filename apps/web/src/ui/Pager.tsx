import { Button } from './Button';

type PagerProps = {
  offset: number;
  limit: number;
  total: number;
  onChange: (offset: number) => void;
  /** The thing counted, plural, e.g. "users". */
  noun: string;
};

/** "Showing 51–100 of 312 users" with Previous / Next. */
export function Pager({ offset, limit, total, onChange, noun }: PagerProps) {
  const first = total === 0 ? 0 : offset + 1;
  const last = Math.min(offset + limit, total);
  return (
    <nav className="pager" aria-label={`Pages of ${noun}`}>
      <p className="pager-count" aria-live="polite">
        {total === 0 ? `No ${noun}` : `Showing ${first.toLocaleString('en-GB')}–${last.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} ${noun}`}
      </p>
      <div className="pager-buttons">
        <Button onClick={() => onChange(Math.max(0, offset - limit))} disabled={offset === 0}>
          Previous<span className="visually-hidden"> page</span>
        </Button>
        <Button onClick={() => onChange(offset + limit)} disabled={offset + limit >= total}>
          Next<span className="visually-hidden"> page</span>
        </Button>
      </div>
    </nav>
  );
}
