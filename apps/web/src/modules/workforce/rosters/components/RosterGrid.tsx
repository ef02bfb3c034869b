import type { RosterCell, RosterRow } from '../utils/rosterGrid';
import { dayHeading, formatIsoDate } from '../utils/week';

type RosterGridProps = {
  rows: RosterRow[];
  dates: string[];
  /** Shifts below minimum, by `date shiftTypeCode`, so their cells are marked. */
  shortShifts: ReadonlySet<string>;
  /** Opens the day editor; without it the grid is read-only. */
  onEdit?: ((row: RosterRow, cell: RosterCell) => void) | undefined;
};

function CellContent({ cell }: { cell: RosterCell }) {
  return (
    <>
      <span className="roster-shift">{cell.label}</span>
      {cell.times && <span className="roster-times">{cell.times}</span>}
      {cell.change && cell.change !== cell.label && <span className="roster-change">{cell.change}</span>}
    </>
  );
}

/** The people × days table: each person's duty per day, changes marked, short shifts flagged. */
export function RosterGrid({ rows, dates, shortShifts, onEdit }: RosterGridProps) {
  return (
    <div className="roster-grid-scroll" tabIndex={0} role="region" aria-label="Roster grid">
      <table className="roster-grid">
        <caption className="visually-hidden">Duties by person and day (Europe/London times)</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            {dates.map((d) => (
              <th scope="col" key={d}>
                {dayHeading(d)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.staffId}>
              <th scope="row">
                <span className="roster-person">{row.name}</span>
                <span className="roster-person-meta">
                  {row.collarNumber} · {row.roleTitle}
                </span>
              </th>
              {row.cells.map((cell) => {
                const isShort = !!cell.day.shiftTypeCode && shortShifts.has(`${cell.date} ${cell.day.shiftTypeCode}`);
                const className = ['roster-cell', `roster-${cell.kind}`, cell.change ? 'roster-changed' : '', isShort ? 'roster-short' : ''].filter(Boolean).join(' ');
                const title = `${row.name}, ${formatIsoDate(cell.date)}: ${cell.label}${cell.times ? ` ${cell.times} (${cell.hours} h)` : ''}${cell.change ? ` — ${cell.change}: ${cell.day.change?.reason}` : ''}`;
                return (
                  <td key={cell.date} className={className} data-date={cell.date}>
                    {onEdit ? (
                      <button type="button" className="roster-cell-button" aria-label={`Change ${title}`} title={title} onClick={() => onEdit(row, cell)}>
                        <CellContent cell={cell} />
                      </button>
                    ) : (
                      <span title={title}>
                        <CellContent cell={cell} />
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
