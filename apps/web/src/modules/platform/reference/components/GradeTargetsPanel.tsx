import { Link } from '../../../../app/router';
import { formatDuration } from '../../../../ui/format';
import { Panel } from '../../../../ui/Panel';
import { QueryStatus } from '../../../../ui/QueryStatus';
import { useGrades } from '../hooks/useGrades';

/** The attendance target of each grade, large enough to read across a control room. */
export function GradeTargetsPanel() {
  const grades = useGrades();
  return (
    <Panel title="Response-grade targets" aside={<Link to="/reference/grades">Details</Link>}>
      <QueryStatus isLoading={grades.isLoading} error={grades.error} onRetry={grades.refetch} what="grades" />
      {grades.data && (
        <ul className="grade-tiles" aria-live="polite">
          {grades.data.items.map((g) => (
            <li key={g.code} className={`grade-tile grade-${g.code}`}>
              <span className="grade-name">{g.name}</span>
              <span className="grade-target">{formatDuration(g.targetSeconds)}</span>
              <span className="grade-desc">{g.description}</span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
