/**
 * The incidents module's `DemandSource` (workforce/staffing/demand-source.ts): an average week of
 * incidents per hour of the week in Europe/London, by the grade first given, over any period.
 *
 * Calls per hour come from the contact module (every contact taken), or null when none was taken
 * in the period.
 *
 * Counting: the database counts incidents per UTC hour (by received_at); each UTC hour is one
 * local hour (London's offsets are whole hours), mapped to its hour of the week here. The divisor
 * of an hour of the week is how many times that local hour occurred in the period, walking the
 * period hour by hour: the hour skipped when the clocks go forward simply does not occur that
 * week, and the hour repeated when they go back occurs twice.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../core/db/schema';
import type { DemandPeriod, DemandProfile, DemandSource } from '../../workforce/staffing/demand-source';
import { hourOfWeek } from '../history/zoned-time';
import { countContactsPerHour } from '../../contact';
import { demandAverages, demandCounts } from './demand.repository';

export const DEMAND_ZONE = 'Europe/London';
const HOUR = 3_600_000;

/** How many times each hour of the week occurs in [from, to) (whole hours; the edges are local midnights). */
export function hourOfWeekOccurrences(from: Date, to: Date, zone = DEMAND_ZONE): number[] {
  const occurrences = new Array<number>(168).fill(0);
  for (let t = Math.ceil(from.getTime() / HOUR) * HOUR; t < to.getTime(); t += HOUR) occurrences[hourOfWeek(zone, t)]!++;
  return occurrences;
}

/** Average per hour of the week: counts per UTC hour (ms since epoch → count) over the occurrences. */
export function averageWeek(countsByUtcHour: Iterable<[number, number]>, occurrences: number[], zone = DEMAND_ZONE): number[] {
  const totals = new Array<number>(168).fill(0);
  for (const [hourStart, count] of countsByUtcHour) totals[hourOfWeek(zone, hourStart)]! += count;
  return totals.map((total, i) => (occurrences[i]! > 0 ? total / occurrences[i]! : 0));
}

async function demandProfile(db: Kysely<DB>, period: DemandPeriod, filter?: { categoryCodes?: string[] }): Promise<DemandProfile> {
  const counts = await demandCounts(db, period.from, period.to, filter?.categoryCodes);
  const occurrences = hourOfWeekOccurrences(period.from, period.to);
  const byGrade = new Map<string, [number, number][]>();
  for (const c of counts) {
    const list = byGrade.get(c.gradeCode) ?? [];
    list.push([c.hourStart.getTime(), c.count]);
    byGrade.set(c.gradeCode, list);
  }
  const averages = await demandAverages(db, period.from, period.to, filter?.categoryCodes);
  // Calls are every contact taken (whatever its category), so the filter does not apply to them;
  // with no contact recorded in the period (history imported from an old system) there is no call data.
  const calls = await countContactsPerHour(db, period.from, period.to);
  return {
    period,
    callsPerHour: calls.length ? averageWeek(calls.map((c) => [c.hourStart.getTime(), c.count] as [number, number]), occurrences) : null,
    incidentsByGrade: [...byGrade.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([gradeCode, list]) => ({ gradeCode, perHour: averageWeek(list, occurrences) })),
    averageCommitmentMinutes: averages.commitmentMinutes,
    averageTravelMinutes: averages.travelMinutes,
  };
}

/** The demand source the workforce module reads through `incidents/index.ts`. */
export const incidentDemandSource: DemandSource = { demandProfile };
