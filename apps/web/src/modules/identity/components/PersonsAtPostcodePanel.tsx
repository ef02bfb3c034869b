import { Link } from '../../../app/router';
import { Panel } from '../../../ui/Panel';
import { QueryStatus } from '../../../ui/QueryStatus';
import { usePersonsAtPostcode } from '../hooks/usePersonsAtPostcode';
import { formatIsoDate } from '../utils/dateOfBirth';
import { splitSummaryFlag } from '../utils/flags';
import { FlagBadges } from './FlagBadges';

/** Who has (or had) an address at this postcode, with their warnings: what an officer attending needs. */
export function PersonsAtPostcodePanel({ postcode }: { postcode: string }) {
  const persons = usePersonsAtPostcode(postcode);
  const page = persons.data;
  return (
    <Panel title={`People with an address in ${postcode}`} aside={page ? `${page.total}` : undefined}>
      <QueryStatus isLoading={persons.isLoading} error={persons.error} onRetry={persons.refetch} what="people" />
      {page && page.items.length === 0 && <p className="muted">Nobody recorded.</p>}
      {page && page.items.length > 0 && (
        <ul className="detail-list">
          {page.items.map((p) => (
            <li key={p.id}>
              <span>
                <Link to={`/persons/${p.id}`}>{p.displayName}</Link>
                <span className="detail-sub">{p.dateOfBirth ? `Born ${formatIsoDate(p.dateOfBirth)}` : 'Date of birth not recorded'}</span>
              </span>
              <FlagBadges flags={p.flags.map(splitSummaryFlag)} />
            </li>
          ))}
        </ul>
      )}
      {page && page.total > page.items.length && <p className="show-more muted">The first {page.items.length} of {page.total} are shown.</p>}
    </Panel>
  );
}
