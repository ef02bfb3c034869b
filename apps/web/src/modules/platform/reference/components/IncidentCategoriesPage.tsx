import type { IncidentCategoryDto } from '../../../../api/api';
import { DataTable, type Column } from '../../../../ui/DataTable';
import { PageHeader } from '../../../../ui/PageHeader';
import { QueryStatus } from '../../../../ui/QueryStatus';
import { useGrades } from '../hooks/useGrades';
import { useIncidentCategories } from '../hooks/useIncidentCategories';
import { ReferenceNav } from './ReferenceNav';

const NSIR_CLASSES: Record<string, string> = {
  crime: 'Crime',
  anti_social_behaviour: 'Anti-social behaviour',
  public_safety: 'Public safety',
  transport: 'Transport',
};
const nsirClassName = (code: string) => NSIR_CLASSES[code] ?? code.replace(/_/g, ' ');

/** Incident categories (NSIR classes) and the grade each starts at. */
export function IncidentCategoriesPage() {
  const categories = useIncidentCategories();
  const grades = useGrades();
  const gradeName = (code: string) => grades.data?.items.find((g) => g.code === code)?.name ?? code;
  const columns: Column<IncidentCategoryDto>[] = [
    { header: 'Code', cell: (c) => <code>{c.code}</code>, className: 'nowrap' },
    { header: 'Category', cell: (c) => c.name },
    { header: 'NSIR class', cell: (c) => nsirClassName(c.nsirClass) },
    { header: 'Default grade', cell: (c) => gradeName(c.defaultGradeCode) },
  ];
  return (
    <>
      <PageHeader title="Reference data" description="The force's lists: grades, offence codes, outcomes and incident categories." />
      <ReferenceNav />
      <h2 className="section-title">Incident categories</h2>
      <QueryStatus isLoading={categories.isLoading} error={categories.error} onRetry={categories.refetch} what="incident categories" />
      {categories.data && <DataTable caption="Incident categories" columns={columns} rows={categories.data.items} rowKey={(c) => c.code} />}
    </>
  );
}
