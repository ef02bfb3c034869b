import { useMemo } from 'react';
import { Link, useSearchParams } from '../../../../app/router';
import { Alert } from '../../../../ui/Alert';
import { PageHeader } from '../../../../ui/PageHeader';
import { Panel } from '../../../../ui/Panel';
import { QueryStatus } from '../../../../ui/QueryStatus';
import { SelectField } from '../../../../ui/SelectField';
import { HourOfWeekChart, type HourOfWeekSeries } from '../../staffing/components/HourOfWeekChart';
import { runsOf } from '../../staffing/utils/hourOfWeek';
import { useMinimumStaffing, useShiftTypes, useSkills, useStrength, useTeamRoster } from '../hooks/useRosterData';
import { useSession } from '../../../platform/auth/hooks/useSession';
import { useRosterLiveRefresh } from '../hooks/useRosterLiveRefresh';
import { useTeamWeek } from '../hooks/useTeamWeek';
import { hourRangeLabel } from '../utils/demandChart';
import { minimumPerHour, rulesFor, strengthGaps } from '../utils/strengthChart';
import { addDays } from '../utils/week';
import { DemandStrengthPanel } from './DemandStrengthPanel';
import { RostersNav } from './RostersNav';
import { TeamWeekControls } from './TeamWeekControls';
import '../../staffing/staffing.css';
import '../rosters.css';

/**
 * Strength against minimum staffing: people rostered per hour of the week for a team (and skill),
 * the minimum in force each hour, and the hours short marked; then demand against strength:
 * incidents per hour of an average week from the system's own history, the officers the staffing
 * recommendation needs for them, and the hours where fewer are rostered.
 */
export function StrengthPage() {
  const { teams, teamId, monday, setParams } = useTeamWeek();
  const [params] = useSearchParams();
  const skill = params.get('skill') || undefined;
  const sunday = addDays(monday, 6);
  const strength = useStrength(teamId, monday, sunday, skill);
  // The Sunday before too: its night reaches into Monday morning.
  const roster = useTeamRoster(teamId, addDays(monday, -1), sunday);
  const rules = useMinimumStaffing(teamId);
  const shiftTypes = useShiftTypes();
  const skills = useSkills();
  const shownIds = useMemo(() => new Set((roster.data?.people ?? []).map((p) => p.staffId)), [roster.data]);
  useRosterLiveRefresh(shownIds);

  const ready = strength.data && roster.data && rules.data && shiftTypes.data && strength.data.from === monday && roster.data.teamId === teamId && strength.data.skill === (skill ?? null);
  const chart = useMemo(() => {
    if (!ready) return undefined;
    const team = strength.data!.teams.find((t) => t.teamId === teamId);
    const onDuty = team?.hours ?? new Array<number>(168).fill(0);
    const applicable = rulesFor(rules.data!.items, skill);
    const minimum = minimumPerHour(roster.data!, monday, shiftTypes.data!.items, applicable);
    const gaps = strengthGaps(onDuty, minimum);
    const series: HourOfWeekSeries[] = [
      { name: skill ? 'Rostered with the skill' : 'Rostered', values: onDuty, kind: 'bar' },
      { name: 'Minimum staffing', values: minimum.map((m) => (m > 0 ? m : null)), kind: 'line', colour: '#b42318' },
    ];
    return { series, gaps, hasRules: applicable.length > 0, runs: runsOf(gaps.map((g) => g.hourOfWeek)) };
  }, [ready, strength.data, roster.data, rules.data, shiftTypes.data, teamId, monday, skill]);

  const skillName = skills.data?.items.find((s) => s.code === skill)?.name;
  const { can } = useSession();
  const canSetDemand = can('incidents:demand') && can('workforce:staffing');
  return (
    <>
      <PageHeader title="Strength against minimum staffing" description="People rostered in each hour of the week (Europe/London), with the minimum staffing in force and the hours short marked; below, the same people against the incident demand." />
      <RostersNav />
      <TeamWeekControls teams={teams.data?.items ?? []} teamId={teamId} monday={monday} onChange={(next) => setParams(next)}>
        <SelectField label="Skill" value={skill ?? ''} onChange={(e) => setParams({ skill: e.target.value })}>
          <option value="">Everyone (head count)</option>
          {(skills.data?.items ?? []).map((s) => (
            <option key={s.code} value={s.code}>
              {s.name}
            </option>
          ))}
        </SelectField>
      </TeamWeekControls>
      <QueryStatus isLoading={!chart && !(strength.error ?? roster.error ?? rules.error)} error={strength.error ?? roster.error ?? rules.error ?? shiftTypes.error} onRetry={strength.refetch} what="strength" />
      {chart && (
        <Panel title={skillName ? `Rostered with ${skillName}` : 'Rostered, all roles'}>
          {!chart.hasRules && <p>This team has no minimum staffing{skill ? ' for this skill' : ''}; only strength is shown.</p>}
          <p data-testid="strength-gap-summary">
            {chart.gaps.length === 0
              ? chart.hasRules
                ? 'No hour of this week is below minimum staffing.'
                : 'No minimum to compare with.'
              : `${chart.gaps.length} hour${chart.gaps.length === 1 ? '' : 's'} below minimum staffing: ${chart.runs
                  .map(hourRangeLabel)
                  .join(', ')}.`}
          </p>
          <HourOfWeekChart title="People rostered and minimum staffing by hour of the week (Europe/London)" series={chart.series} gaps={chart.gaps} yAxisName="People" />
          <p className="field-hint">
            Each bar is the number on duty at half past the hour. The minimum line is {skill ? "the skill's minimum" : 'the sum of the role minima'} on each shift the team works, over the shift's local hours.
          </p>
        </Panel>
      )}
      {teamId && canSetDemand && <DemandStrengthPanel teams={teams.data?.items ?? []} teamId={teamId} monday={monday} />}
      {!canSetDemand && (
        <Alert tone="info" title="Demand against strength needs the demand figures">
          <p>
            Setting incident demand against strength needs permission to read the demand profile and the staffing calculation; ask an analyst or a supervisor. To work out handlers and officers from a demand
            profile you have, use the <Link to="/rosters/staffing">staffing calculator</Link>.
          </p>
        </Alert>
      )}
    </>
  );
}
