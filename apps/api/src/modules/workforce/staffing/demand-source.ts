/**
 * Where a demand profile will come from once the system has its own history. Today the
 * recommendation endpoint takes the profile from the caller; the incidents module (and, for calls,
 * the contact module) will implement this interface over its own tables, and the workforce module
 * will call it through that module's `index.ts` — never its tables.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../core/db/schema';

/** The period whose history is averaged into one week. */
export type DemandPeriod = {
  /** First instant counted (inclusive), UTC. */
  from: Date;
  /** First instant not counted (exclusive), UTC. At least one whole week after `from`. */
  to: Date;
};

/** One grade's incidents in an average week of the period. */
export type IncidentsByGrade = {
  /** A response grade code from reference data (`response_grade.code`), e.g. `immediate`. */
  gradeCode: string;
  /**
   * 168 averages, one per hour of the week in Europe/London local time (index 0 = Monday
   * 00:00–01:00). Each is the incidents created in that local hour over the period, divided by the
   * number of times that hour of the week occurred in it. The hour skipped when the clocks go
   * forward is simply absent that week; the hour repeated when they go back counts both times.
   * An incident counts under the grade it was first graded with (that is what the target applies to).
   */
  perHour: number[];
};

/** An average week's demand over a period, as `POST /api/workforce/staffing/recommendation` takes it. */
export type DemandProfile = {
  period: DemandPeriod;
  /** Calls offered per hour of the week (same hour convention), or null where no call data is held. */
  callsPerHour: number[] | null;
  /** Incidents per hour of the week by grade. */
  incidentsByGrade: IncidentsByGrade[];
  /**
   * Mean time from dispatch to the incident being cleared, minutes, over incidents to be attended
   * within the hour (a Routine one is often dispatched long before the appointment); null with no history.
   */
  averageCommitmentMinutes: number | null;
  /** Mean time from dispatch to arrival (travel), minutes, over the same incidents; null with no history. */
  averageTravelMinutes: number | null;
};

/**
 * The hand-over point: the incidents module exports an implementation from its `index.ts`, with
 * an optional filter by incident category (e.g. to set one team's demand against its strength).
 */
export type DemandSource = {
  demandProfile: (db: Kysely<DB>, period: DemandPeriod, filter?: { categoryCodes?: string[] }) => Promise<DemandProfile>;
};
