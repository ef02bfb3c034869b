import type { DemandProfileResponse } from '@bluelamp/contracts/incidents/report';
import { ASSUMED_COMMITMENT_MINUTES, ASSUMED_TRAVEL_MINUTES } from './demandChart';
import { addDays } from './week';

/** The demand period when none is chosen: the 8 weeks (56 days) up to and including today. */
export function defaultDemandPeriod(today: string): { from: string; to: string } {
  return { from: addDays(today, -55), to: today };
}

const round = (n: number) => String(Math.round(n * 10_000) / 10_000);

/** 168 values as the calculator's paste box takes them: seven rows (Monday first) of 24, tab-separated. */
export function weekAsText(values: readonly number[]): string {
  return Array.from({ length: 7 }, (_, d) => values.slice(d * 24, d * 24 + 24).map(round).join('\t')).join('\n');
}

/** 168 values on one line, space-separated: a one-line field drops line breaks. */
export function weekAsLine(values: readonly number[]): string {
  return values.map(round).join(' ');
}

/**
 * The staffing calculator's officer fields from a demand profile: incidents per hour by grade as
 * 168 numbers on one line (grades without incidents left empty), the measured commitment and travel minutes
 * where the history has them; otherwise what was typed stays, or the demand chart's assumptions
 * (60 and 8 minutes) fill an empty field.
 */
export function officerFieldsFromProfile(
  profile: DemandProfileResponse,
  current: { commitmentMinutes: string; travelMinutes: string },
): { isIncluded: true; incidentsByGrade: Record<string, string>; commitmentMinutes: string; travelMinutes: string } {
  const incidentsByGrade: Record<string, string> = {};
  for (const g of profile.incidentsByGrade) incidentsByGrade[g.gradeCode] = g.perHour.some((n) => n > 0) ? weekAsLine(g.perHour) : '';
  const tenths = (n: number) => String(Math.round(n * 10) / 10);
  return {
    isIncluded: true,
    incidentsByGrade,
    commitmentMinutes:
      profile.averageCommitmentMinutes !== null && profile.averageCommitmentMinutes > 0
        ? tenths(Math.min(480, profile.averageCommitmentMinutes))
        : current.commitmentMinutes.trim() || String(ASSUMED_COMMITMENT_MINUTES),
    travelMinutes:
      profile.averageTravelMinutes !== null && profile.averageTravelMinutes >= 0 ? tenths(Math.min(1440, profile.averageTravelMinutes)) : current.travelMinutes.trim() || String(ASSUMED_TRAVEL_MINUTES),
  };
}
