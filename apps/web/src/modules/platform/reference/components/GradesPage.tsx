import { useState } from 'react';
import { Button } from '../../../../ui/Button';
import { formatDuration, formatLondon } from '../../../../ui/format';
import { PageHeader } from '../../../../ui/PageHeader';
import { QueryStatus } from '../../../../ui/QueryStatus';
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
  return (
    <>
      <PageHeader title="Reference data" description="The force's lists: grades, offence codes, outcomes and incident categories." />
      <ReferenceNav />
      <h2 className="section-title">Response grades</h2>
      <p className="muted">The time to arrive, counted from the moment an incident is graded.</p>
      <QueryStatus isLoading={grades.isLoading} error={grades.error} onRetry={grades.refetch} what="grades" />
      {grades.data && (
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
                    <td className="edit-cell">
                      {editing === grade.code ? (
                        <GradeEditForm grade={grade} onDone={() => setEditing(undefined)} />
                      ) : (
                        <Button onClick={() => setEditing(grade.code)} aria-label={`Change the ${grade.name} target`}>
                          Change
                        </Button>
                      )}
                    </td>
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
