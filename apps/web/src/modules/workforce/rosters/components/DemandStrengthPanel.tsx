import { useMemo, useState, type FormEvent } from 'react';
import type { TeamDto } from '../../../../api/api';
import { useSearchParams } from '../../../../app/router';
import { Button } from '../../../../ui/Button';
import { Panel } from '../../../../ui/Panel';
import { QueryStatus } from '../../../../ui/QueryStatus';
import { SelectField } from '../../../../ui/SelectField';
import { TextField } from '../../../../ui/TextField';
import { useIncidentCategories } from '../../../platform/reference/hooks/useIncidentCategories';
import { periodToForm, toPeriodQuery, type PeriodErrors, type PeriodForm } from '../../../incidents/response/utils/reportPeriod';
import { hourOfWeekLabel, runsOf } from '../../staffing/utils/hourOfWeek';
import { useDemandProfile, useDemandRecommendation, useStrengthOfAllTeams } from '../hooks/useDemandAgainstStrength';
import { DEFAULT_DEMAND_SETTINGS, demandGaps, hasDemand, hourRangeLabel, incidentsPerHour, sumHours, timesUsed, type DemandSettings } from '../utils/demandChart';
import { defaultDemandPeriod } from '../utils/demandForm';
import { addDays, formatIsoDate, isIsoDate, todayInLondon } from '../utils/week';
import { DemandStrengthChart } from './DemandStrengthChart';

type DemandStrengthPanelProps = { teams: TeamDto[]; teamId: string; monday: string };

const TEAM_KIND_NAMES: Record<string, string> = {
  response: 'response teams',
  neighbourhood: 'neighbourhood teams',
  cid: 'CID teams',
  control_room: 'control-room teams',
  crime_management_unit: 'crime management units',
};

/**
 * Demand against strength for the week shown: incidents per hour of an average week over a chosen
 * period (the system's own history), the response officers the staffing recommendation needs for
 * them, and the people rostered in the chosen team and the other teams of its kind, stacked by
 * team, with the hours short of the demand marked.
 */
export function DemandStrengthPanel({ teams, teamId, monday }: DemandStrengthPanelProps) {
  const [params, setParams] = useSearchParams();
  const today = todayInLondon();
  const from = params.get('demandFrom');
  const to = params.get('demandTo');
  const period = isIsoDate(from) && isIsoDate(to) ? { from, to } : defaultDemandPeriod(today);
  const category = params.get('category') || undefined;
  const compare = params.get('compare') === 'team' ? 'team' : 'kind';
  const [settings, setSettings] = useState<DemandSettings>(DEFAULT_DEMAND_SETTINGS);

  const team = teams.find((t) => t.id === teamId);
  const categories = useIncidentCategories();
  const profile = useDemandProfile(period, category);
  const strength = useStrengthOfAllTeams(monday, addDays(monday, 6));
  const demandFigures = useMemo(() => (profile.data ? { perHour: incidentsPerHour(profile.data), any: hasDemand(profile.data), times: timesUsed(profile.data) } : undefined), [profile.data]);
  const profileKey = `${period.from}:${period.to}:${category ?? ''}:${demandFigures?.perHour.reduce((s, n) => s + n, 0).toFixed(6)}`;
  const recommendation = useDemandRecommendation(profile.data, profileKey, settings);

  const chart = useMemo(() => {
    if (!demandFigures || !strength.data || strength.data.from !== monday || !team) return undefined;
    if (demandFigures.any && !recommendation.data?.responseOfficers) return undefined;
    const kindTeams = new Set(teams.filter((t) => t.kind === team.kind).map((t) => t.id));
    const compared = strength.data.teams
      .filter((t) => (compare === 'team' ? t.teamId === teamId : kindTeams.has(t.teamId)))
      // The chosen team first, at the foot of the stack.
      .sort((a, b) => (a.teamId === teamId ? -1 : b.teamId === teamId ? 1 : a.teamName.localeCompare(b.teamName)));
    const rostered = sumHours(compared);
    const needed = demandFigures.any ? recommendation.data!.responseOfficers!.hours.map((h) => h.officersWithShrinkage) : new Array<number>(168).fill(0);
    const gaps = demandGaps(rostered, needed);
    const busiest = demandFigures.perHour.reduce((best, n, h) => (n > demandFigures.perHour[best]! ? h : best), 0);
    return {
      teams: compared.filter((t) => t.hours.some((n) => n > 0) || t.teamId === teamId).map((t) => ({ name: t.teamName, hours: t.hours })),
      needed,
      gaps,
      runs: runsOf(gaps.map((g) => g.hourOfWeek)),
      perWeek: demandFigures.perHour.reduce((s, n) => s + n, 0),
      busiest,
    };
  }, [demandFigures, strength.data, recommendation.data, monday, team, teams, teamId, compare]);

  const who = compare === 'team' ? team?.name : `${team?.name ?? 'This team'} and the other ${TEAM_KIND_NAMES[team?.kind ?? ''] ?? 'teams of its kind'}`;
  const error = profile.error ?? strength.error ?? recommendation.error;
  return (
    <Panel title="Demand against strength">
      <DemandControls
        key={`${period.from}:${period.to}`}
        period={periodToForm(period)}
        today={today}
        onPeriod={(next) => setParams({ demandFrom: next.from, demandTo: next.to })}
        category={category ?? ''}
        categories={categories.data?.items ?? []}
        onCategory={(code) => setParams({ category: code })}
        compare={compare}
        onCompare={(value) => setParams({ compare: value === 'team' ? 'team' : undefined })}
        settings={settings}
        onSettings={setSettings}
      />
      <QueryStatus isLoading={!chart && !error} error={error} onRetry={() => (profile.error ? profile.refetch() : strength.error ? strength.refetch() : recommendation.refetch())} what="demand against strength" />
      {chart && demandFigures && (
        <>
          <p data-testid="demand-summary">
            Average week over {formatIsoDate(period.from)} to {formatIsoDate(period.to)}: {formatNumber(chart.perWeek)} incidents a week
            {demandFigures.any ? `; busiest hour ${hourOfWeekLabel(chart.busiest)} (${formatNumber(demandFigures.perHour[chart.busiest]!)} an hour)` : ''}.
          </p>
          <p data-testid="demand-gap-summary">
            {!demandFigures.any
              ? 'No incidents were recorded in this period, so there is no demand to set strength against.'
              : chart.gaps.length === 0
                ? `${who} ${compare === 'team' ? 'meets' : 'meet'} the demand in every hour of this week.`
                : `${chart.gaps.length} hour${chart.gaps.length === 1 ? '' : 's'} with fewer rostered than the demand needs: ${chart.runs.map(hourRangeLabel).join(', ')}.`}
          </p>
          <DemandStrengthChart title={`People rostered (${who}) against officers needed for the demand, by hour of the week (Europe/London)`} teams={chart.teams} needed={chart.needed} incidents={demandFigures.perHour} gaps={chart.gaps} />
          <p className="field-hint">
            Bars: people on duty at half past each hour this week. Officers needed: the staffing recommendation (Erlang C against each grade's target, {Math.round(settings.targetLevel * 100)}% within target,{' '}
            {Math.round(settings.shrinkage * 100)}% of time on duty not free for incidents), with each incident taking {formatNumber(demandFigures.times.commitmentMinutes)} minutes
            {demandFigures.times.measured.commitment ? ' (measured over the period)' : ' (assumed: no history to measure)'} and travel of {formatNumber(demandFigures.times.travelMinutes)} minutes
            {demandFigures.times.measured.travel ? ' (measured)' : ' (assumed)'}.
          </p>
        </>
      )}
    </Panel>
  );
}

const formatNumber = (n: number) => (Math.round(n * 10) / 10).toLocaleString('en-GB');

type DemandControlsProps = {
  period: PeriodForm;
  today: string;
  onPeriod: (period: { from: string; to: string }) => void;
  category: string;
  categories: { code: string; name: string }[];
  onCategory: (code: string) => void;
  compare: 'kind' | 'team';
  onCompare: (value: string) => void;
  settings: DemandSettings;
  onSettings: (settings: DemandSettings) => void;
};

/** The demand's period (DD/MM/YYYY, at least 7 days), category, the teams compared and the targets. */
function DemandControls({ period, today, onPeriod, category, categories, onCategory, compare, onCompare, settings, onSettings }: DemandControlsProps) {
  const [form, setForm] = useState(period);
  const [errors, setErrors] = useState<PeriodErrors>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = toPeriodQuery(form, today);
    if ('errors' in result) return setErrors(result.errors);
    if (addDays(result.query.from, 6) > result.query.to) return setErrors({ to: 'Take at least 7 days: the period is averaged into one week' });
    setErrors({});
    onPeriod(result.query);
  };
  return (
    <>
      <form className="roster-controls" aria-label="Demand period" onSubmit={submit} noValidate>
        <TextField label="Demand from" hint="DD/MM/YYYY" inputMode="numeric" value={form.from} onChange={(e) => setForm((f) => ({ ...f, from: e.target.value }))} error={errors.from} />
        <TextField label="Demand to" hint="Included" inputMode="numeric" value={form.to} onChange={(e) => setForm((f) => ({ ...f, to: e.target.value }))} error={errors.to} />
        <div className="form-actions">
          <Button type="submit">Show demand</Button>
        </div>
      </form>
      <div className="roster-controls">
        <SelectField label="Incident category" value={category} onChange={(e) => onCategory(e.target.value)}>
          <option value="">All incidents</option>
          {categories.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Strength of" value={compare} onChange={(e) => onCompare(e.target.value)}>
          <option value="kind">This team and the others of its kind</option>
          <option value="team">This team only</option>
        </SelectField>
        <SelectField label="Within target" value={String(settings.targetLevel)} onChange={(e) => onSettings({ ...settings, targetLevel: Number(e.target.value) })}>
          {[0.8, 0.85, 0.9, 0.95, 0.99].map((v) => (
            <option key={v} value={v}>
              {Math.round(v * 100)}% of incidents
            </option>
          ))}
        </SelectField>
        <SelectField label="Time on duty not free for incidents" value={String(settings.shrinkage)} onChange={(e) => onSettings({ ...settings, shrinkage: Number(e.target.value) })}>
          {[0, 0.1, 0.2, 0.3, 0.4].map((v) => (
            <option key={v} value={v}>
              {Math.round(v * 100)}%
            </option>
          ))}
        </SelectField>
      </div>
    </>
  );
}
