import { useState, type FormEvent } from 'react';
import { THRIVE_ELEMENTS } from '@bluelamp/contracts/contact/thrive';
import { isApiError } from '../../../api/ApiError';
import { fieldErrors } from '../../../api/fieldErrors';
import { Link, useSearchParams } from '../../../app/router';
import { useSession } from '../../platform/auth/hooks/useSession';
import { useGrades } from '../../platform/reference/hooks/useGrades';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { DataTable } from '../../../ui/DataTable';
import { DescriptionList } from '../../../ui/DescriptionList';
import { formatLondon } from '../../../ui/format';
import { PageHeader } from '../../../ui/PageHeader';
import { Panel } from '../../../ui/Panel';
import { QueryStatus } from '../../../ui/QueryStatus';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { formatIsoDate } from '../../identity/utils/dateOfBirth';
import type { Contact } from '@bluelamp/contracts/contact/contacts';
import { useCallerLookup } from '../hooks/useCallerLookup';
import { useContact, useCreateCallerPerson, useDecideMatch, useRegradeContact } from '../hooks/useContacts';
import { CallerPanel } from './CallerPanel';
import { CHANNEL_NAMES, LEVEL_NAMES, THRIVE_NAMES, gradeName } from '../utils/contactLabels';

/** One contact: the call as taken, its THRIVE, its grade and every change of grade. */
export function ContactDetailPage({ id }: { id: string }) {
  const [params] = useSearchParams();
  const { can } = useSession();
  const contact = useContact(id);
  const c = contact.data;
  if (!c) return <QueryStatus isLoading={contact.isLoading} error={contact.error} onRetry={contact.refetch} what="the contact" />;
  const callerName = [c.caller.givenNames, c.caller.familyName].filter(Boolean).join(' ');
  return (
    <>
      <PageHeader title={`Contact ${c.reference}`} description={`${c.categoryName} · ${gradeName(c.grade)}`} actions={<Link to="/contact">All contacts</Link>} />
      {params.get('created') && (
        <Alert tone="success" title="The call was saved">
          <p>
            Reference {c.reference}, graded {gradeName(c.grade)}.
          </p>
        </Alert>
      )}
      <div className="columns">
        <div className="column-main">
          <Panel title="The call">
            <DescriptionList
              items={[
                { term: 'Channel', value: CHANNEL_NAMES[c.channel] ?? c.channel },
                { term: 'Received', value: formatLondon(c.receivedAt) },
                { term: 'Answered', value: formatLondon(c.answeredAt) },
                { term: 'Category', value: c.categoryName },
                { term: 'Narrative', value: <span className="pre-wrap">{c.narrative}</span> },
                { term: 'Recorded by', value: c.createdBy },
              ]}
            />
          </Panel>
          <Panel title="Caller">
            <DescriptionList
              items={[
                { term: 'Name as given', value: callerName || '—' },
                { term: 'Phone', value: c.caller.phone },
                { term: 'Date of birth', value: formatIsoDate(c.caller.dateOfBirth) },
                { term: 'Address', value: c.caller.address },
                { term: 'Confirmed as', value: c.caller.personId ? <Link to={`/persons/${c.caller.personId}`}>Open the person record</Link> : 'Not linked to a person' },
                { term: 'Not the caller', value: c.matchDecisions.filter((d) => d.decision === 'rejected').map((d) => `${d.by ?? 'someone'}, ${formatLondon(d.at)}`).join('; ') || '—' },
              ]}
            />
            {!c.caller.personId && c.caller.givenNames && c.caller.familyName && can('contact:create') && <CreateCallerPerson id={c.id} />}
          </Panel>
          <Panel title="Where">
            <DescriptionList
              items={[
                { term: 'Address', value: c.location.locationId ? <Link to={`/locations/${c.location.locationId}`}>{c.location.address}</Link> : c.location.address },
                { term: 'Postcode', value: c.location.postcode },
                { term: 'Coordinates', value: c.location.latitude !== null ? `${c.location.latitude.toFixed(5)}, ${c.location.longitude?.toFixed(5)}` : '—' },
                { term: 'Directions', value: c.location.directions },
              ]}
            />
          </Panel>
          <Panel title="THRIVE">
            <DataTable
              caption="THRIVE assessment"
              columns={[
                { header: 'Element', cell: (e) => THRIVE_NAMES[e].name },
                { header: 'Level', cell: (e) => LEVEL_NAMES[c.thrive[e].level] },
                { header: 'Note', cell: (e) => c.thrive[e].note ?? '—' },
              ]}
              rows={[...THRIVE_ELEMENTS]}
              rowKey={(e) => e}
            />
          </Panel>
        </div>
        <div className="column-side">
          <Panel title="Grade">
            <p>
              Now <strong className={`grade-${c.grade}`}>{gradeName(c.grade)}</strong>; THRIVE proposed {gradeName(c.proposedGrade)}.
              {c.gradeReason && ` Reason: ${c.gradeReason}`}
            </p>
            <ol className="plain-list grade-history" aria-label="Grade history">
              {c.gradeHistory.map((h, i) => (
                <li key={i}>
                  {formatLondon(h.at)} · {h.from ? `${gradeName(h.from)} → ${gradeName(h.to)}` : `Graded ${gradeName(h.to)}`} · {h.by ?? 'system'}
                  {h.reason && ` · “${h.reason}”`}
                </li>
              ))}
            </ol>
            {can('contact:regrade') && <RegradeForm id={c.id} version={c.version} current={c.grade} />}
          </Panel>
          {can('contact:lookup') && <SavedCallerPanel contact={c} canDecide={can('contact:create')} />}
        </div>
      </div>
    </>
  );
}

function RegradeForm({ id, version, current }: { id: string; version: number; current: string }) {
  const grades = useGrades();
  const regrade = useRegradeContact(id);
  const [grade, setGrade] = useState('');
  const [reason, setReason] = useState('');
  const errors = fieldErrors(regrade.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await regrade.mutate({ version, grade, reason: reason.trim() });
    if (done) {
      setGrade('');
      setReason('');
    }
  };
  return (
    <form onSubmit={submit} className="form-stack" aria-label="Re-grade">
      {isApiError(regrade.error, 'VERSION_CONFLICT') && (
        <Alert tone="warning" title="Someone else changed this contact">
          <p>It has been reloaded; check the grade and re-grade again if still needed.</p>
        </Alert>
      )}
      {errors.summary && !isApiError(regrade.error, 'VERSION_CONFLICT') && <Alert tone="error">{errors.summary}</Alert>}
      <SelectField label="New grade" value={grade} onChange={(e) => setGrade(e.target.value)} error={errors.fields.grade}>
        <option value="">Choose…</option>
        {(grades.data?.items ?? [])
          .filter((g) => g.code !== current)
          .map((g) => (
            <option key={g.code} value={g.code}>
              {g.name}
            </option>
          ))}
      </SelectField>
      <TextField label="Reason" value={reason} onChange={(e) => setReason(e.target.value)} error={errors.fields.reason} />
      <Button type="submit" isBusy={regrade.isPending} disabled={!grade || reason.trim().length < 3}>
        Re-grade
      </Button>
    </form>
  );
}

function CreateCallerPerson({ id }: { id: string }) {
  const create = useCreateCallerPerson(id);
  return (
    <div className="form-row">
      {create.error && <Alert tone="error">{create.error.message}</Alert>}
      <Button onClick={() => void create.mutate(undefined)} isBusy={create.isPending}>
        Create a person from this caller
      </Button>
    </div>
  );
}

/**
 * The repeat-caller panel for a saved contact, asked about the caller as given (this contact left
 * out of the counts, rejected persons not suggested); confirming or rejecting is recorded at once.
 */
function SavedCallerPanel({ contact, canDecide }: { contact: Contact; canDecide: boolean }) {
  const caller = contact.caller;
  const request = {
    contactId: contact.id,
    ...(caller.phone && { phone: caller.phone }),
    ...(caller.givenNames && { firstName: caller.givenNames }),
    ...(caller.familyName && { lastName: caller.familyName }),
    ...(caller.dateOfBirth && { dateOfBirth: caller.dateOfBirth }),
    ...(contact.location.locationId ? { locationId: contact.location.locationId } : contact.location.postcode ? { postcode: contact.location.postcode } : {}),
  };
  const hasQuery = Object.keys(request).length > 1;
  const lookup = useCallerLookup(hasQuery ? request : undefined, 0);
  const decide = useDecideMatch(contact.id);
  const answer = (verb: 'confirm' | 'reject') => (p: { personId: string; probability: number }) => void decide.mutate({ personId: p.personId, verb, probability: p.probability });
  if (!hasQuery) return null;
  return (
    <>
      {decide.error && <Alert tone="error">{decide.error.message}</Alert>}
      <CallerPanel
        result={lookup.result}
        isStale={lookup.isStale || decide.isPending}
        error={lookup.error}
        onRetry={lookup.retry}
        confirmedId={caller.personId ?? undefined}
        onConfirm={canDecide ? answer('confirm') : undefined}
        onReject={canDecide ? answer('reject') : undefined}
      />
    </>
  );
}
