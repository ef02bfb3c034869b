import { londonClock, weekdayOf, type ZoneClock } from './local-time';
import { shiftInstants, type PersonSpec, type RosterPlan, type ShiftTypeSpec } from './roster-expansion';

/*
 * Minimum staffing and strength, computed from the roster (pure).
 *
 * A minimum-staffing rule names a team, a shift type and optionally a role title and a skill. It
 * applies on the days the team's patterns put at least one member on that shift type (so a
 * response team's rule for earlies is checked on the days that team works earlies). A member
 * counts towards it when their duty that day (after changes: leave, sickness, swaps, overtime)
 * covers at least half of the shift, and they match the role title and hold the skill that day.
 */

/** A skill held: valid from obtainedOn to expiresOn inclusive (day numbers; null: does not expire). */
export type HeldSkill = { obtainedOn: number; expiresOn: number | null };

export type MemberSpec = PersonSpec & { roleTitle: string; skills: Map<string, HeldSkill> };

export type StaffingRuleSpec = { id: string; teamId: string; shiftType: ShiftTypeSpec; roleTitle: string | null; skillCode: string | null; minimum: number };

export type Shortfall = {
  ruleId: string;
  teamId: string;
  day: number;
  shiftTypeCode: string;
  roleTitle: string | null;
  skillCode: string | null;
  minimum: number;
  rostered: number;
  /** The people who count, so a screen can show who is there. */
  staffIds: string[];
};

export const holdsSkill = (m: Pick<MemberSpec, 'skills'>, code: string, day: number): boolean => {
  const s = m.skills.get(code);
  return !!s && s.obtainedOn <= day && (s.expiresOn === null || day <= s.expiresOn);
};

/** Whether the person's duty on the day (or a night from the day before) covers half the window. */
function coversHalf(plan: RosterPlan, person: PersonSpec, day: number, window: { startsAt: number; endsAt: number }): boolean {
  const need = (window.endsAt - window.startsAt) / 2;
  for (const d of [day - 1, day]) {
    const r = plan.dayOf(person, d);
    if (r.startsAt === null || r.endsAt === null) continue;
    const overlap = Math.min(r.endsAt, window.endsAt) - Math.max(r.startsAt, window.startsAt);
    if (overlap >= need) return true;
  }
  return false;
}

/** Each rule's count on each day it applies from..to; `onlyShort` keeps the ones below the minimum. */
export function evaluateStaffing(plan: RosterPlan, membersByTeam: Map<string, MemberSpec[]>, rules: StaffingRuleSpec[], from: number, to: number, onlyShort = true): Shortfall[] {
  const out: Shortfall[] = [];
  for (const rule of rules) {
    const members = membersByTeam.get(rule.teamId) ?? [];
    for (let day = from; day <= to; day++) {
      if (!members.some((m) => plan.plannedShift(m, day)?.id === rule.shiftType.id)) continue;
      const window = shiftInstants(rule.shiftType, day, plan.clock);
      if (!window) continue;
      const counted = members.filter(
        (m) => (rule.roleTitle === null || m.roleTitle === rule.roleTitle) && (rule.skillCode === null || holdsSkill(m, rule.skillCode, day)) && coversHalf(plan, m, day, window),
      );
      if (onlyShort && counted.length >= rule.minimum) continue;
      out.push({
        ruleId: rule.id,
        teamId: rule.teamId,
        day,
        shiftTypeCode: rule.shiftType.code,
        roleTitle: rule.roleTitle,
        skillCode: rule.skillCode,
        minimum: rule.minimum,
        rostered: counted.length,
        staffIds: counted.map((m) => m.staffId),
      });
    }
  }
  return out;
}

/** Shortfalls in `after` that `before` did not have (same rule and day), or that got worse. */
export function newShortfalls(before: Shortfall[], after: Shortfall[]): Shortfall[] {
  const was = new Map(before.map((s) => [`${s.ruleId}|${s.day}`, s.rostered]));
  return after.filter((s) => {
    const prior = was.get(`${s.ruleId}|${s.day}`);
    return prior === undefined || s.rostered < prior;
  });
}

/**
 * Strength: for each hour of the week (0 = Monday 00:00–01:00 local … 167 = Sunday 23:00), the
 * mean number of the people on duty at half past that hour, over the days from..to.
 */
export function strengthByHourOfWeek(plan: RosterPlan, people: PersonSpec[], from: number, to: number, clock: ZoneClock = londonClock): number[] {
  const counts = new Array<number>(168).fill(0);
  const HOUR = 3_600_000;
  const DAY = 86_400_000;
  for (const person of people) {
    // The day before `from` may hold a night that runs into it.
    for (let day = from - 1; day <= to; day++) {
      const r = plan.dutyWindowOn(person, day);
      if (!r) continue;
      // London's offsets are whole hours, so half past in UTC is half past locally.
      for (let t = Math.floor(r.startsAt / HOUR) * HOUR + HOUR / 2; t < r.endsAt; t += HOUR) {
        if (t < r.startsAt) continue;
        const local = t + clock.offsetAt(t);
        const localDay = Math.floor(local / DAY);
        if (localDay < from || localDay > to) continue;
        counts[weekdayOf(localDay) * 24 + Math.floor((local - localDay * DAY) / HOUR)]!++;
      }
    }
  }
  const daysPerWeekday = new Array<number>(7).fill(0);
  for (let day = from; day <= to; day++) daysPerWeekday[weekdayOf(day)]!++;
  return counts.map((c, i) => {
    const n = daysPerWeekday[Math.floor(i / 24)]!;
    return n ? Math.round((c / n) * 100) / 100 : 0;
  });
}
