import { useState } from 'react';
import type { Assignment, MyIncident } from '@bluelamp/contracts/incidents/dispatch';
import { ApiError } from '../../../../api/ApiError';
import { queryCache } from '../../../../api/queryCache';
import { Alert } from '../../../../ui/Alert';
import { Badge } from '../../../../ui/Badge';
import { Button } from '../../../../ui/Button';
import { DescriptionList } from '../../../../ui/DescriptionList';
import { formatLondon } from '../../../../ui/format';
import { responseApi } from '../api/responseApi';
import { MY_INCIDENTS } from '../hooks/useMyIncidents';
import { ASSIGNMENT_STATUS_LABELS, hasReached, MY_STEPS, nextStep, type MyStep } from '../utils/assignmentSteps';
import { durationInWords, formatClock, secondsSince, targetClock } from '../utils/durations';

type MyAssignmentCardProps = {
  incident: MyIncident;
  now: number;
  isCurrent: boolean;
  /** Called once the officer has cleared it (the card then leaves the list). */
  onCleared: (reference: string) => void;
};

type Outcome = { tone: 'success' | 'error'; title: string; body?: string } | undefined;

const GRADE_TONE: Record<string, 'danger' | 'warning' | 'info'> = { immediate: 'danger', scheduled: 'warning', routine: 'info' };

/** Words for an update that was not recorded, by the API's code. */
function refusal(error: ApiError): { title: string; body: string } {
  if (error.code === 'NETWORK_ERROR') return { title: 'Not sent: no connection', body: 'Your update did not reach control. Press the button again when you have a signal; it is safe to repeat.' };
  if (error.code === 'NOT_FOUND') return { title: 'You are no longer on this incident', body: 'Control has taken you off it or it has closed.' };
  if (error.code === 'INCIDENT_CLOSED') return { title: 'The incident is closed', body: error.message };
  if (error.code === 'ASSIGNMENT_OUT_OF_ORDER') return { title: 'Not in that order', body: `${error.message}. Your status is shown as control has it.` };
  return { title: 'That was not recorded', body: error.message };
}

/**
 * One incident I am assigned to, for the phone: what, where and how long, who else is on it, and
 * the three steps as big buttons with only the next one enabled. A repeated step (a retry after a
 * lost answer) is checked against the server's state before any error is shown.
 */
export function MyAssignmentCard({ incident, now, isCurrent, onCleared }: MyAssignmentCardProps) {
  const [sending, setSending] = useState<MyStep | undefined>();
  const [outcome, setOutcome] = useState<Outcome>();
  // The server's answer is shown at once; the list read again afterwards replaces it once it is as new.
  const [answered, setAnswered] = useState<Assignment | undefined>();
  const assignment = answered && answered.id === incident.assignment.id && answered.version > incident.assignment.version ? answered : incident.assignment;
  const status = assignment.status;
  const next = nextStep(status);
  const sinceReceived = secondsSince(incident.receivedAt, now);
  const clock = targetClock(incident.targetAt, now, assignment.arrivedAt ?? null);
  // The address often ends with its postcode already.
  const postcode = incident.locationPostcode && !incident.locationAddress?.toUpperCase().includes(incident.locationPostcode.toUpperCase()) ? incident.locationPostcode : null;
  const place = [incident.locationAddress, postcode].filter(Boolean).join(', ');
  const mapUrl = incident.latitude !== null && incident.longitude !== null ? `https://www.openstreetmap.org/?mlat=${incident.latitude}&mlon=${incident.longitude}#map=18/${incident.latitude}/${incident.longitude}` : undefined;

  const recorded = (step: MyStep) => {
    if (step === 'cleared') onCleared(incident.reference);
    else setOutcome({ tone: 'success', title: `Recorded: ${MY_STEPS.find((s) => s.status === step)!.done}` });
  };

  const send = async (step: MyStep) => {
    if (sending) return;
    setSending(step);
    setOutcome(undefined);
    try {
      // One key per assignment and step: a press repeated after a lost answer gets the first answer back.
      const result = await responseApi.moveMine(incident.incidentId, { status: step }, `${assignment.id}:${step}`);
      setAnswered(result.assignment);
      recorded(step);
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError(0, { code: 'INTERNAL_ERROR', message: String(e) });
      // The first press may have arrived although its answer did not: ask how things stand.
      const latest = await responseApi.mine().catch(() => undefined);
      if (latest) queryCache.set(MY_INCIDENTS, latest);
      const mine = latest?.items.find((i) => i.incidentId === incident.incidentId);
      // Cleared assignments leave the list: gone after a repeated "Cleared" means it was recorded.
      const clearedMeanwhile = step === 'cleared' && latest && !mine && (error.code === 'ASSIGNMENT_OUT_OF_ORDER' || error.code === 'NETWORK_ERROR');
      if ((mine && hasReached(mine.assignment.status, step)) || clearedMeanwhile) {
        if (mine) setAnswered(mine.assignment);
        recorded(step);
      } else {
        setOutcome({ tone: 'error', ...refusal(error) });
      }
    } finally {
      setSending(undefined);
      queryCache.invalidate(MY_INCIDENTS, 'rosters:me');
    }
  };

  return (
    <article className={['my-incident', isCurrent ? 'my-incident-current' : ''].filter(Boolean).join(' ')} aria-labelledby={`mine-${incident.incidentId}`} data-testid="my-incident">
      <header className="my-incident-header">
        <h2 id={`mine-${incident.incidentId}`}>
          <Badge tone={GRADE_TONE[incident.grade] ?? 'neutral'}>{incident.gradeName}</Badge> {incident.categoryName ?? incident.categoryCode ?? 'Incident'}
        </h2>
        <span className="my-incident-ref">{incident.reference}</span>
      </header>
      <div className="my-incident-clocks">
        <p>
          <span className="my-incident-clock-label">Received</span>{' '}
          <span className="my-incident-clock" title={`${durationInWords(sinceReceived)} ago`}>
            {formatClock(sinceReceived)} ago
          </span>
        </p>
        <p data-testid="my-incident-target" className={`my-incident-target my-incident-target-${clock.state}`}>
          <span className="my-incident-clock-label">Target {formatLondon(incident.targetAt).slice(11)}</span> <span className="my-incident-clock">{clock.text}</span>
        </p>
      </div>
      <p className="my-incident-status" data-testid="my-assignment-status">
        You: <strong>{ASSIGNMENT_STATUS_LABELS[status]}</strong>
      </p>
      <div className="my-steps" role="group" aria-label="Your progress">
        {MY_STEPS.map((step) => {
          const done = hasReached(status, step.status);
          return (
            <Button
              key={step.status}
              className="my-step"
              variant={step.status === next ? 'primary' : 'secondary'}
              disabled={step.status !== next || !!sending}
              isBusy={sending === step.status}
              aria-pressed={done}
              onClick={() => void send(step.status)}
            >
              {sending === step.status ? `Sending ${step.label.toLowerCase()}…` : step.label}
              {done && <span className="visually-hidden"> (done)</span>}
            </Button>
          );
        })}
      </div>
      {outcome && (
        <Alert tone={outcome.tone} title={outcome.title}>
          {outcome.body && <p>{outcome.body}</p>}
        </Alert>
      )}
      <DescriptionList
        className="my-incident-details"
        items={[
          { term: 'Where', value: place || 'No address given' },
          { term: 'Directions', value: incident.directions || '—' },
          { term: 'What happened', value: <span className="my-incident-narrative">{incident.narrative || '—'}</span> },
          {
            term: 'Also on it',
            value: incident.otherOfficers.length
              ? incident.otherOfficers.map((o) => `${[o.firstName, o.lastName].filter(Boolean).join(' ') || 'Officer'}${o.collarNumber ? ` (${o.collarNumber})` : ''}: ${ASSIGNMENT_STATUS_LABELS[o.status].split(':')[0]}`).join('; ')
              : 'Nobody else',
          },
        ]}
      />
      {mapUrl && (
        <p>
          <a href={mapUrl} target="_blank" rel="noreferrer">
            Open the location on a map
          </a>
        </p>
      )}
    </article>
  );
}
