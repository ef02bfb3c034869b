import type { AuditEventDto } from '../../../../api/api';
import { Link } from '../../../../app/router';
import { DataTable, type Column } from '../../../../ui/DataTable';
import { formatLondon } from '../../../../ui/format';

/** Where an audited record can be opened in the web app, if anywhere. */
function entityLink(event: AuditEventDto): string | undefined {
  if (!event.entityId) return undefined;
  if (event.entityType === 'user') return `/users/${event.entityId}`;
  if (event.entityType === 'staff') return `/staff/${event.entityId}`;
  return undefined;
}

function summarise(details: unknown): string {
  if (details === null || details === undefined) return '';
  if (typeof details !== 'object') return String(details);
  const text = JSON.stringify(details);
  return text === '{}' ? '' : text;
}

const fullColumns: Column<AuditEventDto>[] = [
  { header: 'No.', cell: (e) => e.seq, className: 'num' },
  { header: 'When', cell: (e) => <time dateTime={e.occurredAt}>{formatLondon(e.occurredAt)}</time>, className: 'nowrap' },
  { header: 'User', cell: (e) => e.actorUsername ?? <span className="muted">system</span> },
  { header: 'Action', cell: (e) => <code>{e.action}</code> },
  {
    header: 'Record',
    cell: (e) => {
      const to = entityLink(e);
      // UUIDs are long; the first block is enough to tell records apart on screen.
      const id = e.entityId && /^[0-9a-f]{8}-[0-9a-f-]{27}$/i.test(e.entityId) ? `${e.entityId.slice(0, 8)}…` : e.entityId;
      const label = `${e.entityType}${id ? ` ${id}` : ''}`;
      return to ? (
        <Link to={to} title={e.entityId ?? undefined}>
          {label}
        </Link>
      ) : (
        <span className="break" title={e.entityId ?? undefined}>
          {label}
        </span>
      );
    },
  },
  { header: 'Reason', cell: (e) => e.reason ?? '' },
  {
    header: 'Details',
    cell: (e) => {
      const text = summarise(e.details);
      return text ? <code className="details-cell" title={text}>{text}</code> : '';
    },
  },
  { header: 'IP', cell: (e) => e.ip ?? '', className: 'nowrap' },
];

const pick = (...headers: string[]) => fullColumns.filter((c) => headers.includes(String(c.header)));
const COLUMNS = {
  full: fullColumns,
  /** For a home panel: who did what to which record. */
  compact: pick('When', 'User', 'Action', 'Record'),
  /** For one record's history, where the record is always the same. */
  history: pick('When', 'User', 'Action'),
};

type AuditEventsTableProps = { events: AuditEventDto[]; caption: string; isStale?: boolean; variant?: keyof typeof COLUMNS };

/** Audit records as a table; narrower variants for home and history panels. */
export function AuditEventsTable({ events, caption, isStale = false, variant = 'full' }: AuditEventsTableProps) {
  return <DataTable caption={caption} columns={COLUMNS[variant]} rows={events} rowKey={(e) => String(e.seq)} emptyText="No audit record matches" isStale={isStale} />;
}
