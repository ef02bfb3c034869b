import type { KeyboardEvent } from 'react';
import { Link } from '../../../app/router';
import { Badge } from '../../../ui/Badge';
import type { PersonCandidate } from '../hooks/usePersonCandidates';
import { ageOn, formatIsoDate, londonToday } from '../utils/dateOfBirth';
import { formatProbability, matchStrength, splitSummaryFlag } from '../utils/flags';
import { FlagBadges } from './FlagBadges';

type PersonCandidateListProps = {
  candidates: PersonCandidate[];
  isStale: boolean;
  /** Where Up from the first candidate, or Escape, returns focus (the search form's first field). */
  onLeave: () => void;
  label?: string;
};

const GENDER_NAMES: Record<string, string> = { male: 'Male', female: 'Female', other: 'Other', unknown: 'Gender unknown' };

/** Moves focus between candidates with the arrow keys (each candidate is one link). */
export function moveBetweenCandidates(event: KeyboardEvent<HTMLUListElement>, onLeave: () => void) {
  const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('a.candidate')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (at < 0) return;
  if (event.key === 'ArrowDown' && at < links.length - 1) links[at + 1]!.focus();
  else if (event.key === 'ArrowUp' && at > 0) links[at - 1]!.focus();
  else if (event.key === 'ArrowUp' || event.key === 'Escape') onLeave();
  else if (event.key === 'Home') links[0]!.focus();
  else if (event.key === 'End') links.at(-1)!.focus();
  else return;
  event.preventDefault();
}

/** The matching engine's candidates, best first: who, how likely, why, and their warnings. */
export function PersonCandidateList({ candidates, isStale, onLeave, label = 'Possible matches' }: PersonCandidateListProps) {
  const today = londonToday();
  return (
    <ul className={['candidate-list', isStale ? 'stale' : ''].filter(Boolean).join(' ')} aria-label={label} aria-busy={isStale || undefined} onKeyDown={(e) => moveBetweenCandidates(e, onLeave)}>
      {candidates.map((c) => {
        const strength = matchStrength(c.probability);
        const p = c.person;
        return (
          <li key={c.personId}>
            <Link to={`/persons/${c.personId}`} className="candidate" data-candidate="">
              <span>
                <span className="candidate-name">{p?.displayName ?? '…'}</span>
                <span className="candidate-meta">
                  {' · '}
                  {p?.dateOfBirth ? `Born ${formatIsoDate(p.dateOfBirth)} (${ageOn(p.dateOfBirth, today)})` : 'Date of birth not recorded'}
                  {p?.gender ? ` · ${GENDER_NAMES[p.gender] ?? p.gender}` : ''}
                </span>
              </span>
              <span className="candidate-score">
                <span className="candidate-probability">{formatProbability(c.probability)}</span>
                <Badge tone={strength.tone}>{strength.label}</Badge>
              </span>
              {p && p.flags.length > 0 && (
                <span className="candidate-flags">
                  <FlagBadges flags={p.flags.map(splitSummaryFlag)} />
                </span>
              )}
              {c.reasons.length > 0 && (
                <ul className="candidate-reasons" aria-label="Why">
                  {c.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              )}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
