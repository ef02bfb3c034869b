import { useState } from 'react';
import type { ResponseGradeDto } from '../../../../api/api';
import { Button } from '../../../../ui/Button';
import { formatDuration, formatLondon } from '../../../../ui/format';
import { PageHeader } from '../../../../ui/PageHeader';
import { QueryStatus } from '../../../../ui/QueryStatus';
import { useIsMobile } from '../../../../ui/useIsMobile';
import { useSession } from '../../auth/hooks/useSession';
import { useGrades } from '../hooks/useGrades';
import { GradeEditForm } from './GradeEditForm';
import { ReferenceNav } from './ReferenceNav';

/** Response grades and their attendance targets; managers change a target with a reason. */
export function GradesPage() {
  const { can } = useSession();
  const grades = useGrades();
  const [editing, setEditing] = useState<string | undefined>();
  const canManage = can('reference:manage');
  const isMobile = useIsMobile();
  const editControl = (grade: ResponseGradeDto) =>
    editing === grade.code ? (
      <GradeEditForm grade={grade} onDone={() => setEditing(undefined)} />
    ) : (
      <Button onClick={() => setEditing(grade.code)} aria-label={`Change the ${grade.name} target`}>
        Change
      </Button>
    );
  return (
    <>
      <PageHeader title="Reference data" description="The force's lists: grades, offence codes, outcomes and incident categories." />
      <ReferenceNav />
      <h2 className="section-title">Response grades</h2>
      <p className="muted">The time to arrive, counted from the moment an incident is graded.</p>
      <QueryStatus isLoading={grades.isLoading} error={grades.error} onRetry={grades.refetch} what="grades" />
      {grades.data && isMobile && (
        <ul className="card-list">
          {grades.data.items.map((grade) => (
            <li key={grade.code} className={`card grade-tile grade-${grade.code}`}>
              <h3 className="grade-name">{grade.name}</h3>
              <span className="grade-target">{formatDuration(grade.targetSeconds)}</span>
              <span className="grade-desc">{grade.description}</span>
              <span className="muted">Changed {formatLondon(grade.updatedAt)}</span>
              {canManage && editControl(grade)}
            </li>
          ))}
        </ul>
      )}
      {grades.data && !isMobile && (
        <div className="table-wrap" role="region" aria-label="Response grades" tabIndex={0}>
          <table className="table">
            <caption className="visually-hidden">Response grades and targets</caption>
            <thead>
              <tr>
                <th scope="col">Grade</th>
                <th scope="col">Description</th>
                <th scope="col">Target</th>
                <th scope="col">Last changed</th>
                {canManage && <th scope="col"><span className="visually-hidden">Actions</span></th>}
              </tr>
            </thead>
            <tbody>
              {grades.data.items.map((grade) => (
                <tr key={grade.code}>
                  <th scope="row">{grade.name}</th>
                  <td>{grade.description}</td>
                  <td className="nowrap">
                    <strong>{formatDuration(grade.targetSeconds)}</strong>
                  </td>
                  <td className="nowrap">{formatLondon(grade.updatedAt)}</td>
                  {canManage && (
                    <td className="edit-cell">{editControl(grade)}</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
