import type { CodeNameDto } from '../../../../api/api';
import { DataTable, type Column } from '../../../../ui/DataTable';
import { PageHeader } from '../../../../ui/PageHeader';
import { QueryStatus } from '../../../../ui/QueryStatus';
import { usePoliceUkCategories } from '../hooks/usePoliceUkCategories';
import { ReferenceNav } from './ReferenceNav';

const columns: Column<CodeNameDto>[] = [
  { header: 'Code', cell: (c) => <code>{c.code}</code>, className: 'nowrap' },
  { header: 'Category', cell: (c) => c.name },
];

/** The crime categories published on data.police.uk. */
export function PoliceUkCategoriesPage() {
  const categories = usePoliceUkCategories();
  return (
    <>
      <PageHeader title="Reference data" description="The force's lists: grades, offence codes, outcomes and incident categories." />
      <ReferenceNav />
      <h2 className="section-title">Police.uk crime categories</h2>
      <QueryStatus isLoading={categories.isLoading} error={categories.error} onRetry={categories.refetch} what="categories" />
      {categories.data && <DataTable caption="Police.uk crime categories" columns={columns} rows={categories.data.items} rowKey={(c) => c.code} />}
    </>
  );
}
