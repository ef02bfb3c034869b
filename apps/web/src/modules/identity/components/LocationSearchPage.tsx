import { useState } from 'react';
import type { SearchLocationsQuery } from '@bluelamp/contracts/identity/locations';
import { Link, useSearchParams } from '../../../app/router';
import { useSession } from '../../platform/auth/hooks/useSession';
import { PageHeader } from '../../../ui/PageHeader';
import { Pager } from '../../../ui/Pager';
import { QueryStatus } from '../../../ui/QueryStatus';
import { TextField } from '../../../ui/TextField';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { useLocationSearch } from '../hooks/useLocations';
import { isPostcode } from '../utils/personChecks';
import { FlagBadges } from './FlagBadges';
import { IdentityNav } from './IdentityNav';
import { nameOf } from './personLabels';
import { PREMISES_TYPE_NAMES } from './locationLabels';

const PAGE_SIZE = 25;

/** Places by postcode and/or address text, with their flags (critical sites, warning markers). */
export function LocationSearchPage() {
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const [postcode, setPostcode] = useState(params.get('postcode') ?? '');
  const [text, setText] = useState(params.get('q') ?? '');
  const offset = Number(params.get('offset') ?? 0) || 0;
  // Debounced as one string: a new object each render would never settle.
  const debounced = JSON.parse(useDebouncedValue(JSON.stringify({ postcode: postcode.trim(), text: text.trim() }))) as { postcode: string; text: string };
  const postcodeError = debounced.postcode && debounced.postcode.replace(/\s/g, '').length >= 5 && !isPostcode(debounced.postcode) ? 'Not a UK postcode' : undefined;
  const query: SearchLocationsQuery | undefined =
    (isPostcode(debounced.postcode) || debounced.text.length >= 2)
      ? { ...(isPostcode(debounced.postcode) && { postcode: debounced.postcode }), ...(debounced.text.length >= 2 && { q: debounced.text.slice(0, 200) }), limit: PAGE_SIZE, offset }
      : undefined;
  const places = useLocationSearch(query);

  return (
    <>
      <PageHeader
        title="Places"
        description="Addresses the force knows, with their flags."
        actions={can('identity:write') && <Link to={`/locations/new?address=${encodeURIComponent(text)}&postcode=${encodeURIComponent(postcode)}`} className="btn btn-primary">New place</Link>}
      />
      <IdentityNav />
      <form className="filter-bar" role="search" aria-label="Search places" onSubmit={(e) => e.preventDefault()}>
        <TextField label="Postcode" value={postcode} onChange={(e) => { setPostcode(e.target.value); setParams({ postcode: e.target.value.trim(), offset: undefined }); }} error={postcodeError} autoComplete="off" />
        <TextField label="Address" hint="e.g. 12 high st" type="search" value={text} onChange={(e) => { setText(e.target.value); setParams({ q: e.target.value.trim(), offset: undefined }); }} autoComplete="off" data-search="" />
      </form>
      {!query && <p className="muted">Type a full postcode or part of the address.</p>}
      {query && <QueryStatus isLoading={places.isLoading} error={places.error} onRetry={places.refetch} what="places" />}
      {query && places.data && (
        <>
          {places.data.items.length === 0 ? (
            <p className="muted">No place matches.</p>
          ) : (
            <ul className={['candidate-list', places.isFetching ? 'stale' : ''].join(' ')} aria-label="Places">
              {places.data.items.map((l) => {
                const flags = l.flags.filter((f) => !f.removedAt);
                return (
                  <li key={l.id}>
                    <Link to={`/locations/${l.id}`} className="candidate">
                      <span>
                        <span className="candidate-name">{l.address}</span>
                        <span className="candidate-meta"> · {nameOf(PREMISES_TYPE_NAMES, l.premisesType)}</span>
                      </span>
                      {flags.length > 0 && (
                        <span className="candidate-flags">
                          <FlagBadges flags={flags} />
                        </span>
                      )}
                    </Link>
                  </li>
                );
              })}
            </ul>
          )}
          <Pager noun="places" offset={offset} limit={PAGE_SIZE} total={places.data.total} onChange={(next) => setParams({ offset: next })} />
        </>
      )}
    </>
  );
}
