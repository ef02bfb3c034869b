import { sql, type Transaction } from 'kysely';
import type { Override } from '@bluelamp/contracts/workforce/rosters';
import type { Static } from '@sinclair/typebox';
import type { DB } from '../../../../core/db/schema';
import type { RequestContext } from '../../../../core/context';
import { requirePermission } from '../../../../core/access';
import { AppError, notFound, versionConflict } from '../../../../core/errors';
import { writeAudit } from '../../../../core/audit';
import { formatLocalDate } from '../local-time';
import type { ChangeSpec, RosterPlan } from '../roster-expansion';
import { findOverlaps, findRestBreaches, fortnightStart, newBreaches, type RestBreach } from '../rest-rules';
import { evaluateStaffing, newShortfalls, type MemberSpec, type Shortfall } from '../staffing';
import * as repo from '../rosters.repository';
import { presentRosterDay } from '../rosters.presenter';

/** What a person-day becomes: a change (with the duty worked, if any), or null to follow the pattern again. */
export type NextChange = Omit<repo.ChangeValues, 'approvedByUserId' | 'approvedByName' | 'overrideReason' | 'overriddenRules'> & { shiftTypeCode: string | null };

export type RosterEdit = {
  staffId: string;
  day: number;
  /** The version the editor read: 0 while the day follows the pattern. */
  version: number;
  next: NextChange | null;
};

export type EditChecks = {
  /** Check the 11-hour and fortnightly rest rules for the people edited. */
  rest: boolean;
  /** Check the minimum staffing of the people's teams (not for sickness or court: those are not refused). */
  staffing: boolean;
  override?: Static<typeof Override> | undefined;
  /** For the audit record: `roster.day_set`, `roster.absence_recorded`, `roster.shifts_swapped`… */
  action: string;
};

export const ROSTER_OVERRIDE_PERMISSION = 'workforce:roster-override';

/**
 * The one way the roster changes. Locks the people edited (so two edits of one person's week are
 * checked one after the other), checks each person-day is still at the version the editor read
 * (409 with the day as it now stands), refuses overlapping duties, and refuses a new rest-rule
 * breach or minimum-staffing shortfall unless an override with a reason is given by someone
 * holding `workforce:roster-override`. Writes the changes, bumps the roster revision, audits.
 */
export async function applyRosterEdits(tx: Transaction<DB>, ctx: RequestContext, edits: RosterEdit[], checks: EditChecks): Promise<RosterPlan> {
  const staffIds = [...new Set(edits.map((e) => e.staffId))].sort();
  await sql`select id from staff where id in (${sql.join(staffIds)}) order by id for update`.execute(tx);
  const people = await repo.listRosterPeople(tx, { staffIds });
  const personOf = new Map(people.map((p) => [p.staffId, p]));
  for (const id of staffIds) if (!personOf.has(id)) throw notFound('The officer or staff member');

  const lo = Math.min(...edits.map((e) => e.day));
  const hi = Math.max(...edits.map((e) => e.day));
  // Every fortnight an edit can touch (a night runs into the next day), and a day either side of it.
  const from = fortnightStart(lo - 1) - 1;
  const to = fortnightStart(hi + 1) + 14;

  const teamIds = checks.staffing ? [...new Set(people.map((p) => p.teamId).filter((t): t is string => !!t))] : [];
  const rules = (await Promise.all(teamIds.map((t) => repo.listMinimumStaffing(tx, t)))).flat();
  const members = new Map<string, MemberSpec[]>();
  for (const t of rules.length ? teamIds : []) members.set(t, await repo.listRosterPeople(tx, { teamId: t }));
  const loadIds = [...new Set([...staffIds, ...[...members.values()].flat().map((m) => m.staffId)])];
  const before = await repo.loadRosterPlan(tx, from, to, loadIds);

  // Versions first: a stale editor learns what the day now is, whatever else is wrong.
  for (const e of edits) {
    const current = before.changeOn(e.staffId, e.day);
    if ((current?.version ?? 0) !== e.version) throw versionConflict('The roster day', presentRosterDay(before.dayOf(personOf.get(e.staffId)!, e.day)));
  }

  const approvedByName = ctx.actor?.displayName ?? 'system';
  let after = before;
  for (const e of edits) {
    const spec: ChangeSpec | null = e.next && {
      id: before.changeOn(e.staffId, e.day)?.id ?? 'pending',
      staffId: e.staffId,
      day: e.day,
      kind: e.next.kind,
      startsAt: e.next.startsAt?.getTime() ?? null,
      endsAt: e.next.endsAt?.getTime() ?? null,
      shiftTypeCode: e.next.shiftTypeCode,
      swapWithStaffId: e.next.swapWithStaffId,
      reason: e.next.reason,
      approvedByName,
      overrideReason: null,
      version: e.version + 1,
    };
    after = after.withChange(e.staffId, e.day, spec);
  }

  const restBreaches: (RestBreach & { staffId: string })[] = [];
  for (const id of staffIds) {
    const person = personOf.get(id)!;
    const edited = new Set(edits.filter((e) => e.staffId === id).map((e) => e.day));
    const dutiesBefore = before.dutiesOf(person, from, to);
    const dutiesAfter = after.dutiesOf(person, from, to);
    const overlapsBefore = new Set(findOverlaps(dutiesBefore).map((o) => `${o.firstDay}|${o.secondDay}`));
    const overlap = findOverlaps(dutiesAfter).find((o) => (edited.has(o.firstDay) || edited.has(o.secondDay)) && !overlapsBefore.has(`${o.firstDay}|${o.secondDay}`));
    if (overlap) {
      throw new AppError('SHIFT_OVERLAP', `The duty would overlap another duty of the same person (${formatLocalDate(overlap.firstDay)} and ${formatLocalDate(overlap.secondDay)})`, {
        staffId: id,
        dates: [formatLocalDate(overlap.firstDay), formatLocalDate(overlap.secondDay)],
      });
    }
    if (checks.rest) {
      const found = newBreaches(findRestBreaches(dutiesBefore, lo - 1, hi + 1, before.clock), findRestBreaches(dutiesAfter, lo - 1, hi + 1, after.clock));
      restBreaches.push(...found.map((b) => ({ ...b, staffId: id })));
    }
  }
  const shortfalls: Shortfall[] = rules.length ? newShortfalls(evaluateStaffing(before, members, rules, lo, hi + 1), evaluateStaffing(after, members, rules, lo, hi + 1)) : [];

  const overridden = [...new Set([...restBreaches.map((b) => b.rule), ...(shortfalls.length ? ['minimum_staffing'] : [])])];
  let overrideReason: string | null = null;
  if (overridden.length) {
    if (!checks.override) {
      const details = { breaches: restBreaches.map(presentBreach), shortfalls: shortfalls.map(presentShortfallDetail) };
      if (restBreaches.length) throw new AppError('REST_RULE_BREACH', describeBreaches(restBreaches), details);
      throw new AppError('MINIMUM_STAFFING_BREACH', `This would leave ${shortfalls.length} shift(s) below minimum staffing; an authorised override with a reason is needed`, details);
    }
    if (!ctx.actor) throw new AppError('FORBIDDEN', 'Your role does not allow this', { permission: ROSTER_OVERRIDE_PERMISSION });
    requirePermission(ctx.actor, ROSTER_OVERRIDE_PERMISSION);
    overrideReason = checks.override.reason.trim();
    if (!overrideReason) throw new AppError('REASON_REQUIRED', 'Give a reason for overriding the rule');
  }

  for (const e of edits) {
    const date = formatLocalDate(e.day);
    let written: boolean;
    if (!e.next) written = await repo.deleteChange(tx, e.staffId, date, e.version);
    else {
      const { shiftTypeCode: _code, ...values } = e.next;
      const row: repo.ChangeValues = { ...values, approvedByUserId: ctx.actor?.userId ?? null, approvedByName, overrideReason, overriddenRules: overrideReason ? overridden : [] };
      written = e.version === 0 ? await repo.insertChange(tx, e.staffId, date, row) : await repo.updateChange(tx, e.staffId, date, e.version, row);
    }
    if (!written) {
      const now = await repo.loadRosterPlan(tx, e.day, e.day, [e.staffId]);
      throw versionConflict('The roster day', presentRosterDay(now.dayOf(personOf.get(e.staffId)!, e.day)));
    }
  }
  await repo.bumpRosterRevision(tx);
  await writeAudit(
    tx,
    ctx,
    edits.map((e) => ({
      action: checks.action,
      entityType: 'staff',
      entityId: e.staffId,
      reason: overrideReason,
      details: {
        date: formatLocalDate(e.day),
        from: before.changeOn(e.staffId, e.day)?.kind ?? 'pattern',
        to: e.next?.kind ?? 'pattern',
        changeReason: e.next?.reason ?? null,
        startsAt: e.next?.startsAt?.toISOString() ?? null,
        endsAt: e.next?.endsAt?.toISOString() ?? null,
        overriddenRules: overrideReason ? overridden : [],
      },
    })),
  );
  return repo.loadRosterPlan(tx, lo - 1, hi + 1, staffIds);
}

function presentBreach(b: RestBreach & { staffId: string }) {
  return b.rule === 'daily_rest'
    ? { staffId: b.staffId, rule: b.rule, afterDate: formatLocalDate(b.afterDay), beforeDate: formatLocalDate(b.beforeDay), restHours: Math.round(b.restHours * 100) / 100 }
    : { staffId: b.staffId, rule: b.rule, fortnightStarts: formatLocalDate(b.fortnightStartDay), longestRestHours: Math.round(b.longestRestHours * 100) / 100 };
}

const presentShortfallDetail = (s: Shortfall) => ({
  teamId: s.teamId,
  date: formatLocalDate(s.day),
  shiftTypeCode: s.shiftTypeCode,
  roleTitle: s.roleTitle,
  skillCode: s.skillCode,
  minimum: s.minimum,
  rostered: s.rostered,
});

function describeBreaches(breaches: RestBreach[]): string {
  const b = breaches[0]!;
  const first =
    b.rule === 'daily_rest'
      ? `only ${Math.round(b.restHours * 10) / 10} hours' rest between the duties of ${formatLocalDate(b.afterDay)} and ${formatLocalDate(b.beforeDay)} (at least 11 are needed)`
      : `no 48 hours' rest (or two rests of 24 hours) in the fortnight from ${formatLocalDate(b.fortnightStartDay)}`;
  return `This breaks the rest rules: ${first}; an authorised override with a reason is needed`;
}
