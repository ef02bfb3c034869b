import type { PersonSearchPageDto } from '../api/identityApi';
import { Link } from '../../../app/router';
import { formatIsoDate } from '../utils/dateOfBirth';
import { splitSummaryFlag } from '../utils/flags';
import { FlagBadges } from './FlagBadges';
import { moveBetweenCandidates } from './PersonCandidateList';

/** Persons whose names begin with what was typed (no probability: an exact search, not a match). */
export function PersonPrefixList({ page, onLeave }: { page: PersonSearchPageDto; onLeave: () => void }) {
  return (
    <>
      <h2 className="section-title">Names beginning with what you typed{page.total > page.items.length ? ` (first ${page.items.length} of ${page.total})` : ''}</h2>
      <ul className="candidate-list" aria-label="Names beginning with what you typed" onKeyDown={(e) => moveBetweenCandidates(e, onLeave)}>
        {page.items.map((p) => (
          <li key={p.id}>
            <Link to={`/persons/${p.id}`} className="candidate">
              <span>
                <span className="candidate-name">{p.displayName}</span>
                <span className="candidate-meta"> · {p.dateOfBirth ? `Born ${formatIsoDate(p.dateOfBirth)}` : 'Date of birth not recorded'}</span>
              </span>
              {p.flags.length > 0 && (
                <span className="candidate-flags">
                  <FlagBadges flags={p.flags.map(splitSummaryFlag)} />
                </span>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
