import type { OutcomeTypeDto } from '../../../../api/api';
import { DataTable, type Column } from '../../../../ui/DataTable';
import { PageHeader } from '../../../../ui/PageHeader';
import { QueryStatus } from '../../../../ui/QueryStatus';
import { useOutcomeTypes } from '../hooks/useOutcomeTypes';
import { ReferenceNav } from './ReferenceNav';

const columns: Column<OutcomeTypeDto>[] = [
  { header: 'Code', cell: (o) => <code>{o.code}</code>, className: 'nowrap' },
  { header: 'Outcome', cell: (o) => o.label },
];

/** Home Office crime outcome types, grouped as the Home Office groups them. */
export function OutcomeTypesPage() {
  const outcomes = useOutcomeTypes();
  const groups = new Map<string, OutcomeTypeDto[]>();
  for (const o of outcomes.data?.items ?? []) groups.set(o.outcomeGroup, [...(groups.get(o.outcomeGroup) ?? []), o]);
  return (
    <>
      <PageHeader title="Reference data" description="The force's lists: grades, offence codes, outcomes and incident categories." />
      <ReferenceNav />
      <h2 className="section-title">Outcome types</h2>
      <QueryStatus isLoading={outcomes.isLoading} error={outcomes.error} onRetry={outcomes.refetch} what="outcome types" />
      {[...groups.entries()].map(([group, items]) => (
        <section key={group} className="group-section" aria-label={group}>
          <h3>{group}</h3>
          <DataTable caption={`Outcome types: ${group}`} columns={columns} rows={items} rowKey={(o) => o.code} />
        </section>
      ))}
    </>
  );
}
