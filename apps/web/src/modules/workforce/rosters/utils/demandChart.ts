import type { EChartsCoreOption } from 'echarts/core';
import type { DemandProfileResponse } from '@bluelamp/contracts/incidents/report';
import type { StaffingRecommendationRequest } from '@bluelamp/contracts/workforce/staffing';
import { gapBands, hourOfWeekXAxis, type HourOfWeekGap } from '../../staffing/utils/hourOfWeekChartOption';
import { hourOfWeekLabel } from '../../staffing/utils/hourOfWeek';

const HOURS = 168;

/** What a supervisor may change about the recommendation the demand is turned into. */
export type DemandSettings = {
  /** Share of incidents of every grade to reach within the grade's target, 0–1 (exclusive). */
  targetLevel: number;
  /** Share of time on duty not free for incidents (refreshment, paperwork, briefings), 0 up to 1. */
  shrinkage: number;
};

export const DEFAULT_DEMAND_SETTINGS: DemandSettings = { targetLevel: 0.9, shrinkage: 0.2 };

/** Used when the period holds no history to measure them from (said on screen). */
export const ASSUMED_COMMITMENT_MINUTES = 60;
export const ASSUMED_TRAVEL_MINUTES = 8;

/**
 * A run of hours as words: "Mon 05:00–07:00" within a day, "Wed 16:00–Thu 02:00" across midnight,
 * "Mon 05:00–Tue 05:00" for a whole day (the end is the first hour not in the run).
 */
export function hourRangeLabel([from, to]: readonly [number, number]): string {
  const end = (to + 1) % HOURS;
  const endLabel = hourOfWeekLabel(end);
  const sameDay = Math.floor(from / 24) === Math.floor(end / 24) && end > from;
  return `${hourOfWeekLabel(from)}–${sameDay ? endLabel.slice(4) : endLabel}`;
}

/** Incidents per hour of the week, all grades together. */
export function incidentsPerHour(profile: DemandProfileResponse): number[] {
  const total = new Array<number>(HOURS).fill(0);
  for (const grade of profile.incidentsByGrade) grade.perHour.forEach((n, h) => (total[h]! += n));
  return total;
}

/** True when the period holds at least one incident. */
export function hasDemand(profile: DemandProfileResponse): boolean {
  return profile.incidentsByGrade.some((g) => g.perHour.some((n) => n > 0));
}

/** The commitment and travel times used: measured from the period's history, else the assumptions. */
export function timesUsed(profile: DemandProfileResponse): { commitmentMinutes: number; travelMinutes: number; measured: { commitment: boolean; travel: boolean } } {
  const commitment = profile.averageCommitmentMinutes !== null && profile.averageCommitmentMinutes > 0;
  const travel = profile.averageTravelMinutes !== null && profile.averageTravelMinutes >= 0;
  return {
    // The recommendation takes at most 8 hours' commitment and a day's travel.
    commitmentMinutes: commitment ? Math.min(480, profile.averageCommitmentMinutes!) : ASSUMED_COMMITMENT_MINUTES,
    travelMinutes: travel ? Math.min(1440, profile.averageTravelMinutes!) : ASSUMED_TRAVEL_MINUTES,
    measured: { commitment, travel },
  };
}

/**
 * The staffing recommendation's request for a demand profile: response officers from the
 * incidents by grade (the grade targets come from reference data on the server). The call-handler
 * part is required by the endpoint; calls are not what this chart sets against strength, so it is
 * sent with the profile's calls (or none) and ignored.
 */
export function recommendationRequest(profile: DemandProfileResponse, settings: DemandSettings): StaffingRecommendationRequest {
  const { commitmentMinutes, travelMinutes } = timesUsed(profile);
  return {
    callHandlers: { callsPerHour: profile.callsPerHour ?? new Array<number>(HOURS).fill(0), averageHandleSeconds: 300, targetLevel: 0.8, targetSeconds: 10, shrinkage: settings.shrinkage },
    responseOfficers: {
      incidentsPerHour: profile.incidentsByGrade.filter((g) => g.perHour.some((n) => n > 0)).map((g) => ({ gradeCode: g.gradeCode, perHour: g.perHour })),
      commitmentMinutes,
      travelMinutes,
      targetLevel: settings.targetLevel,
      shrinkage: settings.shrinkage,
    },
  };
}

/** The hours where fewer are rostered than the demand needs, labelled "2 short of demand". */
export function demandGaps(strength: readonly number[], needed: readonly number[]): HourOfWeekGap[] {
  const gaps: HourOfWeekGap[] = [];
  for (let h = 0; h < HOURS; h++) {
    const short = (needed[h] ?? 0) - (strength[h] ?? 0);
    if (short > 0.001) gaps.push({ hourOfWeek: h, label: `${Math.round(short * 10) / 10} short of demand` });
  }
  return gaps;
}

/** Sums the hours of several teams. */
export function sumHours(rows: readonly { hours: readonly number[] }[]): number[] {
  const total = new Array<number>(HOURS).fill(0);
  for (const row of rows) row.hours.forEach((n, h) => (total[h]! += n));
  return total;
}

export type DemandChartInput = {
  title: string;
  /** People rostered per hour, one stacked set of bars per team. */
  teams: { name: string; hours: readonly number[] }[];
  /** Officers the recommendation says must be on duty (after shrinkage), per hour. */
  needed: readonly number[];
  /** Incidents per hour of an average week (right-hand axis). */
  incidents: readonly number[];
  gaps: readonly HourOfWeekGap[];
  textColour: string;
};

const TEAM_COLOURS = ['#0b4fa8', '#5b8fd6', '#0e7490', '#7c3aed', '#9a6700', '#1a7f37', '#6b7280'];

/**
 * The ECharts option for demand against strength: people rostered as bars stacked by team (left
 * axis), officers needed as a stepped line on the same axis, incidents per hour as a dashed line on
 * the right axis, and the hours short shaded. Pure, so it is tested without a browser.
 */
export function demandChartOption({ title, teams, needed, incidents, gaps, textColour: text }: DemandChartInput): EChartsCoreOption {
  const bands = gapBands(gaps, 'Short');
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    aria: { enabled: true, label: { description: title } },
    textStyle: { color: text },
    animation: false,
    grid: { left: 48, right: 56, top: 56, bottom: 40 },
    legend: { top: 0, textStyle: { color: text } },
    tooltip: { trigger: 'axis' },
    xAxis: hourOfWeekXAxis(text),
    yAxis: [
      { type: 'value', name: 'People', minInterval: 1, axisLabel: { color: text }, nameTextStyle: { color: text } },
      { type: 'value', name: 'Incidents per hour', axisLabel: { color: text }, nameTextStyle: { color: text }, splitLine: { show: false } },
    ],
    series: [
      ...teams.map((team, i) => ({
        name: team.name,
        type: 'bar',
        stack: 'rostered',
        data: team.hours.map(round),
        itemStyle: { color: TEAM_COLOURS[i % TEAM_COLOURS.length] },
        // The bands hang on the first series so they are drawn once.
        markArea: i === 0 && bands.length ? { silent: true, itemStyle: { color: 'rgba(180, 35, 24, 0.15)' }, label: { color: '#b42318' }, data: bands } : undefined,
      })),
      { name: 'Officers needed for the demand', type: 'line', step: 'middle', showSymbol: false, data: [...needed], itemStyle: { color: '#b42318' }, lineStyle: { color: '#b42318', width: 2 } },
      {
        name: 'Incidents per hour (average week)',
        type: 'line',
        yAxisIndex: 1,
        showSymbol: false,
        data: incidents.map(round),
        itemStyle: { color: '#a21caf' },
        lineStyle: { color: '#a21caf', type: 'dashed', width: 2 },
      },
    ],
  };
}
