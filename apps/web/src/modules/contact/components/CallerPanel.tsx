import type { ContactLookupResult, EarlierContacts, PersonCandidate } from '@bluelamp/contracts/contact/lookup';
import type { ApiError } from '../../../api/ApiError';
import { Link } from '../../../app/router';
import { Alert } from '../../../ui/Alert';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { formatLondon } from '../../../ui/format';
import { FlagBadges } from '../../identity/components/FlagBadges';
import { formatIsoDate } from '../../identity/utils/dateOfBirth';
import { formatProbability, matchStrength } from '../../identity/utils/flags';
import { countText, gradeName } from '../utils/contactLabels';

type CallerPanelProps = {
  result: ContactLookupResult | undefined;
  isStale: boolean;
  error: ApiError | undefined;
  onRetry: () => void;
  /** The person the handler confirmed as the caller, if any. */
  confirmedId: string | undefined;
  /** Without these the panel only shows (a user who may not answer). */
  onConfirm?: ((candidate: PersonCandidate) => void) | undefined;
  onReject?: ((candidate: PersonCandidate) => void) | undefined;
  /** Only before the call is saved: a confirmation on a saved contact is on the record. */
  onUndoConfirm?: (() => void) | undefined;
};

function EarlierList({ contacts, windowDays }: { contacts: EarlierContacts; windowDays: number }) {
  return (
    <>
      <p className="caller-count">
        <strong>{countText(contacts, windowDays)}</strong>
      </p>
      {contacts.recent.length > 0 && (
        <ul className="plain-list caller-earlier">
          {contacts.recent.map((c) => (
            <li key={c.id}>
              <Link to={`/contact/${c.id}`}>{c.reference}</Link> · {formatLondon(c.receivedAt)} · {c.categoryName} · {gradeName(c.grade)}
              {c.callerName ? ` · ${c.callerName}` : ''}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * The side panel that updates while the handler types: earlier contacts from this number and at
 * this address, persons this caller may be by name with reasons and flags, and the buttons to say
 * "this is them" or "not this person". Warnings come first and in red, worded (never colour alone).
 */
export function CallerPanel({ result, isStale, error, onRetry, confirmedId, onConfirm, onReject, onUndoConfirm }: CallerPanelProps) {
  return (
    <section className={['caller-panel', isStale ? 'stale' : ''].filter(Boolean).join(' ')} aria-labelledby="caller-panel-title" aria-busy={isStale || undefined} aria-live="polite">
      <h2 id="caller-panel-title">Caller history and warnings</h2>
      {error && (
        <Alert tone="error" title="The look-up failed">
          <p>{error.message}</p>
          <Button onClick={onRetry}>Try again</Button>
        </Alert>
      )}
      {!result && !error && <p className="muted">Type the phone number, name, date of birth or address: earlier contacts and warnings show here.</p>}
      {result && (
        <>
          {result.byAddress && result.byAddress.flags.length > 0 && (
            <div className="caller-warning" role="alert">
              <strong>At this address:</strong> <FlagBadges flags={result.byAddress.flags} />
            </div>
          )}
          <section className="caller-section" aria-label="This number">
            <h3>This number</h3>
            {result.byPhone ? <EarlierList contacts={result.byPhone.contacts} windowDays={result.windowDays} /> : <p className="muted">No phone number yet.</p>}
          </section>
          <section className="caller-section" aria-label="This address">
            <h3>{result.byAddress?.matchedOn === 'postcode' ? `This postcode (${result.byAddress.address})` : 'This address'}</h3>
            {result.byAddress ? (
              <>
                {result.byAddress.matchedOn === 'location' && <p className="caller-address">{result.byAddress.address}</p>}
                <EarlierList contacts={result.byAddress.contacts} windowDays={result.windowDays} />
              </>
            ) : (
              <p className="muted">No known address yet.</p>
            )}
          </section>
          <section className="caller-section" aria-label="This person by name">
            <h3>This person by name</h3>
            {result.persons.length === 0 && <p className="muted">No one on record matches the name and date of birth so far.</p>}
            <ul className="plain-list caller-candidates">
              {result.persons.map((p) => {
                const strength = matchStrength(p.probability);
                const isConfirmed = confirmedId === p.personId;
                return (
                  <li key={p.personId} className={['caller-candidate', isConfirmed ? 'confirmed' : ''].filter(Boolean).join(' ')} data-person-id={p.personId}>
                    <div className="caller-candidate-head">
                      <Link to={`/persons/${p.personId}`} className="candidate-name">
                        {p.displayName}
                      </Link>
                      <span className="candidate-meta">{p.dateOfBirth ? ` · Born ${formatIsoDate(p.dateOfBirth)}` : ' · Date of birth not recorded'}</span>
                      <span className="candidate-score">
                        <span className="candidate-probability">{formatProbability(p.probability)}</span> <Badge tone={strength.tone}>{strength.label}</Badge>
                      </span>
                    </div>
                    {p.flags.length > 0 && <FlagBadges flags={p.flags} />}
                    <ul className="candidate-reasons" aria-label="Why">
                      {p.reasons.map((r) => (
                        <li key={r}>{r}</li>
                      ))}
                    </ul>
                    <p className="caller-count">Contacts as caller: {countText(p.earlierContacts, result.windowDays)}</p>
                    <div className="form-row">
                      {isConfirmed ? (
                        <>
                          <Badge tone="success">Confirmed as the caller</Badge>
                          {onUndoConfirm && (
                            <Button variant="quiet" onClick={onUndoConfirm}>
                              Undo
                            </Button>
                          )}
                        </>
                      ) : (
                        <>
                          {onConfirm && (
                            <Button variant="primary" onClick={() => onConfirm(p)} disabled={!!confirmedId}>
                              Confirm: this is the caller
                            </Button>
                          )}
                          {onReject && <Button onClick={() => onReject(p)}>Not this person</Button>}
                        </>
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
          <p className="muted caller-window">Counts over the force's repeat window of {result.windowDays} days.</p>
        </>
      )}
    </section>
  );
}
