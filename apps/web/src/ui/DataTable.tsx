import type { ReactNode } from 'react';

export type Column<T> = {
  /** Column heading. */
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** e.g. "num" right-aligns figures, "nowrap" keeps dates on one line. */
  className?: string;
};

type DataTableProps<T> = {
  /** Names the table for screen readers (visually hidden unless `showCaption`). */
  caption: string;
  showCaption?: boolean;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  emptyText?: string;
  /** Dims the rows while a newer page is loading. */
  isStale?: boolean;
};

/** A compact, scrollable table with a caption and proper header cells. */
export function DataTable<T>({ caption, showCaption = false, columns, rows, rowKey, emptyText = 'Nothing to show', isStale = false }: DataTableProps<T>) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className={['table', isStale ? 'table-stale' : ''].filter(Boolean).join(' ')} aria-busy={isStale || undefined}>
        <caption className={showCaption ? 'table-caption' : 'visually-hidden'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className={column.className}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="table-empty">
                {emptyText}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column, i) => (
                  <td key={i} className={column.className}>
                    {column.cell(row)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
