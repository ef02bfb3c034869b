import { useRef, useState, type FormEvent } from 'react';
import type { PersonCandidate } from '@bluelamp/contracts/contact/lookup';
import { proposeGrade, type ThriveElement, type ThriveLevel } from '@bluelamp/contracts/contact/thrive';
import { ApiError } from '../../../api/ApiError';
import { fieldErrors } from '../../../api/fieldErrors';
import { useRouter } from '../../../app/router';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { formatLondon } from '../../../ui/format';
import { PageHeader } from '../../../ui/PageHeader';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { useGrades } from '../../platform/reference/hooks/useGrades';
import { useIncidentCategories } from '../../platform/reference/hooks/useIncidentCategories';
import { londonToday } from '../../identity/utils/dateOfBirth';
import { useSession } from '../../platform/auth/hooks/useSession';
import { newIdempotencyKey } from '../../incidents/api/idempotencyKey';
import { useIntake } from '../../incidents/api/useIncidents';
import { useCallerLookup } from '../hooks/useCallerLookup';
import { useCreateContact } from '../hooks/useContacts';
import { checkCallForm, newCallForm, thriveOf, toCreateContactRequest, toLookupRequest, type CallForm, type CallFormErrors } from '../utils/callForm';
import { CHANNEL_NAMES, gradeName } from '../utils/contactLabels';
import { CallerPanel } from './CallerPanel';
import { ThriveFieldset } from './ThriveFieldset';

/** Where the API's field errors (`body/caller/phone`, `body/location/postcode`) show on this form. */
const API_FIELDS: Record<string, keyof CallForm> = { caller: 'phone', location: 'postcode', categoryCode: 'categoryCode', grade: 'grade', gradeReason: 'gradeReason', narrative: 'narrative', receivedAt: 'narrative', answeredAt: 'narrative' };

/** An intake refusal as if it were the contact's: `body/contact/caller` → `body/caller`, so it lands on the same fields. */
function asContactError(error: ApiError | undefined): ApiError | undefined {
  if (!error) return undefined;
  const unwrap = (text: string) => text.replace(/^body\/contact\//, 'body/');
  const details = error.details as { issues?: { path: string; message: string }[] } | undefined;
  if (!details?.issues) return error;
  return new ApiError(error.status, {
    code: error.code as never,
    message: error.message,
    details: { ...details, issues: details.issues.map((i) => ({ path: unwrap(i.path), message: unwrap(i.message) })) },
  });
}

/**
 * Take a call: the form in the order a handler takes it (phone, name, date of birth, place,
 * category, narrative, THRIVE, grade) beside a panel that shows, while they type, earlier contacts
 * from the number and the address, the persons the caller may be by name, and their warnings.
 */
export function TakeCallPage() {
  const { navigate } = useRouter();
  const [form, setForm] = useState<CallForm>(() => newCallForm());
  const [localErrors, setLocalErrors] = useState<CallFormErrors | undefined>();
  const [confirmed, setConfirmed] = useState<PersonCandidate | undefined>();
  const [rejected, setRejected] = useState<string[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  const today = londonToday();
  const grades = useGrades();
  const categories = useIncidentCategories();
  const create = useCreateContact();
  // "Save and create incident": the contact and its incident in one request, sent with one key per
  // call taken so that a retried save never creates a second incident.
  const { can } = useSession();
  const intake = useIntake();
  const [intakeKey] = useState(newIdempotencyKey);
  const [intent, setIntent] = useState<'contact' | 'incident'>('contact');
  const saveError = intent === 'incident' ? asContactError(intake.error) : create.error;
  const lookup = useCallerLookup(toLookupRequest(form, today, rejected));
  const proposal = proposeGrade(thriveOf(form));

  const fromApi = fieldErrors(saveError);
  const apiFields = Object.fromEntries(Object.entries(fromApi.fields).map(([k, v]) => [API_FIELDS[k] ?? k, v])) as CallFormErrors;
  const errors = localErrors ?? apiFields;
  const summary = localErrors ? undefined : fromApi.summary;
  useFocusFirstError(formRef, localErrors ?? saveError);
  const set = (name: keyof CallForm) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value }));
  const setThrive = (element: ThriveElement, change: { level?: ThriveLevel; note?: string }) => setForm((f) => ({ ...f, thrive: { ...f.thrive, [element]: { ...f.thrive[element], ...change } } }));
  const isOverride = !!form.grade && form.grade !== proposal.grade;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = checkCallForm(form, today, proposal.grade);
    if (Object.keys(problems).length) return setLocalErrors(problems);
    setLocalErrors(undefined);
    const body = toCreateContactRequest(form, today, { callerPersonId: confirmed?.personId, rejectedPersonIds: rejected });
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (submitter instanceof HTMLButtonElement && submitter.value === 'incident') {
      setIntent('incident');
      const saved = await intake.mutate({ body: { contact: body }, idempotencyKey: intakeKey });
      if (saved) navigate(`/incidents/${saved.incident.id}`);
      return;
    }
    setIntent('contact');
    const saved = await create.mutate(body);
    if (saved) navigate(`/contact/${saved.id}?created=1`);
  };

  return (
    <>
      <PageHeader title="Take a call" description={`Received ${formatLondon(form.receivedAt)} · ${CHANNEL_NAMES[form.channel]}`} />
      <div className="take-call">
        <form ref={formRef} className="take-call-form form-stack" onSubmit={submit} noValidate aria-label="Call details">
          {summary && (
            <Alert tone="error" title="The call was not saved">
              <p>{summary}</p>
            </Alert>
          )}
          <SelectField label="Channel" value={form.channel} onChange={set('channel')}>
            {Object.entries(CHANNEL_NAMES).map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </SelectField>
          <fieldset className="fieldset">
            <legend>Caller</legend>
            <div className="form-grid">
              <TextField label="Phone number" type="tel" autoComplete="off" autoFocus value={form.phone} onChange={set('phone')} error={errors.phone} />
              <TextField label="First name(s)" autoComplete="off" value={form.givenNames} onChange={set('givenNames')} error={errors.givenNames} />
              <TextField label="Last name" autoComplete="off" value={form.familyName} onChange={set('familyName')} error={errors.familyName} />
              <TextField label="Date of birth" hint="DD/MM/YYYY" inputMode="numeric" autoComplete="off" value={form.dateOfBirth} onChange={set('dateOfBirth')} error={errors.dateOfBirth} />
              <TextField label="Caller's address" hint="If different from where it happened" autoComplete="off" value={form.callerAddress} onChange={set('callerAddress')} className="field-wide" />
            </div>
          </fieldset>
          <fieldset className="fieldset">
            <legend>Where</legend>
            <div className="form-grid">
              <TextField label="Address" autoComplete="off" value={form.address} onChange={set('address')} error={errors.address} className="field-wide" />
              <TextField label="Postcode" autoComplete="off" value={form.postcode} onChange={set('postcode')} error={errors.postcode} />
              <TextField label="Directions" hint="Landmarks, which door, floor" autoComplete="off" value={form.directions} onChange={set('directions')} className="field-wide" />
            </div>
          </fieldset>
          <SelectField label="Incident category" value={form.categoryCode} onChange={set('categoryCode')} error={errors.categoryCode}>
            <option value="">Choose…</option>
            {(categories.data?.items ?? [])
              .filter((c) => c.isActive)
              .map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
          </SelectField>
          <div className={['field', errors.narrative ? 'field-invalid' : ''].filter(Boolean).join(' ')}>
            <label htmlFor="call-narrative">What the caller reports</label>
            {errors.narrative && (
              <p className="field-error" id="call-narrative-error">
                {errors.narrative}
              </p>
            )}
            <textarea id="call-narrative" rows={5} value={form.narrative} onChange={set('narrative')} aria-invalid={errors.narrative ? true : undefined} aria-describedby={errors.narrative ? 'call-narrative-error' : undefined} />
          </div>
          <ThriveFieldset value={form.thrive} onChange={setThrive} />
          <fieldset className="fieldset">
            <legend>Grade</legend>
            <p className="grade-proposal" role="status">
              THRIVE proposes <strong className={`grade-${proposal.grade}`}>{gradeName(proposal.grade)}</strong>: {proposal.rule}.
            </p>
            <div className="form-grid">
              <SelectField label="Grade" value={form.grade} onChange={set('grade')} error={errors.grade}>
                <option value="">As proposed ({gradeName(proposal.grade)})</option>
                {(grades.data?.items ?? []).map((g) => (
                  <option key={g.code} value={g.code}>
                    {g.name}
                  </option>
                ))}
              </SelectField>
              {isOverride && <TextField label="Reason for another grade" value={form.gradeReason} onChange={set('gradeReason')} error={errors.gradeReason} className="field-wide" />}
            </div>
          </fieldset>
          {confirmed && (
            <p role="status">
              Caller confirmed as <strong>{confirmed.displayName}</strong>; saved with the call.
            </p>
          )}
          <div className="form-actions">
            <Button type="submit" variant="primary" value="contact" isBusy={create.isPending} disabled={intake.isPending}>
              {create.isPending ? 'Saving the call…' : 'Save the call'}
            </Button>
            {can('incidents:create') && (
              <Button type="submit" value="incident" isBusy={intake.isPending} disabled={create.isPending}>
                {intake.isPending ? 'Saving the call and creating the incident…' : 'Save and create incident'}
              </Button>
            )}
          </div>
        </form>
        <aside className="take-call-side">
          <CallerPanel
            result={lookup.result}
            isStale={lookup.isStale}
            error={lookup.error}
            onRetry={lookup.retry}
            confirmedId={confirmed?.personId}
            onConfirm={setConfirmed}
            onReject={(p) => setRejected((r) => [...r, p.personId])}
            onUndoConfirm={() => setConfirmed(undefined)}
          />
        </aside>
      </div>
    </>
  );
}
