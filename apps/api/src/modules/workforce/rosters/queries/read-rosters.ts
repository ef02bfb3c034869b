import type { Kysely } from 'kysely';
import type { PersonRoster, Shortfall } from '@bluelamp/contracts/workforce/rosters';
import type { DB } from '../../../../core/db/schema';
import { notFound } from '../../../../core/errors';
import { parseLocalDate } from '../local-time';
import { invalidField } from '../rosters.errors';
import * as repo from '../rosters.repository';
import { presentPersonRoster, presentShortfall } from '../rosters.presenter';
import { evaluateStaffing, holdsSkill, strengthByHourOfWeek, type MemberSpec } from '../staffing';

/** Checks a from..to range of local dates and its length. */
export function checkedRange(from: string, to: string, maxDays: number): { from: number; to: number } {
  const f = parseLocalDate(from);
  const t = parseLocalDate(to);
  if (f === undefined) throw invalidField('querystring/from', 'is not a real date');
  if (t === undefined) throw invalidField('querystring/to', 'is not a real date');
  if (t < f) throw invalidField('querystring/to', 'is before from');
  if (t - f + 1 > maxDays) throw invalidField('querystring/to', `makes a range longer than ${maxDays} days`);
  return { from: f, to: t };
}

async function teamNames(db: Kysely<DB>): Promise<Map<string, string>> {
  return new Map((await repo.listTeamNames(db)).map((t) => [t.id, t.name]));
}

/** Shortfalls against minimum staffing over a range, for one team or all. */
export async function findShortfalls(db: Kysely<DB>, range: { from: number; to: number }, teamId?: string): Promise<Shortfall[]> {
  const rules = await repo.listMinimumStaffing(db, teamId);
  if (!rules.length) return [];
  const teams = [...new Set(rules.map((r) => r.teamId))];
  const people = await repo.listRosterPeople(db, teamId ? { teamId } : {});
  const members = new Map<string, MemberSpec[]>(teams.map((t) => [t, people.filter((p) => p.teamId === t)]));
  const plan = await repo.loadRosterPlan(db, range.from - 1, range.to, teamId ? people.map((p) => p.staffId) : undefined);
  const names = await teamNames(db);
  return evaluateStaffing(plan, members, rules, range.from, range.to)
    .sort((a, b) => a.day - b.day || a.teamId.localeCompare(b.teamId) || a.shiftTypeCode.localeCompare(b.shiftTypeCode))
    .map((s) => presentShortfall(s, names));
}

/** A team's roster, person by person and day by day, with the shortfalls of those days. */
export async function getTeamRoster(db: Kysely<DB>, teamId: string, range: { from: number; to: number }) {
  const names = await teamNames(db);
  const teamName = names.get(teamId);
  if (teamName === undefined) throw notFound('The team');
  const people = await repo.listRosterPeople(db, { teamId });
  const plan = await repo.loadRosterPlan(db, range.from, range.to, people.map((p) => p.staffId));
  return {
    teamId,
    teamName,
    people: people.map((p) => presentPersonRoster(p, plan.expand([p], range.from, range.to), range.from)),
    shortfalls: await findShortfalls(db, range, teamId),
  };
}

/** One person's roster. */
export async function getPersonRoster(db: Kysely<DB>, staffId: string, range: { from: number; to: number }): Promise<PersonRoster> {
  const [person] = await repo.listRosterPeople(db, { staffIds: [staffId] });
  if (!person) throw notFound('The officer or staff member');
  const plan = await repo.loadRosterPlan(db, range.from, range.to, [staffId]);
  return presentPersonRoster(person, plan.expand([person], range.from, range.to), range.from);
}

/** Strength: people on duty per hour of the week, per team, optionally only those holding a skill. */
export async function getStrength(db: Kysely<DB>, range: { from: number; to: number }, filter: { teamId?: string | undefined; skill?: string | undefined }) {
  const people = await repo.listRosterPeople(db, filter.teamId ? { teamId: filter.teamId } : {});
  const plan = await repo.loadRosterPlan(db, range.from - 1, range.to, filter.teamId ? people.map((p) => p.staffId) : undefined);
  const names = await teamNames(db);
  const byTeam = new Map<string, typeof people>();
  for (const p of people) {
    if (!p.teamId) continue;
    // A skill counts when held on the range's first day (an expiry part-way is not split).
    if (filter.skill && !holdsSkill(p, filter.skill, range.from)) continue;
    let list = byTeam.get(p.teamId);
    if (!list) byTeam.set(p.teamId, (list = []));
    list.push(p);
  }
  const teamIds = filter.teamId ? [filter.teamId] : [...names.keys()];
  return teamIds
    .filter((t) => names.has(t))
    .map((t) => ({ teamId: t, teamName: names.get(t)!, hours: strengthByHourOfWeek(plan, byTeam.get(t) ?? [], range.from, range.to) }))
    .sort((a, b) => a.teamName.localeCompare(b.teamName));
}
