import type { ReactNode } from 'react';
import { Link } from '../../../../app/router';

export type ComparisonRow = { field: string; left: ReactNode; right: ReactNode; isSame?: boolean };

type ComparisonTableProps = {
  caption: string;
  /** The two records' headings, each linking to the record. */
  left: { label: string; to: string };
  right: { label: string; to: string };
  rows: ComparisonRow[];
};

/** Two records side by side, one row per field; rows that differ are marked so the eye goes to them. */
export function ComparisonTable({ caption, left, right, rows }: ComparisonTableProps) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">
              Record 1: <Link to={left.to}>{left.label}</Link>
            </th>
            <th scope="col">
              Record 2: <Link to={right.to}>{right.label}</Link>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field}>
              <th scope="row">
                {row.field}
                {row.isSame === false && <span className="muted"> (differs)</span>}
              </th>
              <td>{row.left}</td>
              <td>{row.right}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A list of values in a cell, or an em dash for none. */
export function ValueList({ values }: { values: string[] }) {
  if (values.length === 0) return <>—</>;
  if (values.length === 1) return <>{values[0]}</>;
  return (
    <ul className="plain-list">
      {values.map((v) => (
        <li key={v}>{v}</li>
      ))}
    </ul>
  );
}

/** True when two lists hold the same values (order aside). */
export function isSameList(a: string[], b: string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}
