import { useState, type FormEvent, type ReactNode } from 'react';
import type { Incident, IncidentCodes } from '@bluelamp/contracts/incidents/incidents';
import { Alert } from '../../../../../ui/Alert';
import { Button } from '../../../../../ui/Button';
import { DescriptionList } from '../../../../../ui/DescriptionList';
import { formatLondon } from '../../../../../ui/format';
import { Panel } from '../../../../../ui/Panel';
import { SelectField } from '../../../../../ui/SelectField';
import { TextField } from '../../../../../ui/TextField';
import { useSession } from '../../../../platform/auth/hooks/useSession';
import { useGrades } from '../../../../platform/reference/hooks/useGrades';
import { incidentsApi } from '../../../api/incidentsApi';
import { useCrimeHandover } from '../../../api/useIncidents';
import { refusalText, useIncidentWrite } from '../../hooks/useIncidentWrite';

type Props = { incident: Incident; codes: IncidentCodes | undefined };

function Refused({ error }: { error: { code: string; message: string } | undefined }) {
  if (!error) return null;
  return (
    <Alert tone="error" title="Not saved">
      <p>{refusalText(error)}</p>
    </Alert>
  );
}

function Action({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="incident-action" aria-label={title}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

function RegradeForm({ incident }: { incident: Incident }) {
  const grades = useGrades();
  const write = useIncidentWrite(incident.id, (body: { grade: string; reason: string }) => incidentsApi.regrade(incident.id, { version: incident.version, ...body }));
  const [grade, setGrade] = useState('');
  const [reason, setReason] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await write.mutate({ grade, reason: reason.trim() })) {
      setGrade('');
      setReason('');
    }
  };
  return (
    <Action title="Re-grade">
      <Refused error={write.error} />
      <form className="form-stack" onSubmit={submit}>
        <SelectField label="New grade" value={grade} onChange={(e) => setGrade(e.target.value)}>
          <option value="">Choose…</option>
          {(grades.data?.items ?? [])
            .filter((g) => g.code !== incident.grade)
            .map((g) => (
              <option key={g.code} value={g.code}>
                {g.name}
              </option>
            ))}
        </SelectField>
        <TextField label="Reason for the new grade" value={reason} onChange={(e) => setReason(e.target.value)} />
        <div className="form-actions">
          <Button type="submit" disabled={!grade || reason.trim().length < 3} isBusy={write.isPending}>
            Re-grade
          </Button>
        </div>
      </form>
    </Action>
  );
}

function AttendanceForm({ incident, codes, canSupervise }: { incident: Incident; codes: IncidentCodes | undefined; canSupervise: boolean }) {
  const write = useIncidentWrite(incident.id, (body: { attended: boolean; reasonCode?: string; note?: string }) => incidentsApi.attendance(incident.id, { version: incident.version, ...body }));
  const decide = useIncidentWrite(incident.id, (approve: boolean) => incidentsApi.decideNonAttendance(incident.id, { version: incident.version, approve }));
  const [reasonCode, setReasonCode] = useState('');
  const [note, setNote] = useState('');
  const a = incident.attendance;

  if (a.attended === true) return <Action title="Attendance">{<p>Attended{incident.firstArrivedAt ? `: first on scene ${formatLondon(incident.firstArrivedAt)}` : ''}.</p>}</Action>;
  if (a.attended === false) {
    return (
      <Action title="Attendance">
        <p>
          Not attended: <strong>{a.reasonName ?? a.reasonCode}</strong>
          {a.note && ` — ${a.note}`}.
        </p>
        {a.status === 'pending_approval' ? (
          <>
            <p role="status">
              <strong>Awaiting supervisor approval</strong> (the force attends every incident unless a supervisor agrees).
            </p>
            <Refused error={decide.error} />
            {canSupervise && (
              <div className="form-actions">
                <Button variant="primary" onClick={() => void decide.mutate(true)} isBusy={decide.isPending}>
                  Approve non-attendance
                </Button>
                <Button variant="danger" onClick={() => void decide.mutate(false)} isBusy={decide.isPending}>
                  Refuse: it must be attended
                </Button>
              </div>
            )}
          </>
        ) : (
          <p>Approved{a.decidedAt ? ` ${formatLondon(a.decidedAt)}` : ''}.</p>
        )}
      </Action>
    );
  }
  return (
    <Action title="Attendance">
      <Refused error={write.error} />
      <div className="form-actions">
        <Button onClick={() => void write.mutate({ attended: true })} isBusy={write.isPending}>
          Mark as attended
        </Button>
      </div>
      <form
        className="form-stack"
        onSubmit={(e) => {
          e.preventDefault();
          void write.mutate({ attended: false, reasonCode, ...(note.trim() && { note: note.trim() }) });
        }}
      >
        <SelectField label="Not attended: reason" value={reasonCode} onChange={(e) => setReasonCode(e.target.value)}>
          <option value="">Choose…</option>
          {(codes?.nonAttendanceReasons ?? []).map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <TextField label="Note (optional)" value={note} onChange={(e) => setNote(e.target.value)} />
        <div className="form-actions">
          <Button type="submit" disabled={!reasonCode} isBusy={write.isPending}>
            Record not attended
          </Button>
        </div>
      </form>
    </Action>
  );
}

function CloseForm({ incident, codes }: { incident: Incident; codes: IncidentCodes | undefined }) {
  const write = useIncidentWrite(incident.id, (body: { closingCode: string; note?: string }) => incidentsApi.close(incident.id, { version: incident.version, ...body }));
  const [closingCode, setClosingCode] = useState('');
  const [note, setNote] = useState('');
  return (
    <Action title="Close">
      <Refused error={write.error} />
      <form
        className="form-stack"
        onSubmit={(e) => {
          e.preventDefault();
          void write.mutate({ closingCode, ...(note.trim() && { note: note.trim() }) });
        }}
      >
        <SelectField label="Closing code" value={closingCode} onChange={(e) => setClosingCode(e.target.value)}>
          <option value="">Choose…</option>
          {(codes?.closingCodes ?? []).map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <TextField label="Closing note (optional)" value={note} onChange={(e) => setNote(e.target.value)} />
        <div className="form-actions">
          <Button type="submit" disabled={!closingCode} isBusy={write.isPending}>
            Close the incident
          </Button>
        </div>
      </form>
    </Action>
  );
}

function CrimeHandoverPanel({ incident, canRequest }: { incident: Incident; canRequest: boolean }) {
  const requested = !!incident.crime.requestedAt;
  const write = useIncidentWrite(incident.id, () => incidentsApi.requestCrime(incident.id, { version: incident.version }));
  const handover = useCrimeHandover(incident.id, requested);
  const h = handover.data ?? write.data;
  return (
    <Action title="Record a crime">
      <Alert tone="info">
        <p>The crime module is not built yet. “Record a crime” keeps this hand-over on the incident; the crime module will take it up from here when it exists.</p>
      </Alert>
      <Refused error={write.error} />
      {!requested && canRequest && (
        <div className="form-actions">
          <Button onClick={() => void write.mutate(undefined)} isBusy={write.isPending}>
            Record a crime
          </Button>
        </div>
      )}
      {requested && <p>Asked for {formatLondon(incident.crime.requestedAt)}; {incident.crime.crimeId ? 'a crime has been recorded.' : 'waiting for the crime module.'}</p>}
      {h && (
        <DescriptionList
          items={[
            { term: 'Incident', value: h.incidentReference },
            { term: 'Contact', value: h.contactReference },
            { term: 'Caller', value: h.caller ? [h.caller.givenNames, h.caller.familyName].filter(Boolean).join(' ') || '—' : '—' },
            { term: 'Category', value: h.categoryName ?? h.categoryText },
            { term: 'Where', value: [h.location.address, h.location.postcode].filter(Boolean).join(', ') || '—' },
            { term: 'Officers', value: h.attendingOfficers.map((o) => [o.collarNumber, o.name].filter(Boolean).join(' ')).join(', ') || '—' },
            { term: 'Narrative', value: <span className="incident-narrative">{h.narrative}</span> },
          ]}
        />
      )}
    </Action>
  );
}

function BreachReasonForm({ incident }: { incident: Incident }) {
  const write = useIncidentWrite(incident.id, (reason: string) => incidentsApi.breachReason(incident.id, { version: incident.version, reason }));
  const [reason, setReason] = useState(incident.breachReason ?? '');
  return (
    <Action title="Breach reason">
      <p>Target breached {formatLondon(incident.breachedAt)}.</p>
      <Refused error={write.error} />
      <form
        className="form-stack"
        onSubmit={(e) => {
          e.preventDefault();
          void write.mutate(reason.trim());
        }}
      >
        <TextField label="Why the target was missed" value={reason} onChange={(e) => setReason(e.target.value)} />
        <div className="form-actions">
          <Button type="submit" disabled={reason.trim().length < 3} isBusy={write.isPending}>
            Save the reason
          </Button>
        </div>
      </form>
    </Action>
  );
}

/** As the API rules: cleared, or never dispatched and recorded as not attended with approval. */
function canClose(incident: Incident): boolean {
  if (incident.status === 'cleared') return true;
  return incident.status === 'awaiting_dispatch' && incident.attendance.attended === false && incident.attendance.status === 'approved';
}

/** The control room's actions on an incident, each sending the version it was read at. */
export function IncidentActions({ incident, codes }: Props) {
  const { can } = useSession();
  const manage = can('incidents:manage');
  const supervise = can('incidents:supervise');
  const closed = incident.status === 'closed';
  return (
    <Panel title="Actions">
      {closed && (
        <p>
          Closed {formatLondon(incident.closedAt)}: <strong>{incident.closing.name ?? incident.closing.code}</strong>
          {incident.closing.note && ` — ${incident.closing.note}`}.
        </p>
      )}
      {manage && !closed && <RegradeForm incident={incident} />}
      {(manage || supervise) && !closed && <AttendanceForm incident={incident} codes={codes} canSupervise={supervise} />}
      {manage && !closed && (canClose(incident) ? <CloseForm incident={incident} codes={codes} /> : <Action title="Close">{<p className="muted">An incident closes once every officer has cleared, or once not attending it is recorded (and approved where the policy asks).</p>}</Action>)}
      {(manage || incident.crime.requestedAt) && <CrimeHandoverPanel incident={incident} canRequest={manage} />}
      {incident.breachedAt && (supervise ? <BreachReasonForm incident={incident} /> : <p>Target breached {formatLondon(incident.breachedAt)}{incident.breachReason ? `: ${incident.breachReason}` : ''}.</p>)}
      {!manage && !supervise && <p className="muted">You may view this incident.</p>}
    </Panel>
  );
}
