import { useState, type FormEvent } from 'react';
import type { DemandProfileResponse } from '@bluelamp/contracts/incidents/report';
import { ApiError } from '../../../../api/ApiError';
import { Alert } from '../../../../ui/Alert';
import { Button } from '../../../../ui/Button';
import { TextField } from '../../../../ui/TextField';
import { periodToForm, toPeriodQuery, type PeriodErrors } from '../../../incidents/response/utils/reportPeriod';
import { demandApi } from '../api/demandApi';
import { defaultDemandPeriod } from '../utils/demandForm';
import { addDays, formatIsoDate, todayInLondon } from '../utils/week';

type DemandFromHistoryProps = {
  /** Receives the average week read from the incidents recorded over the period chosen. */
  onProfile: (profile: DemandProfileResponse, period: { from: string; to: string }) => void;
};

/**
 * "Fill from history" for the staffing calculator: the incidents per hour of an average week by
 * grade (and the measured commitment and travel times) over London days the analyst chooses,
 * default the last 8 weeks, from GET /api/incidents/demand.
 */
export function DemandFromHistory({ onProfile }: DemandFromHistoryProps) {
  const today = todayInLondon();
  const [form, setForm] = useState(() => periodToForm(defaultDemandPeriod(today)));
  const [errors, setErrors] = useState<PeriodErrors>({});
  const [isLoading, setIsLoading] = useState(false);
  const [note, setNote] = useState<{ tone: 'success' | 'error'; text: string } | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = toPeriodQuery(form, today);
    if ('errors' in result) return setErrors(result.errors);
    if (addDays(result.query.from, 6) > result.query.to) return setErrors({ to: 'Take at least 7 days: the period is averaged into one week' });
    setErrors({});
    setIsLoading(true);
    setNote(undefined);
    try {
      const profile = await demandApi.profile(result.query);
      const perWeek = profile.incidentsByGrade.reduce((s, g) => s + g.perHour.reduce((t, n) => t + n, 0), 0);
      onProfile(profile, result.query);
      setNote({
        tone: 'success',
        text: `Filled from ${formatIsoDate(result.query.from)} to ${formatIsoDate(result.query.to)}: ${(Math.round(perWeek * 10) / 10).toLocaleString('en-GB')} incidents in an average week${profile.callsPerHour ? ' and the calls' : ''}.${
          profile.averageCommitmentMinutes === null || profile.averageTravelMinutes === null ? ' Where the history has no commitment or travel times, check the minutes below.' : ''
        }`,
      });
    } catch (e) {
      setNote({ tone: 'error', text: e instanceof ApiError ? e.message : String(e) });
    } finally {
      setIsLoading(false);
    }
  };

  return (
    <form className="roster-controls" aria-label="Demand from history" onSubmit={submit} noValidate>
      <TextField label="History from" hint="DD/MM/YYYY" inputMode="numeric" value={form.from} onChange={(e) => setForm((f) => ({ ...f, from: e.target.value }))} error={errors.from} />
      <TextField label="History to" hint="Included" inputMode="numeric" value={form.to} onChange={(e) => setForm((f) => ({ ...f, to: e.target.value }))} error={errors.to} />
      <div className="form-actions">
        <Button type="submit" isBusy={isLoading}>
          {isLoading ? 'Reading the history…' : 'Fill incidents from history'}
        </Button>
      </div>
      {note && <Alert tone={note.tone}>{note.text}</Alert>}
    </form>
  );
}
