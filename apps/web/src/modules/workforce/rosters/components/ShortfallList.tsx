import { Alert } from '../../../../ui/Alert';
import type { ShortfallSummary } from '../utils/rosterGrid';

/** The week's shifts below minimum staffing, each in words, or a plain "none". */
export function ShortfallList({ items }: { items: ShortfallSummary[] }) {
  if (!items.length) return <Alert tone="success" title="Every shift this week meets minimum staffing" />;
  return (
    <Alert tone="warning" title={`${items.length} shift${items.length === 1 ? '' : 's'} below minimum staffing`}>
      <ul className="roster-shortfalls" data-testid="roster-shortfalls">
        {items.map((s) => (
          <li key={`${s.date} ${s.shiftTypeCode}`}>{s.text}</li>
        ))}
      </ul>
    </Alert>
  );
}
