import { useRef, useState, type FormEvent } from 'react';
import type { CreatePersonRequest } from '@bluelamp/contracts/identity/persons';
import { fieldErrors } from '../../../api/fieldErrors';
import { useRouter, useSearchParams } from '../../../app/router';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { PageHeader } from '../../../ui/PageHeader';
import { Panel } from '../../../ui/Panel';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { useCreatePerson } from '../hooks/useCreatePerson';
import { usePersonCandidates } from '../hooks/usePersonCandidates';
import { londonToday } from '../utils/dateOfBirth';
import { EMPTY_PERSON_SEARCH, toMatchQuery } from '../utils/matchQuery';
import { checkNewPerson, newPersonFromParams, toCreatePersonRequest, type NewPersonForm } from '../utils/newPerson';
import { PersonCandidateList } from './PersonCandidateList';
import { GENDER_NAMES, IDENTIFIER_KIND_NAMES, options } from './personLabels';

/** Where the API's field errors (`body/phones/0` → phones) are shown on this form. */
const API_FIELDS: Record<string, keyof NewPersonForm> = { names: 'givenNames', dateOfBirth: 'dateOfBirth', gender: 'gender', phones: 'phone', emails: 'email', addresses: 'address', identifiers: 'idValue' };

/** Candidates at least this likely must be looked at before a new record is made. */
const LIKELY = 0.5;

/**
 * Record a new person. The people already on the index who look like the one being typed are shown
 * beside the form, and likely ones must be ruled out before saving, so officers do not make duplicates.
 */
export function PersonCreatePage() {
  const { navigate } = useRouter();
  const [params] = useSearchParams();
  const [form, setForm] = useState<NewPersonForm>(() => newPersonFromParams(params));
  const [localErrors, setLocalErrors] = useState<Partial<Record<keyof NewPersonForm, string>> | undefined>();
  const [mustConfirm, setMustConfirm] = useState(false);
  const create = useCreatePerson();
  const formRef = useRef<HTMLFormElement>(null);
  const today = londonToday();
  const matchQuery = toMatchQuery({ ...EMPTY_PERSON_SEARCH, name: `${form.givenNames} ${form.familyName}`, dateOfBirth: form.dateOfBirth, phone: form.phone, email: form.email, postcode: form.postcode, address: form.address }, today, 5);
  const { candidates, isSearching, isAnswered } = usePersonCandidates(matchQuery, 300);
  const likely = candidates.filter((c) => c.probability >= LIKELY);

  const fromApi = fieldErrors(create.error);
  const apiFields = Object.fromEntries(Object.entries(fromApi.fields).map(([k, v]) => [API_FIELDS[k] ?? k, v])) as Partial<Record<keyof NewPersonForm, string>>;
  const errors = localErrors ?? apiFields;
  const summary = localErrors ? undefined : fromApi.summary;
  useFocusFirstError(formRef, localErrors ?? create.error);
  const set = (name: keyof NewPersonForm) => (e: { target: { value: string } }) => {
    setForm((f) => ({ ...f, [name]: e.target.value }));
    setMustConfirm(false);
  };

  const save = async (confirmed: boolean) => {
    const problems = checkNewPerson(form, today);
    if (Object.keys(problems).length) return setLocalErrors(problems);
    setLocalErrors(undefined);
    if (!confirmed && (likely.length > 0 || isSearching)) return setMustConfirm(true);
    const body: CreatePersonRequest = toCreatePersonRequest(form, today);
    const created = await create.mutate(body);
    if (created) navigate(`/persons/${created.id}?created=1`);
  };
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save(false);
  };

  return (
    <>
      <PageHeader title="New person" description="Check the people already known first: a duplicate record splits someone's warnings and history in two." />
      <div className="columns">
        <div className="column-main">
          <form ref={formRef} onSubmit={handleSubmit} noValidate className="form-stack" aria-label="New person">
            {summary && (
              <Alert tone="error" isSummary>
                {summary}
              </Alert>
            )}
            <div className="form-grid">
              <TextField label="Given names" value={form.givenNames} onChange={set('givenNames')} error={errors.givenNames} autoComplete="off" required />
              <TextField label="Family name" value={form.familyName} onChange={set('familyName')} error={errors.familyName} autoComplete="off" required />
              <TextField label="Date of birth" hint="DD/MM/YYYY, if known" value={form.dateOfBirth} onChange={set('dateOfBirth')} error={errors.dateOfBirth} inputMode="numeric" autoComplete="off" />
              <SelectField label="Gender" value={form.gender} onChange={set('gender')} error={errors.gender}>
                <option value="">Not recorded</option>
                {options(GENDER_NAMES).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </SelectField>
              <TextField label="Phone (optional)" type="tel" value={form.phone} onChange={set('phone')} error={errors.phone} autoComplete="off" />
              <TextField label="E-mail (optional)" type="email" value={form.email} onChange={set('email')} error={errors.email} autoComplete="off" />
              <TextField label="Address (optional)" value={form.address} onChange={set('address')} error={errors.address} autoComplete="off" />
              <TextField label="Postcode (optional)" value={form.postcode} onChange={set('postcode')} error={errors.postcode} autoComplete="off" />
              <SelectField label="Identifier" value={form.idKind} onChange={set('idKind')}>
                {options(IDENTIFIER_KIND_NAMES).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </SelectField>
              <TextField label="Identifier number (optional)" value={form.idValue} onChange={set('idValue')} error={errors.idValue} autoComplete="off" />
            </div>
            {mustConfirm && (
              <Alert tone="warning" title={likely.length ? 'Is it one of these people?' : 'Still checking for people already known…'} isSummary>
                <p>
                  {likely.length
                    ? `${likely.length === 1 ? 'One person' : `${likely.length} people`} on the index look${likely.length === 1 ? 's' : ''} like this one (listed beside the form). Open a record to add to it instead, or confirm this is someone new.`
                    : 'Wait a moment for the check to finish, or confirm this is someone new.'}
                </p>
                <Button variant="danger" onClick={() => void save(true)} isBusy={create.isPending}>
                  None of these: create a new person
                </Button>
              </Alert>
            )}
            <div className="form-actions">
              <Button type="submit" variant="primary" isBusy={create.isPending}>
                {create.isPending ? 'Saving…' : 'Save person'}
              </Button>
              <Button onClick={() => navigate('/persons')}>Cancel</Button>
            </div>
          </form>
        </div>
        <div className="column-side">
          <Panel title="Already known?" aside={isSearching ? 'Checking…' : undefined}>
            {!matchQuery && <p className="muted">People who look like this one appear here as you type.</p>}
            {matchQuery && isAnswered && candidates.length === 0 && <p className="muted">Nobody on the index looks like this person.</p>}
            {matchQuery && candidates.length > 0 && <PersonCandidateList candidates={candidates} isStale={isSearching} label="People already known who look like this one" onLeave={() => undefined} />}
          </Panel>
        </div>
      </div>
    </>
  );
}
