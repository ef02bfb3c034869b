import { useState } from 'react';
import type { OfficerAvailability } from '@bluelamp/contracts/workforce/availability';
import { queryCache } from '../../../../api/queryCache';
import { useMutation } from '../../../../api/useMutation';
import { Alert } from '../../../../ui/Alert';
import { Button } from '../../../../ui/Button';
import { DescriptionList } from '../../../../ui/DescriptionList';
import { PageHeader } from '../../../../ui/PageHeader';
import { Panel } from '../../../../ui/Panel';
import { QueryStatus } from '../../../../ui/QueryStatus';
import { MyAssignmentsPanel } from '../../../incidents/response/components/MyAssignmentsPanel';
import { useSession } from '../../../platform/auth/hooks/useSession';
import { formatLondon } from '../../../../ui/format';
import { rostersApi } from '../api/rostersApi';
import { useMyAvailability } from '../hooks/useAvailability';
import { ageOf, dutyTimes } from '../utils/localTime';
import { OfficerStatusBadge } from './OfficerStatusBadge';
import '../rosters.css';

type DutyAction = { type: 'book-on' } | { type: 'book-off' } | { type: 'status'; status: 'available' | 'refreshment' } | { type: 'position'; latitude: number; longitude: number; recordedAt: string };

/**
 * The officer's own duty on the phone: book on and off, set available or refreshment, and share
 * the device's position when the browser allows it. Committed is set by command and control.
 */
export function DutyPage() {
  const me = useMyAvailability();
  const { can } = useSession();
  const [positionNote, setPositionNote] = useState<string | undefined>();
  const action = useMutation(
    (a: DutyAction & { version: number }) => {
      if (a.type === 'book-on') return rostersApi.bookOn(a.version);
      if (a.type === 'book-off') return rostersApi.bookOff(a.version);
      if (a.type === 'status') return rostersApi.setStatus({ status: a.status, version: a.version });
      return rostersApi.setPosition({ latitude: a.latitude, longitude: a.longitude, recordedAt: a.recordedAt });
    },
    { invalidates: ['rosters:on-duty'] },
  );

  const run = async (a: DutyAction) => {
    if (!me.data) return;
    const result = await action.mutate({ ...a, version: me.data.version });
    if (result) queryCache.set('rosters:me', result);
    // After a refusal (e.g. someone else's change came first) show the status as it now stands.
    me.refetch();
  };

  const sharePosition = () => {
    if (!('geolocation' in navigator)) return setPositionNote('This browser cannot share a position.');
    setPositionNote('Finding your position…');
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setPositionNote(undefined);
        void run({ type: 'position', latitude: p.coords.latitude, longitude: p.coords.longitude, recordedAt: new Date(p.timestamp).toISOString() });
      },
      (e) => setPositionNote(e.code === e.PERMISSION_DENIED ? 'Position sharing is not allowed for this site; allow it in the browser settings to share.' : 'Your position could not be found; try again outdoors.'),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 30_000 },
    );
  };

  return (
    <>
      <PageHeader title="My duty" description="Your incidents, then your duty: book on and off, set your status and share your position. Dispatch sees what you set here." />
      {/* The assignment comes first: it is what an officer opens the phone for. */}
      {can('incidents:respond') && <MyAssignmentsPanel />}
      <QueryStatus
        isLoading={me.isLoading}
        error={me.error?.code === 'NOT_FOUND' ? undefined : me.error}
        onRetry={me.refetch}
        what="your status"
      />
      {me.error?.code === 'NOT_FOUND' && <Alert tone="info" title="Your account is not linked to a person on the workforce, so it has no duty status." />}
      {me.data && <DutyPanel me={me.data} isBusy={action.isPending} onAction={run} onSharePosition={sharePosition} />}
      {positionNote && <Alert tone="info">{positionNote}</Alert>}
      {action.error && (
        <Alert tone="error" title="That was not recorded">
          {action.error.code === 'VERSION_CONFLICT' ? 'Your status changed meanwhile (for example dispatch committed you); it is shown as it now stands.' : action.error.message}
        </Alert>
      )}
    </>
  );
}

type DutyPanelProps = { me: OfficerAvailability; isBusy: boolean; onAction: (a: DutyAction) => void; onSharePosition: () => void };

function DutyPanel({ me, isBusy, onAction, onSharePosition }: DutyPanelProps) {
  const duty = dutyTimes(me.dutyStartsAt, me.dutyEndsAt);
  return (
    <Panel title={`${me.rank} ${me.firstName} ${me.lastName} (${me.collarNumber})`}>
      <div className="duty-status" data-testid="my-status">
        <OfficerStatusBadge status={me.status} />
        <span>{me.onDuty ? (me.rostered ? 'On duty (rostered)' : 'On duty (booked on)') : 'Not on duty'}</span>
      </div>
      <DescriptionList
        items={[
          { term: 'Duty', value: duty ? `${duty.label} (${formatLondon(me.dutyStartsAt).slice(0, 10)})` : 'None now' },
          { term: 'Team', value: me.teamName ?? '—' },
          { term: 'Position', value: me.position?.source === 'device' ? `Shared ${ageOf(me.position.at)}` : 'Not shared (your station is used)' },
        ]}
      />
      {me.status === 'committed' && <p>You are committed to an incident; command and control releases you when it is done.</p>}
      <div className="duty-actions">
        {!me.onDuty && (
          <Button variant="primary" isBusy={isBusy} onClick={() => onAction({ type: 'book-on' })}>
            Book on
          </Button>
        )}
        {me.onDuty && me.status !== 'committed' && (
          <>
            <Button variant={me.status === 'available' ? 'primary' : 'secondary'} aria-pressed={me.status === 'available'} isBusy={isBusy} onClick={() => onAction({ type: 'status', status: 'available' })}>
              Available
            </Button>
            <Button variant={me.status === 'refreshment' ? 'primary' : 'secondary'} aria-pressed={me.status === 'refreshment'} isBusy={isBusy} onClick={() => onAction({ type: 'status', status: 'refreshment' })}>
              Refreshment
            </Button>
            <Button variant="danger" isBusy={isBusy} onClick={() => onAction({ type: 'book-off' })}>
              Book off
            </Button>
          </>
        )}
        {me.onDuty && (
          <Button isBusy={isBusy} onClick={onSharePosition}>
            Share my position
          </Button>
        )}
      </div>
    </Panel>
  );
}
