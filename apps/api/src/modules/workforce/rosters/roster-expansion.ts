import type { RosterChangeKind, ShiftKind } from '../../../core/db/schema.rosters';
import { londonClock, type ZoneClock } from './local-time';

/*
 * The roster is computed, never stored: each person's assignment (their own, else their team's)
 * says which pattern they work from which day of its cycle; the pattern says the shift of each day;
 * a change recorded for that person-day replaces it. Pure: no database, no clock of its own.
 */

export type ShiftTypeSpec = {
  id: string;
  code: string;
  kind: ShiftKind;
  /** Minutes after local midnight; null on a rest day. */
  startMinute: number | null;
  durationMinutes: number | null;
};

/** A rotating pattern: `days[i]` is the shift of day i of the cycle. */
export type PatternSpec = { id: string; code: string; days: ShiftTypeSpec[] };

export type AssignmentSpec = {
  id: string;
  patternId: string;
  staffId: string | null;
  teamId: string | null;
  /** Day numbers (days since 1970-01-01, local dates). */
  startsOn: number;
  startDayIndex: number;
  endsOn: number | null;
};

export type ChangeSpec = {
  id: string;
  staffId: string;
  day: number;
  kind: RosterChangeKind;
  /** Instants (ms); null when the person does not work that day. */
  startsAt: number | null;
  endsAt: number | null;
  shiftTypeCode: string | null;
  swapWithStaffId: string | null;
  reason: string;
  approvedByName: string;
  overrideReason: string | null;
  version: number;
};

export type PersonSpec = { staffId: string; teamId: string | null };

/** What one person works on one duty date. */
export type RosterDay = {
  staffId: string;
  day: number;
  /** `pattern`: as the pattern says; a change kind when changed; `unassigned`: no pattern covers the day. */
  source: 'pattern' | 'unassigned' | RosterChangeKind;
  /** The pattern's shift that day (kept when a change replaces it), or null when unassigned. */
  plannedShift: ShiftTypeSpec | null;
  /** The shift type worked, when it is one (a changed duty may have its own times). */
  shiftTypeCode: string | null;
  startsAt: number | null;
  endsAt: number | null;
  change: ChangeSpec | null;
};

/** The instants of a shift on a local date, or null on a rest day. */
export function shiftInstants(type: ShiftTypeSpec, day: number, clock: ZoneClock = londonClock): { startsAt: number; endsAt: number } | null {
  if (type.startMinute === null || type.durationMinutes === null) return null;
  return { startsAt: clock.toInstant(day, type.startMinute), endsAt: clock.toInstant(day, type.startMinute + type.durationMinutes) };
}

/** The day of the cycle a date is for an assignment (the cycle runs backwards too, for completeness). */
export function cycleDay(assignment: Pick<AssignmentSpec, 'startsOn' | 'startDayIndex'>, length: number, day: number): number {
  return (((assignment.startDayIndex + day - assignment.startsOn) % length) + length) % length;
}

const covers = (a: AssignmentSpec, day: number) => a.startsOn <= day && (a.endsOn === null || day <= a.endsOn);

/** Patterns, assignments and changes, indexed for expanding many people over many days. */
export class RosterPlan {
  private readonly patterns = new Map<string, PatternSpec>();
  private readonly byStaff = new Map<string, AssignmentSpec[]>();
  private readonly byTeam = new Map<string, AssignmentSpec[]>();
  /** Changes by person, then by day: no key strings to build for each of a year's person-days. */
  private changes = new Map<string, Map<number, ChangeSpec>>();

  constructor(
    patterns: PatternSpec[],
    assignments: AssignmentSpec[],
    changes: ChangeSpec[],
    readonly clock: ZoneClock = londonClock,
  ) {
    for (const p of patterns) this.patterns.set(p.id, p);
    for (const a of assignments) {
      const map = a.staffId ? this.byStaff : this.byTeam;
      const key = (a.staffId ?? a.teamId)!;
      let list = map.get(key);
      if (!list) map.set(key, (list = []));
      list.push(a);
    }
    // Latest start first: a later assignment supersedes an earlier one from its first day.
    for (const list of [...this.byStaff.values(), ...this.byTeam.values()]) list.sort((x, y) => y.startsOn - x.startsOn);
    for (const c of changes) this.setChange(c.staffId, c.day, c);
  }

  private setChange(staffId: string, day: number, change: ChangeSpec | null): void {
    let days = this.changes.get(staffId);
    if (!days) this.changes.set(staffId, (days = new Map()));
    if (change) days.set(day, change);
    else days.delete(day);
  }

  /** The assignment that applies to a person on a day: their own, else their team's. */
  assignmentOn(person: PersonSpec, day: number): AssignmentSpec | undefined {
    const own = this.byStaff.get(person.staffId);
    if (own) for (const a of own) if (covers(a, day)) return a;
    const team = person.teamId ? this.byTeam.get(person.teamId) : undefined;
    if (team) for (const a of team) if (covers(a, day)) return a;
    return undefined;
  }

  /** The pattern's shift for a person on a day (before changes), or null when no pattern covers it. */
  plannedShift(person: PersonSpec, day: number): ShiftTypeSpec | null {
    const a = this.assignmentOn(person, day);
    const pattern = a && this.patterns.get(a.patternId);
    if (!a || !pattern) return null;
    return pattern.days[cycleDay(a, pattern.days.length, day)] ?? null;
  }

  changeOn(staffId: string, day: number): ChangeSpec | undefined {
    return this.changes.get(staffId)?.get(day);
  }

  /** What a person works on a day: the change if there is one, else the pattern. */
  dayOf(person: PersonSpec, day: number): RosterDay {
    const planned = this.plannedShift(person, day);
    const change = this.changes.get(person.staffId)?.get(day);
    if (change) {
      return { staffId: person.staffId, day, source: change.kind, plannedShift: planned, shiftTypeCode: change.shiftTypeCode, startsAt: change.startsAt, endsAt: change.endsAt, change };
    }
    if (!planned) return { staffId: person.staffId, day, source: 'unassigned', plannedShift: null, shiftTypeCode: null, startsAt: null, endsAt: null, change: null };
    const at = shiftInstants(planned, day, this.clock);
    return { staffId: person.staffId, day, source: 'pattern', plannedShift: planned, shiftTypeCode: planned.code, startsAt: at?.startsAt ?? null, endsAt: at?.endsAt ?? null, change: null };
  }

  /** Every person's roster for the days from..to (inclusive), person by person. */
  expand(people: PersonSpec[], from: number, to: number): RosterDay[] {
    const out: RosterDay[] = [];
    for (const person of people) for (let day = from; day <= to; day++) out.push(this.dayOf(person, day));
    return out;
  }

  /** The instants worked on a day (after changes), or null: what strength and rest checks need, without the rest of a RosterDay. */
  dutyWindowOn(person: PersonSpec, day: number): { startsAt: number; endsAt: number } | null {
    const change = this.changes.get(person.staffId)?.get(day);
    if (change) return change.startsAt !== null && change.endsAt !== null ? { startsAt: change.startsAt, endsAt: change.endsAt } : null;
    const planned = this.plannedShift(person, day);
    return planned ? shiftInstants(planned, day, this.clock) : null;
  }

  /** The duties (days worked) of one person overlapping the days from..to, in order. */
  dutiesOf(person: PersonSpec, from: number, to: number): Duty[] {
    const out: Duty[] = [];
    for (let day = from; day <= to; day++) {
      const d = this.dayOf(person, day);
      if (d.startsAt !== null && d.endsAt !== null) out.push({ day, startsAt: d.startsAt, endsAt: d.endsAt });
    }
    return out;
  }

  /** A copy with one person-day's change replaced (or removed, with null): to check an edit before making it. */
  withChange(staffId: string, day: number, change: ChangeSpec | null): RosterPlan {
    const copy = Object.create(RosterPlan.prototype) as RosterPlan;
    Object.assign(copy, this, { changes: new Map(this.changes) });
    copy.changes.set(staffId, new Map(this.changes.get(staffId)));
    copy.setChange(staffId, day, change);
    return copy;
  }
}

/** A period on duty: the duty date it belongs to and its instants. */
export type Duty = { day: number; startsAt: number; endsAt: number };
