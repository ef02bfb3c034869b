import { DAYS } from '../utils/hourOfWeek';

const HOURS = Array.from({ length: 24 }, (_, h) => h);

/** 168 values as 7 rows of 24 hours (Europe/London), inside a folded section: the chart's figures as text. */
export function HourOfWeekTable({ title, values }: { title: string; values: readonly number[] }) {
  return (
    <details className="staffing-table">
      <summary>{title}</summary>
      <div className="table-wrap" role="region" aria-label={title} tabIndex={0}>
        <table className="table">
          <caption className="visually-hidden">{title}, Europe/London time</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              {HOURS.map((h) => (
                <th key={h} scope="col" className="num">
                  {String(h).padStart(2, '0')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {DAYS.map((day, d) => (
              <tr key={day}>
                <th scope="row">{day.slice(0, 3)}</th>
                {HOURS.map((h) => (
                  <td key={h} className="num">
                    {values[d * 24 + h]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
