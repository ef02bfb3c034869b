import { PageHeader } from '../../../../ui/PageHeader';
import { OffenceCodeSearch } from './OffenceCodeSearch';
import { ReferenceNav } from './ReferenceNav';

/** Home Office offence codes, searchable. */
export function OffenceCodesPage() {
  return (
    <>
      <PageHeader title="Reference data" description="The force's lists: grades, offence codes, outcomes and incident categories." />
      <ReferenceNav />
      <h2 className="section-title">Offence codes</h2>
      <OffenceCodeSearch />
    </>
  );
}
