import { useRef, useState, type KeyboardEvent } from 'react';
import { Link, useSearchParams } from '../../../app/router';
import { useSession } from '../../platform/auth/hooks/useSession';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { PageHeader } from '../../../ui/PageHeader';
import { TextField } from '../../../ui/TextField';
import { useIsMobile } from '../../../ui/useIsMobile';
import { plural } from '../../../ui/format';
import { usePersonCandidates } from '../hooks/usePersonCandidates';
import { usePersonPrefixSearch } from '../hooks/usePersonPrefixSearch';
import { londonToday, parseDobInput } from '../utils/dateOfBirth';
import { EMPTY_PERSON_SEARCH, searchFormFromParams, toMatchQuery, type PersonSearchForm } from '../utils/matchQuery';
import { IdentityNav } from './IdentityNav';
import { PersonCandidateList } from './PersonCandidateList';
import { PersonPrefixList } from './PersonPrefixList';

/**
 * "People and places": one form describing someone, asked of the matching engine as the user
 * types. Keyboard: `/` jumps to the name, Down (or Enter) moves into the candidates, Up/Down move
 * between them, Enter opens one, Up from the first or Escape goes back to the form.
 */
export function PersonSearchPage() {
  const { can } = useSession();
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const [form, setForm] = useState<PersonSearchForm>(() => searchFormFromParams(params));
  const nameRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLDivElement>(null);
  const today = londonToday();
  const dob = parseDobInput(form.dateOfBirth, today);
  const query = toMatchQuery(form, today);
  const { candidates, indexed, hasQuery, isSearching, isAnswered, error, retry } = usePersonCandidates(query);
  // Too little for the engine (a first name alone, half a surname): show names beginning with it.
  const nameTyped = form.name.trim().replace(/[^\p{L}\s'-]/gu, '');
  const prefix = usePersonPrefixSearch(nameTyped, dob.state === 'valid' ? dob.iso : undefined, !error && candidates.length === 0 && nameTyped.length >= 2);

  const set = (name: keyof PersonSearchForm) => (e: { target: { value: string } }) => {
    const value = e.target.value;
    setForm((f) => ({ ...f, [name]: value }));
    setParams({ [name]: value });
  };
  const clear = () => {
    setForm(EMPTY_PERSON_SEARCH);
    setParams(Object.fromEntries(Object.keys(EMPTY_PERSON_SEARCH).map((k) => [k, undefined])));
    nameRef.current?.focus();
  };
  const focusFirstCandidate = () => resultsRef.current?.querySelector<HTMLAnchorElement>('a.candidate')?.focus();
  const handleFormKeys = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'ArrowDown' && event.target instanceof HTMLInputElement && resultsRef.current?.querySelector('a.candidate')) {
      event.preventDefault();
      focusFirstCandidate();
    }
  };
  const moreFields = (
    <>
      <TextField label="Phone" type="tel" value={form.phone} onChange={set('phone')} autoComplete="off" />
      <TextField label="Postcode" value={form.postcode} onChange={set('postcode')} autoComplete="off" autoCapitalize="characters" />
      <TextField label="Address" hint="Street, building or flat" value={form.address} onChange={set('address')} autoComplete="off" />
      <TextField label="E-mail" type="email" value={form.email} onChange={set('email')} autoComplete="off" />
      <TextField label="NI number or PNC id" value={form.idNumber} onChange={set('idNumber')} autoComplete="off" autoCapitalize="characters" />
    </>
  );
  const hasMoreDetails = !!(form.phone || form.postcode || form.address || form.email || form.idNumber);
  const createLink = `/persons/new?${new URLSearchParams(Object.entries(form).filter(([, v]) => v.trim())).toString()}`;

  return (
    <>
      <PageHeader
        title="People and places"
        description={
          <>
            Describe the person: the closest people on the force's index appear as you type, with how likely each is and why.
            {!isMobile && (
              <>
                {' '}
                Press <kbd>/</kbd> to type a name, <kbd>↓</kbd> to move into the results.
              </>
            )}
          </>
        }
        actions={can('identity:write') && <Link to={createLink} className="btn btn-primary">New person</Link>}
      />
      <IdentityNav />
      <form
        className="filter-grid"
        role="search"
        aria-label="Search people"
        onSubmit={(e) => {
          e.preventDefault();
          focusFirstCandidate();
        }}
        onKeyDown={handleFormKeys}
      >
        <TextField ref={nameRef} label="Name" hint="Any order, nicknames and misspellings are fine" value={form.name} onChange={set('name')} autoComplete="off" spellCheck={false} data-search="" />
        <TextField
          label="Date of birth"
          hint="DD/MM/YYYY"
          value={form.dateOfBirth}
          onChange={set('dateOfBirth')}
          inputMode="numeric"
          autoComplete="off"
          error={dob.state === 'invalid' ? dob.error : undefined}
        />
        {isMobile ? (
          <details className="filter-actions" open={hasMoreDetails}>
            <summary>More details: phone, postcode, address, e-mail, identifier</summary>
            <div className="form-stack">{moreFields}</div>
          </details>
        ) : (
          moreFields
        )}
        <div className="filter-actions form-actions">
          <Button type="submit" variant="primary">
            Go to results
          </Button>
          <Button onClick={clear}>Clear</Button>
        </div>
      </form>

      <div ref={resultsRef}>
        <p className="muted" role="status" aria-live="polite">
          {!hasQuery
            ? 'Type a name, date of birth, phone number, postcode or address to search.'
            : isSearching && !isAnswered
              ? 'Searching…'
              : isAnswered
                ? `${candidates.length === 0 ? 'No close matches' : plural(candidates.length, 'possible match', 'possible matches')} among ${plural(indexed ?? 0, 'person', 'people')} on the index`
                : ''}
        </p>
        {error && (
          <Alert tone="error" title="Could not search">
            <p>{error.message}</p>
            <Button onClick={retry}>Try again</Button>
          </Alert>
        )}
        {hasQuery && candidates.length > 0 && <PersonCandidateList candidates={candidates} isStale={isSearching} onLeave={() => nameRef.current?.focus()} />}
        {prefix.page && prefix.page.items.length > 0 && <PersonPrefixList page={prefix.page} onLeave={() => nameRef.current?.focus()} />}
        {isAnswered && candidates.length === 0 && can('identity:write') && (
          <p>
            Nobody on the index is close. <Link to={createLink}>Record a new person</Link> with these details.
          </p>
        )}
      </div>
    </>
  );
}
