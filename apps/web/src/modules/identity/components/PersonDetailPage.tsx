import { useEffect, useState } from 'react';
import { PERSON_FLAG_KINDS, type Person, type PersonDetailKind } from '@bluelamp/contracts/identity/persons';
import { isApiError } from '../../../api/ApiError';
import { Link, useRouter, useSearchParams } from '../../../app/router';
import { useSession } from '../../platform/auth/hooks/useSession';
import { Alert } from '../../../ui/Alert';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryStatus } from '../../../ui/QueryStatus';
import { usePersonChange, type PersonChange } from '../hooks/usePersonChange';
import { usePersonEvents, usePersonMerges, useUnmergePerson } from '../hooks/usePersonHistory';
import { usePersonRecord } from '../hooks/usePersonRecord';
import { ageOn, formatIsoDate, londonToday } from '../utils/dateOfBirth';
import { ConflictAlert } from './ConflictAlert';
import { FlagBadges } from './FlagBadges';
import { FlagsPanel } from './FlagsPanel';
import { MergeHistoryPanel } from './MergeHistoryPanel';
import { PersonDetailsPanels } from './PersonDetailsPanels';
import { PersonEventsPanel } from './PersonEventsPanel';
import { ReasonToOpen } from './ReasonToOpen';
import { GENDER_NAMES, nameOf } from './personLabels';

/**
 * One person: who they are, every detail over time, flags with who set them, the events they were
 * part of, and merges. Writers add and remove details and flags; mergers can undo a merge. A record
 * merged into another leads to the survivor.
 */
export function PersonDetailPage({ id }: { id: string }) {
  const { can } = useSession();
  const { navigate } = useRouter();
  const [params] = useSearchParams();
  const record = usePersonRecord(id);
  const person = record.person;
  const events = usePersonEvents(id, !!person);
  const merges = usePersonMerges(id, !!person);
  const change = usePersonChange(id);
  const unmerge = useUnmergePerson();
  const [section, setSection] = useState<string | undefined>();
  const [conflictVersion, setConflictVersion] = useState<number | undefined>();
  const { show } = record;

  useEffect(() => {
    if (record.mergedInto) navigate(`/persons/${record.mergedInto}?mergedFrom=${encodeURIComponent(id)}`, { replace: true });
  }, [record.mergedInto, id, navigate]);

  // Someone else changed the record first: show theirs (sent with the 409) and say so.
  useEffect(() => {
    if (!isApiError(change.error, 'VERSION_CONFLICT')) return;
    const current = change.error.current<Person>();
    if (!current) return;
    show(current);
    setConflictVersion(current.version);
  }, [change.error, show]);

  if (record.needsReason) {
    return (
      <ReasonToOpen
        onReason={record.openWithReason}
        title="Why are you opening this record?"
        description="Force policy asks for a reason to open a person record. It is kept with the audit trail."
        hint="e.g. the incident or call number"
        submitLabel="Open record"
        back={{ to: '/persons', label: 'Back to search' }}
      />
    );
  }
  if (!person) {
    return (
      <>
        <PageHeader title="Person" actions={<Link to="/persons">Search people</Link>} />
        {!record.mergedInto && <QueryStatus isLoading={record.isLoading} error={record.error} onRetry={record.refetch} what="the person" />}
      </>
    );
  }

  const apply = async (name: string, c: PersonChange): Promise<boolean> => {
    setSection(name);
    setConflictVersion(undefined);
    const saved = await change.mutate(c);
    if (!saved) return false;
    show(saved);
    return true;
  };
  const errorFor = (name: string) => (section === name ? change.error : undefined);
  const current = person.flags.filter((f) => !f.removedAt);
  const canWrite = can('identity:write');
  const mergedFrom = params.get('mergedFrom');

  return (
    <>
      <PageHeader
        title={person.displayName}
        description={[
          person.dateOfBirth ? `Born ${formatIsoDate(person.dateOfBirth)} (age ${ageOn(person.dateOfBirth, londonToday())})` : 'Date of birth not recorded',
          person.gender ? nameOf(GENDER_NAMES, person.gender) : undefined,
        ]
          .filter(Boolean)
          .join(' · ')}
        actions={<Link to="/persons">Search people</Link>}
      />
      {params.get('created') && <Alert tone="success">Person recorded.</Alert>}
      {mergedFrom && (
        <Alert tone="info" title="The record you opened was merged into this one">
          <p>Its details are shown here. A supervisor can undo the merge from the merge history.</p>
        </Alert>
      )}
      {current.length > 0 && (
        <Alert tone={current.some((f) => f.kind === 'warning_marker') ? 'error' : 'warning'} title="Flags on this person">
          <FlagBadges flags={current} />
        </Alert>
      )}
      {conflictVersion !== undefined && <ConflictAlert what="person" version={conflictVersion} />}
      <div className="columns">
        <div className="column-main">
          <PersonDetailsPanels
            person={person}
            canWrite={canWrite}
            isBusyFor={(s) => change.isPending && section === s}
            errorFor={errorFor}
            onChange={apply}
          />
          <PersonEventsPanel links={events.data?.items} isLoading={events.isLoading} error={events.error} />
        </div>
        <div className="column-side">
          <FlagsPanel
            flags={person.flags}
            kinds={PERSON_FLAG_KINDS}
            canWrite={canWrite}
            isBusy={change.isPending && section === 'flags'}
            error={errorFor('flags')}
            onAdd={(f) => apply('flags', { action: 'add', kind: 'flags', body: { version: person.version, kind: f.kind as (typeof PERSON_FLAG_KINDS)[number], ...(f.markerType ? { markerType: f.markerType as never } : {}), ...(f.note ? { note: f.note } : {}) } })}
            onRemove={(flagId, reason) => apply('flags', { action: 'remove', kind: 'flags' satisfies PersonDetailKind, detailId: flagId, body: { version: person.version, reason } })}
          />
          <MergeHistoryPanel
            recordId={person.id}
            basePath="/persons"
            merges={merges.data?.items}
            isLoading={merges.isLoading}
            loadError={merges.error}
            canMerge={can('identity:merge')}
            isBusy={unmerge.isPending}
            error={unmerge.error}
            onUnmerge={async (mergeId, reason) => !!(await unmerge.mutate({ mergeId, reason }))}
          />
        </div>
      </div>
    </>
  );
}
