import { useState } from 'react';
import type { Person } from '@bluelamp/contracts/identity/persons';
import { isApiError } from '../../../../api/ApiError';
import { Link } from '../../../../app/router';
import { formatLondon } from '../../../../ui/format';
import { PageHeader } from '../../../../ui/PageHeader';
import { Panel } from '../../../../ui/Panel';
import { QueryStatus } from '../../../../ui/QueryStatus';
import { usePersonDuplicate } from '../hooks/usePersonDuplicate';
import { formatDateOfBirth } from '../utils/duplicateLabels';
import { ComparisonTable, isSameList, ValueList, type ComparisonRow } from './ComparisonTable';
import { DuplicateDecisionPanel } from './DuplicateDecisionPanel';
import { DuplicateSummary } from './DuplicateSummary';
import { ReasonToOpen } from '../../components/ReasonToOpen';

const names = (p: Person) => p.names.map((n) => `${n.givenNames} ${n.familyName}${n.kind === 'birth' ? '' : ` (${n.kind})`}`);
const flags = (p: Person) => p.flags.filter((f) => !f.removedAt).map((f) => (f.markerType ? `Warning: ${f.markerType.replace(/_/g, ' ')}` : f.kind.replace(/_/g, ' ')));

function rowsFor(a: Person, b: Person): ComparisonRow[] {
  const list = (field: string, of: (p: Person) => string[]): ComparisonRow => ({ field, left: <ValueList values={of(a)} />, right: <ValueList values={of(b)} />, isSame: isSameList(of(a), of(b)) });
  return [
    list('Names', names),
    { field: 'Date of birth', left: formatDateOfBirth(a.dateOfBirth), right: formatDateOfBirth(b.dateOfBirth), isSame: a.dateOfBirth === b.dateOfBirth },
    { field: 'Gender', left: a.gender ?? '—', right: b.gender ?? '—', isSame: a.gender === b.gender },
    list('Phones', (p) => p.phones.map((x) => x.number)),
    list('E-mail addresses', (p) => p.emails.map((x) => x.address)),
    list('Addresses', (p) => p.addresses.map((x) => x.address)),
    list('Identifiers', (p) => p.identifiers.map((x) => `${x.kind.replace(/_/g, ' ').toUpperCase()} ${x.value}`)),
    list('Flags and warnings', flags),
    { field: 'Recorded', left: formatLondon(a.createdAt), right: formatLondon(b.createdAt) },
    { field: 'Records merged in', left: a.mergedFrom.length || '—', right: b.mergedFrom.length || '—' },
  ];
}

/** A proposed pair of people side by side, with the reasons, and the decision: merge or not the same person. */
export function PersonDuplicatePage({ id }: { id: string }) {
  const [reason, setReason] = useState<string | undefined>();
  const pair = usePersonDuplicate(id, reason);
  if (isApiError(pair.error, 'REASON_REQUIRED')) {
    return (
      <ReasonToOpen
        onReason={setReason}
        title="Why are you opening these records?"
        description="Force policy asks for a reason to open person records. Comparing a possible duplicate opens both; the reason is kept with the audit trail."
        hint="e.g. data quality review"
        submitLabel="Compare the records"
        back={{ to: '/duplicates', label: 'Back to possible duplicates' }}
      />
    );
  }
  if (!pair.data) {
    return (
      <>
        <PageHeader title="Compare possible duplicates" actions={<Link to="/duplicates">All possible duplicates</Link>} />
        <QueryStatus isLoading={pair.isLoading} error={pair.error} onRetry={pair.refetch} what="the proposed pair" />
      </>
    );
  }
  const { proposal, left, right } = pair.data;
  return (
    <>
      <PageHeader
        title={`${left.displayName} and ${right.displayName}`}
        description="Possibly the same person, recorded twice. Opening this pair is recorded on the audit trail as a read of both records."
        actions={<Link to="/duplicates">All possible duplicates</Link>}
      />
      <div className="columns">
        <div className="column-main">
          <DuplicateSummary proposal={proposal} what="person" />
          <Panel title="Side by side">
            <ComparisonTable caption="The two person records side by side" left={{ label: left.displayName, to: `/persons/${left.id}` }} right={{ label: right.displayName, to: `/persons/${right.id}` }} rows={rowsFor(left, right)} />
          </Panel>
        </div>
        <div className="column-side">
          <DuplicateDecisionPanel
            key={`${proposal.id}:${proposal.version}`}
            kind="persons"
            proposal={proposal}
            left={{ id: left.id, label: left.displayName, version: left.version }}
            right={{ id: right.id, label: right.displayName, version: right.version }}
            onChanged={pair.refetch}
          />
        </div>
      </div>
    </>
  );
}
