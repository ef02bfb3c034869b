import type { Transaction } from 'kysely';
import type { ClearRosterDayRequest, RecordAbsenceRequest, RosterDay, SetRosterDayRequest, SwapShiftsRequest } from '@bluelamp/contracts/workforce/rosters';
import type { DB } from '../../../../core/db/schema';
import type { RequestContext } from '../../../../core/context';
import { AppError, notFound } from '../../../../core/errors';
import { invalidField } from '../rosters.errors';
import { londonClock, parseLocalDate, parseLocalTime } from '../local-time';
import * as repo from '../rosters.repository';
import { presentRosterDay } from '../rosters.presenter';
import { applyRosterEdits, type NextChange, type RosterEdit } from './apply-roster-edits';

/** Kinds that mean the person does not work that day, and kinds that are a duty worked instead. */
const ABSENCES = new Set(['annual_leave', 'sickness', 'rest_day']);
/** Sickness and court are recorded, never refused for staffing: nobody can be told not to be ill. */
const NOT_REFUSED_FOR_STAFFING = new Set(['sickness', 'court']);
/** The longest range one request may change. */
export const MAX_RANGE_DAYS = 62;

export function checkedDay(text: string, path: string): number {
  const day = parseLocalDate(text);
  if (day === undefined) throw invalidField(path, 'is not a real date');
  return day;
}

async function personTeam(tx: Transaction<DB>, staffId: string) {
  const [person] = await repo.listRosterPeople(tx, { staffIds: [staffId] });
  if (!person) throw notFound('The officer or staff member');
  return person;
}

async function present(tx: Transaction<DB>, plan: Awaited<ReturnType<typeof applyRosterEdits>>, staffId: string, day: number): Promise<RosterDay> {
  return presentRosterDay(plan.dayOf(await personTeam(tx, staffId), day));
}

/** The duty a change names: a shift type, or local start and end times on the duty date. */
async function dutyOf(tx: Transaction<DB>, day: number, input: Pick<SetRosterDayRequest, 'shiftTypeCode' | 'startTime' | 'endTime'>) {
  if (input.shiftTypeCode !== undefined) {
    if (input.startTime !== undefined || input.endTime !== undefined) throw invalidField('body/startTime', 'cannot be given with shiftTypeCode');
    const type = await repo.getShiftTypeByCode(tx, input.shiftTypeCode);
    if (!type) throw new AppError('UNKNOWN_SHIFT_TYPE', `There is no shift type ${input.shiftTypeCode}`, { shiftTypeCode: input.shiftTypeCode });
    if (type.startMinute === null || type.durationMinutes === null) throw invalidField('body/shiftTypeCode', 'is a rest day, not a duty');
    const start = type.startMinute;
    return { startsAt: new Date(londonClock.toInstant(day, start)), endsAt: new Date(londonClock.toInstant(day, start + type.durationMinutes)), shiftTypeId: type.id, shiftTypeCode: type.code };
  }
  if (input.startTime === undefined || input.endTime === undefined) throw invalidField('body/startTime', 'and endTime (or shiftTypeCode) are required for this kind of change');
  const start = parseLocalTime(input.startTime)!;
  let end = parseLocalTime(input.endTime)!;
  // An end at or before the start is the next morning (a night duty).
  if (end <= start) end += 1440;
  if (end - start > 16 * 60) throw invalidField('body/endTime', 'makes a duty longer than 16 hours');
  return { startsAt: new Date(londonClock.toInstant(day, start)), endsAt: new Date(londonClock.toInstant(day, end)), shiftTypeId: null, shiftTypeCode: null };
}

/** Sets one person-day: leave, sickness, training, court, overtime, a changed shift or a rest day. */
export async function setRosterDay(tx: Transaction<DB>, ctx: RequestContext, staffId: string, date: string, input: SetRosterDayRequest): Promise<RosterDay> {
  const day = checkedDay(date, 'params/date');
  if (input.kind === 'shift_swap') throw invalidField('body/kind', 'shift_swap is made with POST /api/workforce/roster-swaps, which changes both people');
  let next: NextChange;
  if (ABSENCES.has(input.kind)) {
    if (input.shiftTypeCode !== undefined || input.startTime !== undefined || input.endTime !== undefined) throw invalidField('body/kind', `${input.kind} has no duty times`);
    next = { kind: input.kind, startsAt: null, endsAt: null, shiftTypeId: null, shiftTypeCode: null, swapWithStaffId: null, reason: input.reason };
  } else {
    next = { kind: input.kind, ...(await dutyOf(tx, day, input)), swapWithStaffId: null, reason: input.reason };
  }
  const plan = await applyRosterEdits(tx, ctx, [{ staffId, day, version: input.version, next }], {
    rest: true,
    staffing: !NOT_REFUSED_FOR_STAFFING.has(input.kind),
    override: input.override,
    action: 'roster.day_changed',
  });
  return present(tx, plan, staffId, day);
}

/** Removes a person-day's change: the day follows the pattern again. */
export async function clearRosterDay(tx: Transaction<DB>, ctx: RequestContext, staffId: string, date: string, input: ClearRosterDayRequest): Promise<RosterDay> {
  const day = checkedDay(date, 'params/date');
  const plan = await applyRosterEdits(tx, ctx, [{ staffId, day, version: input.version, next: null }], { rest: true, staffing: true, override: input.override, action: 'roster.day_cleared' });
  return present(tx, plan, staffId, day);
}

/** Annual leave or sickness over a range: each rostered working day from..to without a change becomes the absence. */
export async function recordAbsence(tx: Transaction<DB>, ctx: RequestContext, staffId: string, input: RecordAbsenceRequest): Promise<RosterDay[]> {
  const from = checkedDay(input.from, 'body/from');
  const to = checkedDay(input.to, 'body/to');
  if (to < from) throw invalidField('body/to', 'is before from');
  if (to - from + 1 > MAX_RANGE_DAYS) throw invalidField('body/to', `makes a range longer than ${MAX_RANGE_DAYS} days`);
  const person = await personTeam(tx, staffId);
  const plan = await repo.loadRosterPlan(tx, from, to, [staffId]);
  const edits: RosterEdit[] = [];
  for (let day = from; day <= to; day++) {
    const r = plan.dayOf(person, day);
    if (r.change || r.startsAt === null) continue;
    edits.push({ staffId, day, version: 0, next: { kind: input.kind, startsAt: null, endsAt: null, shiftTypeId: null, shiftTypeCode: null, swapWithStaffId: null, reason: input.reason } });
  }
  if (edits.length === 0) throw invalidField('body/from', 'to body/to holds no rostered working day without a change already');
  const after = await applyRosterEdits(tx, ctx, edits, { rest: false, staffing: input.kind === 'annual_leave', override: input.override, action: 'roster.absence_recorded' });
  return edits.map((e) => presentRosterDay(after.dayOf(person, e.day)));
}

/** Two people swap their duties of one date (either may be a rest day); both must still follow what was read. */
export async function swapShifts(tx: Transaction<DB>, ctx: RequestContext, input: SwapShiftsRequest): Promise<RosterDay[]> {
  if (input.staffId === input.otherStaffId) throw invalidField('body/otherStaffId', 'must be someone else');
  const day = checkedDay(input.date, 'body/date');
  const [a, b] = await Promise.all([personTeam(tx, input.staffId), personTeam(tx, input.otherStaffId)]);
  const plan = await repo.loadRosterPlan(tx, day, day, [a.staffId, b.staffId]);
  const dayA = plan.dayOf(a, day);
  const dayB = plan.dayOf(b, day);
  if (dayA.startsAt === null && dayB.startsAt === null) throw invalidField('body/date', 'is a rest day for both: there is nothing to swap');
  const types = await repo.listShiftTypes(tx);
  const typeId = (code: string | null) => (code ? (types.find((t) => t.code === code)?.id ?? null) : null);
  const take = (from: typeof dayA, other: string): NextChange => ({
    kind: 'shift_swap',
    startsAt: from.startsAt === null ? null : new Date(from.startsAt),
    endsAt: from.endsAt === null ? null : new Date(from.endsAt),
    shiftTypeId: typeId(from.shiftTypeCode),
    shiftTypeCode: from.shiftTypeCode,
    swapWithStaffId: other,
    reason: input.reason,
  });
  const after = await applyRosterEdits(
    tx,
    ctx,
    [
      { staffId: a.staffId, day, version: input.version, next: take(dayB, b.staffId) },
      { staffId: b.staffId, day, version: input.otherVersion, next: take(dayA, a.staffId) },
    ],
    { rest: true, staffing: true, override: input.override, action: 'roster.shifts_swapped' },
  );
  return [presentRosterDay(after.dayOf(a, day)), presentRosterDay(after.dayOf(b, day))];
}
