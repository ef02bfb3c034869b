import type { DuplicateProposal, DuplicateSide, DuplicateStatus } from '@bluelamp/contracts/identity/duplicates';
import { Link, useSearchParams } from '../../../../app/router';
import { DataTable, type Column } from '../../../../ui/DataTable';
import { formatLondon } from '../../../../ui/format';
import { PageHeader } from '../../../../ui/PageHeader';
import { IdentityNav } from '../../components/IdentityNav';
import { Pager } from '../../../../ui/Pager';
import { QueryStatus } from '../../../../ui/QueryStatus';
import { SelectField } from '../../../../ui/SelectField';
import { SubNav } from '../../../../ui/SubNav';
import type { DuplicateKind } from '../api/duplicatesApi';
import { useDuplicates } from '../hooks/useDuplicates';
import { formatDateOfBirth, formatProbability, STATUS_LABELS } from '../utils/duplicateLabels';
import { DuplicateReasons } from './DuplicateReasons';
import { DuplicateStatusBadge } from './DuplicateStatusBadge';
import { RescanButton } from './RescanButton';

const PAGE_SIZE = 25;
const STATUSES = Object.keys(STATUS_LABELS) as DuplicateStatus[];

const TABS = [
  { to: '/duplicates', label: 'People' },
  { to: '/duplicates/locations', label: 'Places' },
];

function SideCell({ side, kind }: { side: DuplicateSide; kind: DuplicateKind }) {
  // A place's address already ends with its postcode.
  const detail = kind === 'persons' ? `born ${formatDateOfBirth(side.dateOfBirth)}${side.postcode ? `, ${side.postcode}` : ''}` : undefined;
  return (
    <>
      <Link to={`/${kind}/${side.id}`}>{side.label}</Link>
      {detail && <div className="muted">{detail}</div>}
      {!side.isLive && <div className="muted">(merged since)</div>}
    </>
  );
}

/** The review queue: proposed duplicate people or places, most probable first, each a link to compare the pair. */
export function DuplicatesQueuePage({ kind }: { kind: DuplicateKind }) {
  const [params, setParams] = useSearchParams();
  const status = (STATUSES.find((s) => s === params.get('status')) ?? 'open') as DuplicateStatus;
  const offset = Number(params.get('offset') ?? 0) || 0;
  const proposals = useDuplicates(kind, { status, limit: PAGE_SIZE, offset });
  const noun = kind === 'persons' ? 'people' : 'places';

  const columns: Column<DuplicateProposal>[] = [
    { header: 'Likelihood', cell: (p) => <strong>{formatProbability(p.probability)}</strong>, className: 'num' },
    { header: 'First record', cell: (p) => <SideCell side={p.left} kind={kind} /> },
    { header: 'Second record', cell: (p) => <SideCell side={p.right} kind={kind} /> },
    { header: 'Why', cell: (p) => <DuplicateReasons reasons={p.reasons} limit={3} /> },
    { header: 'Status', cell: (p) => <DuplicateStatusBadge status={p.status} /> },
    { header: 'Proposed', cell: (p) => formatLondon(p.proposedAt), className: 'nowrap' },
    { header: <span className="visually-hidden">Action</span>, cell: (p) => <Link to={`/duplicates/${kind}/${p.id}`} aria-label={`Compare ${p.left.label} and ${p.right.label}`}>Compare</Link> },
  ];

  return (
    <>
      <PageHeader
        title="Possible duplicates"
        description="People and places the system thinks were recorded twice. Compare each pair, then merge it or record that they are not the same."
        actions={<RescanButton />}
      />
      <IdentityNav />
      <SubNav label="Kinds of record" items={TABS} />
      <form className="filter-bar" onSubmit={(e) => e.preventDefault()}>
        <SelectField label="Status" value={status} onChange={(e) => setParams({ status: e.target.value, offset: undefined })}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </SelectField>
      </form>
      <QueryStatus isLoading={proposals.isLoading} error={proposals.error} onRetry={proposals.refetch} what={`the possible duplicate ${noun}`} />
      {proposals.data && (
        <>
          <DataTable
            caption={`Possible duplicate ${noun}: ${STATUS_LABELS[status].toLowerCase()}`}
            columns={columns}
            rows={proposals.data.items}
            rowKey={(p) => p.id}
            emptyText={status === 'open' ? `No possible duplicate ${noun} are awaiting review` : `No ${noun} in this list`}
            isStale={proposals.isFetching}
          />
          <Pager noun="pairs" offset={offset} limit={PAGE_SIZE} total={proposals.data.total} onChange={(next) => setParams({ offset: next })} />
        </>
      )}
    </>
  );
}
