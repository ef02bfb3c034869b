import type { Kysely, Transaction } from 'kysely';
import type { OfficerAvailability } from '@bluelamp/contracts/workforce/availability';
import type { DB } from '../../../core/db/schema';
import { londonClock } from '../rosters/local-time';
import type { RosterPlan } from '../rosters/roster-expansion';
import { getRosterRevision, listRosterPeople, listSkills, loadRosterPlan, type RosterPerson } from '../rosters/rosters.repository';
import { holdsSkill } from '../rosters/staffing';
import { listStatusesFor, readRevisionAndStatuses } from './availability.repository';
import { distanceMetres, effectiveStatus, type DutyWindow, type StatusRow } from './effective-status';

type Q = Kysely<DB> | Transaction<DB>;

/** A device position older than this is not trusted: the officer's station stands in for it. */
export const POSITION_MAX_AGE_MS = 2 * 3_600_000;
/** The snapshot is rebuilt at least this often, so directory changes (new starters, team moves) show. */
const SNAPSHOT_MAX_AGE_MS = 60_000;

/** Everyone on the workforce and their roster around today, in memory. */
type Snapshot = {
  revision: number;
  loadedAt: number;
  today: number;
  plan: RosterPlan;
  people: RosterPerson[];
  byId: Map<string, RosterPerson>;
  /** Each person's rostered duties of yesterday and today (a night runs into today), worked out once. */
  duties: Map<string, DutyWindow[]>;
  /** The skill catalogue's codes. */
  skills: Set<string>;
};

export type Near = { latitude: number; longitude: number };

/**
 * Live availability for dispatch. The roster part (who is rostered now, with which skills) is
 * computed in memory from a snapshot of people, patterns, assignments and the changes around today;
 * one read of the roster revision per call tells whether any process changed the roster since, so a
 * change shows at once everywhere. The live part (status, commitment, position) is read from the
 * database on every call, for the few people concerned: it is written once, by the officer's
 * device or by command and control, and never cached.
 */
export class AvailabilityService {
  private snapshot: Snapshot | undefined;
  private loading: Promise<Snapshot> | undefined;

  /** The snapshot for `now`, rebuilt when the roster changed, the day moved on, or it is a minute old. */
  async current(q: Q, now: number): Promise<Snapshot> {
    const revision = await getRosterRevision(q);
    const today = londonClock.dayOf(now);
    const s = this.snapshot;
    if (s && s.revision === revision && s.today === today && now - s.loadedAt < SNAPSHOT_MAX_AGE_MS) return s;
    // Inside a transaction the snapshot must see that transaction's own writes: build one just for it.
    if (q.isTransaction) return this.load(q, revision, today, now);
    this.loading ??= this.load(q, revision, today, now).finally(() => (this.loading = undefined));
    const loaded = await this.loading;
    this.snapshot = loaded;
    return loaded;
  }

  private async load(q: Q, revision: number, today: number, now: number): Promise<Snapshot> {
    const [people, plan, skills] = await Promise.all([listRosterPeople(q), loadRosterPlan(q, today - 1, today + 1), listSkills(q)]);
    const duties = new Map<string, DutyWindow[]>();
    for (const p of people) {
      const windows: DutyWindow[] = [];
      for (const day of [today - 1, today]) {
        const r = plan.dayOf(p, day);
        if (r.startsAt !== null && r.endsAt !== null) windows.push({ startsAt: r.startsAt, endsAt: r.endsAt });
      }
      duties.set(p.staffId, windows);
    }
    return { revision, loadedAt: now, today, plan, people, byId: new Map(people.map((p) => [p.staffId, p])), duties, skills: new Set(skills.map((k) => k.code)) };
  }

  /** The rostered duty covering `now` (a night that began yesterday included), or null. */
  dutyAt(s: Snapshot, person: RosterPerson, now: number): DutyWindow | null {
    for (const w of s.duties.get(person.staffId) ?? []) if (w.startsAt <= now && now < w.endsAt) return w;
    return null;
  }

  /** Whether the catalogue has a skill (from the snapshot; the catalogue changes with the roster revision). */
  async knowsSkill(q: Q, code: string, now: number): Promise<boolean> {
    const s = this.snapshot && now - this.snapshot.loadedAt < SNAPSHOT_MAX_AGE_MS ? this.snapshot : await this.current(q, now);
    return s.skills.has(code);
  }

  /** One person's availability now, or undefined when they are not on the workforce. */
  async stateOf(q: Q, staffId: string, now: number, row: StatusRow | undefined): Promise<OfficerAvailability | undefined> {
    const s = await this.current(q, now);
    const person = s.byId.get(staffId);
    if (!person) return undefined;
    return present(s, person, this.dutyAt(s, person, now), row, now, null);
  }

  /** Everyone on duty now (optionally one team's), by surname. */
  async onDuty(q: Q, now: number, teamId?: string): Promise<OfficerAvailability[]> {
    const s = await this.current(q, now);
    const people = teamId ? s.people.filter((p) => p.teamId === teamId) : s.people;
    const rostered = people.filter((p) => this.dutyAt(s, p, now));
    const rows = new Map((await listStatusesFor(q, rostered.map((p) => p.staffId))).map((r) => [r.staffId, r]));
    const out: OfficerAvailability[] = [];
    for (const p of people) {
      const row = rows.get(p.staffId);
      const duty = this.dutyAt(s, p, now);
      if (!duty && !row?.bookedOnAt && !row?.incidentId) continue;
      const view = present(s, p, duty, row, now, null);
      if (view.onDuty) out.push(view);
    }
    return out;
  }

  /**
   * Who is available now, holding the skill (if given), nearest first. Candidates come from the
   * in-memory roster (rostered now, skill current today); one indexed read fetches their live rows
   * and anyone booked on off-roster.
   */
  async availableNearest(q: Q, now: number, where: Near, options: { skill?: string | undefined; limit: number }): Promise<OfficerAvailability[]> {
    const today = londonClock.dayOf(now);
    let s = this.snapshot && this.snapshot.today === today && now - this.snapshot.loadedAt < SNAPSHOT_MAX_AGE_MS ? this.snapshot : await this.current(q, now);
    const candidatesOf = (snap: Snapshot) => snap.people.filter((p) => (!options.skill || holdsSkill(p, options.skill, snap.today)) && this.dutyAt(snap, p, now));
    let rostered = candidatesOf(s);
    // The common case costs one round trip: the revision comes back with the status rows.
    let { revision, rows } = await readRevisionAndStatuses(q, rostered.map((p) => p.staffId));
    if (revision !== s.revision) {
      s = await this.current(q, now);
      rostered = candidatesOf(s);
      rows = await listStatusesFor(q, rostered.map((p) => p.staffId));
    }
    const rowOf = new Map(rows.map((r) => [r.staffId, r]));
    const candidates = new Map(rostered.map((p) => [p.staffId, p]));
    for (const r of rows) {
      const p = s.byId.get(r.staffId);
      if (p && r.bookedOnAt !== null && (!options.skill || holdsSkill(p, options.skill, s.today))) candidates.set(p.staffId, p);
    }
    // Distances first; only the nearest few are presented.
    const ranked: { p: RosterPerson; row: StatusRow | undefined; duty: DutyWindow | null; distance: number }[] = [];
    for (const p of candidates.values()) {
      const row = rowOf.get(p.staffId);
      const duty = this.dutyAt(s, p, now);
      if (effectiveStatus(duty, row, now).status !== 'available') continue;
      const at = positionOf(p, row, now);
      if (at) ranked.push({ p, row, duty, distance: distanceMetres(where, at) });
    }
    ranked.sort((a, b) => a.distance - b.distance || a.p.lastName.localeCompare(b.p.lastName));
    const out = ranked.slice(0, options.limit).map((r) => present(s, r.p, r.duty, r.row, now, where));
    return out.slice(0, options.limit);
  }
}

/** Where an officer is: their device's last fix if recent, else their station. */
function positionOf(p: RosterPerson, row: StatusRow | undefined, now: number): OfficerAvailability['position'] {
  if (row && row.latitude !== null && row.longitude !== null && row.positionAt !== null && now - row.positionAt <= POSITION_MAX_AGE_MS) {
    return { latitude: row.latitude, longitude: row.longitude, at: new Date(row.positionAt).toISOString(), source: 'device' };
  }
  if (p.stationLatitude !== null && p.stationLongitude !== null) return { latitude: p.stationLatitude, longitude: p.stationLongitude, at: null, source: 'station' };
  return null;
}

function present(s: Snapshot, p: RosterPerson, duty: DutyWindow | null, row: StatusRow | undefined, now: number, near: Near | null): OfficerAvailability {
  const state = effectiveStatus(duty, row, now);
  const position = positionOf(p, row, now);
  return {
    staffId: p.staffId,
    collarNumber: p.collarNumber,
    firstName: p.firstName,
    lastName: p.lastName,
    rank: p.rank,
    roleTitle: p.roleTitle,
    teamId: p.teamId,
    teamName: p.teamName,
    status: state.status,
    onDuty: state.onDuty,
    rostered: state.rostered,
    bookedOn: state.bookedOn,
    dutyStartsAt: duty ? new Date(duty.startsAt).toISOString() : null,
    dutyEndsAt: duty ? new Date(duty.endsAt).toISOString() : null,
    incidentId: row?.incidentId ?? null,
    position,
    distanceMetres: near && position ? Math.round(distanceMetres(near, position)) : null,
    skills: [...p.skills.keys()].filter((code) => holdsSkill(p, code, s.today)).sort(),
    version: row?.version ?? 1,
  };
}

const services = new WeakMap<object, AvailabilityService>();

/** The one availability service of a running app (keyed by its deps, like the other per-process services). */
export function availabilityFor(deps: object): AvailabilityService {
  let service = services.get(deps);
  if (!service) services.set(deps, (service = new AvailabilityService()));
  return service;
}
