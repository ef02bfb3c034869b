import type { HourOfWeekGap } from '../../staffing/utils/hourOfWeekChartOption';
import type { MinimumStaffingRuleDto, ShiftTypeDto, TeamRosterDto } from '../api/rostersApi';
import { addDays } from './week';

const HOURS = 168;

/** Which minimum-staffing rules the requirement line sums for the skill chosen. */
export function rulesFor(rules: readonly MinimumStaffingRuleDto[], skill: string | undefined): MinimumStaffingRuleDto[] {
  // With a skill: its rules. Without: the head-count rules — role rules cover disjoint people, so
  // their sum is a floor on the whole team; skill rules overlap the roles and are left out.
  return rules.filter((r) => (skill ? r.skillCode === skill : r.skillCode === null));
}

/**
 * The minimum staffing in force in each hour of the week starting `monday` (168 values, Monday
 * 00:00 local first). A rule applies to a shift on the days the team's roster plans someone on that
 * shift type (as the API counts it), over the shift's local wall-clock hours; a shift starting the
 * Sunday before reaches into Monday morning. The roster must cover `monday - 1` to Sunday.
 */
export function minimumPerHour(roster: TeamRosterDto, monday: string, shiftTypes: readonly ShiftTypeDto[], rules: readonly MinimumStaffingRuleDto[]): number[] {
  const required = new Array<number>(HOURS).fill(0);
  const minimumOf = new Map<string, number>();
  for (const r of rules) minimumOf.set(r.shiftTypeCode, (minimumOf.get(r.shiftTypeCode) ?? 0) + r.minimum);
  const types = new Map(shiftTypes.map((t) => [t.code, t]));
  for (let offset = -1; offset < 7; offset++) {
    const date = addDays(monday, offset);
    const planned = new Set(roster.people.map((p) => p.days.find((d) => d.date === date)?.plannedShiftTypeCode).filter((c): c is string => !!c));
    for (const code of planned) {
      const minimum = minimumOf.get(code);
      const type = types.get(code);
      if (!minimum || !type?.startTime || !type.durationMinutes) continue;
      const [h, m] = type.startTime.split(':').map(Number) as [number, number];
      const start = offset * 24 + h + m / 60;
      const end = start + type.durationMinutes / 60;
      // Counted at half past, as the strength endpoint counts people.
      for (let hour = Math.max(0, Math.floor(start)); hour < Math.min(HOURS, Math.ceil(end)); hour++) {
        if (hour + 0.5 >= start && hour + 0.5 < end) required[hour]! += minimum;
      }
    }
  }
  return required;
}

/** The hours where fewer are rostered than the minimum, labelled "2 short". */
export function strengthGaps(strength: readonly number[], minimum: readonly number[]): HourOfWeekGap[] {
  const gaps: HourOfWeekGap[] = [];
  for (let h = 0; h < HOURS; h++) {
    const short = (minimum[h] ?? 0) - (strength[h] ?? 0);
    if (short > 0.001) gaps.push({ hourOfWeek: h, label: `${Math.round(short * 10) / 10} short` });
  }
  return gaps;
}
