import type { Location } from '@bluelamp/contracts/identity/locations';
import { Link } from '../../../../app/router';
import { formatLondon } from '../../../../ui/format';
import { PageHeader } from '../../../../ui/PageHeader';
import { Panel } from '../../../../ui/Panel';
import { QueryStatus } from '../../../../ui/QueryStatus';
import { useLocationDuplicate } from '../hooks/useLocationDuplicate';
import { ComparisonTable, isSameList, ValueList, type ComparisonRow } from './ComparisonTable';
import { DuplicateDecisionPanel } from './DuplicateDecisionPanel';
import { DuplicateSummary } from './DuplicateSummary';

const position = (l: Location) => (l.latitude === null || l.longitude === null ? '—' : `${l.latitude.toFixed(5)}, ${l.longitude.toFixed(5)} (${l.coordinatesSource === 'given' ? 'given' : 'postcode centre'})`);
const flags = (l: Location) => l.flags.filter((f) => !f.removedAt).map((f) => (f.markerType ? `Warning: ${f.markerType.replace(/_/g, ' ')}` : f.kind.replace(/_/g, ' ')));

function rowsFor(a: Location, b: Location): ComparisonRow[] {
  const one = (field: string, of: (l: Location) => string | null): ComparisonRow => ({ field, left: of(a) ?? '—', right: of(b) ?? '—', isSame: of(a) === of(b) });
  return [
    one('Address', (l) => l.address),
    one('Postcode', (l) => l.postcode),
    one('Flat', (l) => l.flat),
    one('Floor', (l) => (l.floor === null ? null : l.floor === 0 ? 'Ground' : l.floor === -1 ? 'Basement' : String(l.floor))),
    one('Building number', (l) => l.buildingNumber),
    one('Map position', position),
    one('Type of premises', (l) => l.premisesType?.replace(/_/g, ' ') ?? null),
    { field: 'Flags and warnings', left: <ValueList values={flags(a)} />, right: <ValueList values={flags(b)} />, isSame: isSameList(flags(a), flags(b)) },
    { field: 'Recorded', left: formatLondon(a.createdAt), right: formatLondon(b.createdAt) },
  ];
}

/** A proposed pair of places side by side, with the reasons, and the decision: merge or not the same place. */
export function LocationDuplicatePage({ id }: { id: string }) {
  const pair = useLocationDuplicate(id);
  if (!pair.data) {
    return (
      <>
        <PageHeader title="Compare possible duplicates" actions={<Link to="/duplicates/locations">All possible duplicate places</Link>} />
        <QueryStatus isLoading={pair.isLoading} error={pair.error} onRetry={pair.refetch} what="the proposed pair" />
      </>
    );
  }
  const { proposal, left, right } = pair.data;
  return (
    <>
      <PageHeader title="Possibly the same place" description={`${left.address} and ${right.address}`} actions={<Link to="/duplicates/locations">All possible duplicate places</Link>} />
      <div className="columns">
        <div className="column-main">
          <DuplicateSummary proposal={proposal} what="place" />
          <Panel title="Side by side">
            <ComparisonTable caption="The two place records side by side" left={{ label: left.address, to: `/locations/${left.id}` }} right={{ label: right.address, to: `/locations/${right.id}` }} rows={rowsFor(left, right)} />
          </Panel>
        </div>
        <div className="column-side">
          <DuplicateDecisionPanel
            key={`${proposal.id}:${proposal.version}`}
            kind="locations"
            proposal={proposal}
            left={{ id: left.id, label: left.address, version: left.version }}
            right={{ id: right.id, label: right.address, version: right.version }}
            onChanged={pair.refetch}
          />
        </div>
      </div>
    </>
  );
}
