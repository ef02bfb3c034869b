import { useEffect, useState, type FormEvent } from 'react';
import { ROSTER_CHANGE_KINDS, type RosterChangeKind, type RosterDay } from '@bluelamp/contracts/workforce/rosters';
import { queryCache } from '../../../../api/queryCache';
import { useMutation } from '../../../../api/useMutation';
import { Alert } from '../../../../ui/Alert';
import { Button } from '../../../../ui/Button';
import { Dialog } from '../../../../ui/Dialog';
import { SelectField } from '../../../../ui/SelectField';
import { TextField } from '../../../../ui/TextField';
import { useSession } from '../../../platform/auth/hooks/useSession';
import { rostersApi, type ShiftTypeDto } from '../api/rostersApi';
import { ROSTER_CACHE } from '../hooks/useRosterData';
import { dutyTimes } from '../utils/localTime';
import { checkDuty, WITH_DUTY } from '../utils/dutyInput';
import { describeRefusal, isOverridableRefusal } from '../utils/refusal';
import { CHANGE_LABELS, type RosterCell, type RosterRow } from '../utils/rosterGrid';
import { formatIsoDate } from '../utils/week';

type RosterDayEditorProps = {
  row: RosterRow;
  cell: RosterCell;
  /** The team's people, for a swap. */
  people: RosterRow[];
  shiftTypes: ShiftTypeDto[];
  /** Skill names by code, for refusals. */
  skillNames: ReadonlyMap<string, string>;
  onClose: () => void;
};

type Action = { type: 'set' | 'swap' | 'clear'; version: number; otherVersion: number; override?: { reason: string } | undefined };

function describeDay(day: RosterDay, shiftTypes: ShiftTypeDto[]): string {
  const times = dutyTimes(day.startsAt, day.endsAt);
  const shift = shiftTypes.find((t) => t.code === day.shiftTypeCode)?.name.replace(/\s*\(.*\)$/, '') ?? (times ? 'Duty' : 'Rest');
  const change = day.change ? `${CHANGE_LABELS[day.change.kind]} (${day.change.reason}, by ${day.change.approvedBy})` : 'as the pattern';
  return `${shift}${times ? ` ${times.label}` : ''}, ${change}`;
}

/**
 * Records a change to one person-day (leave, sickness, training, court, overtime, a swap…) with a
 * reason. The API's rest-rule and minimum-staffing refusals are shown in words, with the authorised
 * override for those who may give one; a version conflict shows the day as it now stands.
 */
export function RosterDayEditor({ row, cell, people, shiftTypes, skillNames, onClose }: RosterDayEditorProps) {
  const { can } = useSession();
  const mayOverride = can('workforce:roster-override');
  const day = cell.day;
  const [kind, setKind] = useState<RosterChangeKind>(day.change?.kind ?? 'annual_leave');
  const [shiftTypeCode, setShiftTypeCode] = useState('');
  const [startTime, setStartTime] = useState('');
  const [endTime, setEndTime] = useState('');
  const [reason, setReason] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const [otherStaffId, setOtherStaffId] = useState('');
  const [formError, setFormError] = useState<string | undefined>();
  // The versions as read when the form opened (or the colleague was chosen). The roster on screen may
  // refresh meanwhile; sending these is what makes someone else's change a conflict, not an overwrite.
  const [versions, setVersions] = useState({ version: day.version, otherVersion: 0 });
  const other = people.find((p) => p.staffId === otherStaffId);
  const otherDay = other?.cells.find((c) => c.date === cell.date)?.day;

  const change = useMutation<Action, unknown>(
    (a: Action) => {
      if (a.type === 'clear') return rostersApi.clearDay(row.staffId, cell.date, { version: a.version, reason, override: a.override });
      if (a.type === 'swap') return rostersApi.swap({ staffId: row.staffId, otherStaffId, date: cell.date, version: a.version, otherVersion: a.otherVersion, reason, override: a.override });
      const hasTimes = !shiftTypeCode && WITH_DUTY.includes(kind);
      return rostersApi.setDay(row.staffId, cell.date, {
        kind,
        reason,
        version: a.version,
        override: a.override,
        ...(WITH_DUTY.includes(kind) && shiftTypeCode ? { shiftTypeCode } : {}),
        ...(hasTimes ? { startTime: startTime.trim(), endTime: endTime.trim() } : {}),
      });
    },
    { invalidates: [ROSTER_CACHE] },
  );

  const send = async (type: Action['type'], withOverride = false, read = versions) => {
    if (!reason.trim()) return setFormError('Give a reason for the change');
    if (type === 'swap' && !otherStaffId) return setFormError('Choose who to swap with');
    if (withOverride && !overrideReason.trim()) return setFormError('Give the reason the breach is authorised');
    if (type === 'set') {
      const dutyError = checkDuty(kind, shiftTypeCode, startTime, endTime);
      if (dutyError) return setFormError(dutyError);
    }
    setFormError(undefined);
    const result = await change.mutate({ type, ...read, override: withOverride ? { reason: overrideReason.trim() } : undefined });
    if (result) onClose();
  };
  const action: Action['type'] = kind === 'shift_swap' ? 'swap' : 'set';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(action);
  };

  const error = change.error;
  const current = error?.code === 'VERSION_CONFLICT' ? error.current<RosterDay>() : undefined;
  useEffect(() => {
    // Someone else changed the day (or the colleague's): read the roster again to show it as it stands.
    if (error?.code === 'VERSION_CONFLICT') queryCache.invalidate(ROSTER_CACHE);
  }, [error]);
  const retryOnCurrent = () => {
    // On the day as it now stands: the conflict's own copy, else the roster as read again.
    const next = { version: current?.date === cell.date && action === 'set' ? current.version : day.version, otherVersion: otherDay?.version ?? 0 };
    setVersions(next);
    void send(action, !!overrideReason.trim() && mayOverride, next);
  };
  const shiftNames = new Map(shiftTypes.map((t) => [t.code, t.name.replace(/\s*\(.*\)$/, '').toLowerCase()]));

  return (
    <Dialog isOpen onClose={onClose} title={`${row.name}, ${formatIsoDate(cell.date)}`}>
      <form className="form-stack roster-editor" onSubmit={submit} noValidate>
        <p>
          Now: <strong>{describeDay(day, shiftTypes)}</strong>
        </p>
        {formError && (
          <Alert tone="error" title="Check the change">
            {formError}
          </Alert>
        )}
        <SelectField label="Change" value={kind} onChange={(e) => setKind(e.target.value as RosterChangeKind)}>
          {ROSTER_CHANGE_KINDS.map((k) => (
            <option key={k} value={k}>
              {CHANGE_LABELS[k]}
            </option>
          ))}
        </SelectField>
        {kind === 'shift_swap' && (
          <SelectField
            label="Swap duties with"
            value={otherStaffId}
            onChange={(e) => {
              setOtherStaffId(e.target.value);
              const theirs = people.find((p) => p.staffId === e.target.value)?.cells.find((c) => c.date === cell.date)?.day;
              setVersions((v) => ({ ...v, otherVersion: theirs?.version ?? 0 }));
            }}
          >
            <option value="">Choose a colleague</option>
            {people
              .filter((p) => p.staffId !== row.staffId)
              .map((p) => {
                const c = p.cells.find((x) => x.date === cell.date);
                return (
                  <option key={p.staffId} value={p.staffId}>
                    {p.name} ({c?.label}
                    {c?.times ? ` ${c.times}` : ''})
                  </option>
                );
              })}
          </SelectField>
        )}
        {WITH_DUTY.includes(kind) && (
          <div className="form-grid">
            <SelectField label="Duty worked" value={shiftTypeCode} onChange={(e) => setShiftTypeCode(e.target.value)}>
              <option value="">Times below</option>
              {shiftTypes
                .filter((t) => t.kind !== 'rest')
                .map((t) => (
                  <option key={t.code} value={t.code}>
                    {t.name}
                  </option>
                ))}
            </SelectField>
            {!shiftTypeCode && (
              <>
                <TextField label="Starts (HH:MM)" inputMode="numeric" placeholder="09:00" value={startTime} onChange={(e) => setStartTime(e.target.value)} />
                <TextField label="Ends (HH:MM)" hint="At or before the start: the next day" inputMode="numeric" placeholder="17:00" value={endTime} onChange={(e) => setEndTime(e.target.value)} />
              </>
            )}
          </div>
        )}
        <TextField label="Reason" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />

        {error && isOverridableRefusal(error) && (
          <Alert tone="error" title={error.code === 'REST_RULE_BREACH' ? 'This change breaks the rest rules' : 'This change leaves a shift below minimum staffing'}>
            <ul>
              {describeRefusal(error, shiftNames, skillNames).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            {mayOverride ? (
              <p>You may authorise it: give the reason below and record it with the override.</p>
            ) : (
              <p>Only a senior manager may authorise a breach; ask one to record this change with an override.</p>
            )}
          </Alert>
        )}
        {error && mayOverride && (isOverridableRefusal(error) || overrideReason) && (
          <TextField label="Reason the breach is authorised" value={overrideReason} maxLength={500} onChange={(e) => setOverrideReason(e.target.value)} />
        )}
        {error?.code === 'VERSION_CONFLICT' && (
          <Alert tone="warning" title="Someone else changed this day meanwhile">
            {current?.date === cell.date && <p>It now stands as: {describeDay(current, shiftTypes)}.</p>}
            <p>The roster behind this form has been refreshed. Check the change still makes sense, then try again.</p>
            <Button onClick={retryOnCurrent}>Try again on the day as it stands</Button>
          </Alert>
        )}
        {error && !isOverridableRefusal(error) && error.code !== 'VERSION_CONFLICT' && (
          <Alert tone="error" title="The change was refused">
            {error.message}
          </Alert>
        )}

        <div className="form-actions">
          <Button type="submit" variant="primary" isBusy={change.isPending}>
            {kind === 'shift_swap' ? 'Swap duties' : 'Record change'}
          </Button>
          {error && isOverridableRefusal(error) && mayOverride && (
            <Button variant="danger" onClick={() => void send(action, true)} isBusy={change.isPending}>
              Record with override
            </Button>
          )}
          {versions.version > 0 && (
            <Button onClick={() => void send('clear', !!overrideReason.trim() && mayOverride)} isBusy={change.isPending}>
              Back to the pattern
            </Button>
          )}
          <Button variant="quiet" onClick={onClose}>
            Cancel
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
