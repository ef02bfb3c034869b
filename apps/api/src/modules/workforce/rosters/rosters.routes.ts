import { Type } from '@sinclair/typebox';
import { IdParams } from '@bluelamp/contracts/common';
import {
  ClearRosterDayRequest,
  CreateMinimumStaffingRequest,
  CreateRosterAssignmentRequest,
  CreateShiftPatternRequest,
  CreateShiftTypeRequest,
  DeleteMinimumStaffingRequest,
  UpdateMinimumStaffingRequest,
  ListRosterAssignmentsQuery,
  MinimumStaffingList,
  MinimumStaffingQuery,
  MinimumStaffingRule,
  PersonRoster,
  RecordAbsenceRequest,
  RosterAssignment,
  RosterAssignmentList,
  RosterDay,
  RosterDayParams,
  RosterRangeQuery,
  SetRosterDayRequest,
  ShiftPattern,
  ShiftPatternList,
  ShiftType,
  ShiftTypeList,
  ShortfallList,
  ShortfallsQuery,
  Strength,
  StrengthQuery,
  SwapShiftsRequest,
  TeamRoster,
  TeamRosterQuery,
} from '@bluelamp/contracts/workforce/rosters';
import type { App, AppDeps } from '../../../http/types';
import { errors } from '../../../http/schemas';
import { runWrite } from '../../../http/run-write';
import { notFound } from '../../../core/errors';
import { writeAudit } from '../../../core/audit';
import { formatLocalDate } from './local-time';
import * as repo from './rosters.repository';
import { presentPattern, presentShiftType } from './rosters.presenter';
import { clearRosterDay, MAX_RANGE_DAYS, recordAbsence, setRosterDay, swapShifts } from './commands/change-roster';
import { createAssignment, createMinimumStaffing, createPattern, createShiftType, deleteMinimumStaffing, unknownSkill, updateMinimumStaffing } from './commands/manage-rosters';
import { checkedRange, findShortfalls, getPersonRoster, getStrength, getTeamRoster } from './queries/read-rosters';
import { publishRosterChanged } from './rosters.events';

const presentAssignment = (a: repo.AssignmentRecord) => ({ ...a, startsOn: formatLocalDate(a.startsOn), endsOn: a.endsOn === null ? null : formatLocalDate(a.endsOn) });
const presentRule = (r: repo.MinimumStaffingRecord) => ({ id: r.id, teamId: r.teamId, shiftTypeCode: r.shiftType.code, roleTitle: r.roleTitle, skillCode: r.skillCode, minimum: r.minimum, version: r.version });

export function registerRosterRoutes(app: App, deps: AppDeps): void {
  const tags = ['rosters'];
  const read = { access: { permission: 'workforce:read' } } as const;
  const rosterRead = { access: { permission: 'workforce:roster-read' } } as const;
  const edit = { access: { permission: 'workforce:roster' } } as const;

  // Shift types and patterns ------------------------------------------------------------------
  app.get('/api/workforce/shift-types', { config: read, schema: { tags, summary: 'Shift types (local start times, nominal lengths)', response: { 200: ShiftTypeList, ...errors(401, 403) } } }, async () => ({
    items: (await repo.listShiftTypes(deps.db)).map(presentShiftType),
  }));
  app.post(
    '/api/workforce/shift-types',
    { config: edit, schema: { tags, summary: 'Create a shift type', body: CreateShiftTypeRequest, response: { 201: ShiftType, ...errors(400, 401, 403, 409) } } },
    async (request, reply) => runWrite(deps, request, reply, 201, async (tx) => presentShiftType(await createShiftType(tx, request.ctx, request.body))),
  );
  app.get('/api/workforce/shift-patterns', { config: read, schema: { tags, summary: 'Rotating shift patterns with the shift of each day', response: { 200: ShiftPatternList, ...errors(401, 403) } } }, async () => ({
    items: (await repo.listPatterns(deps.db)).map(presentPattern),
  }));
  app.post(
    '/api/workforce/shift-patterns',
    { config: edit, schema: { tags, summary: 'Create a rotating pattern (checked for 11 hours between shifts)', body: CreateShiftPatternRequest, response: { 201: ShiftPattern, ...errors(400, 401, 403, 409, 422) } } },
    async (request, reply) => runWrite(deps, request, reply, 201, async (tx) => presentPattern(await createPattern(tx, request.ctx, request.body))),
  );
  app.get(
    '/api/workforce/roster-assignments',
    { config: read, schema: { tags, summary: 'Who works which pattern from when', querystring: ListRosterAssignmentsQuery, response: { 200: RosterAssignmentList, ...errors(400, 401, 403) } } },
    async (request) => ({ items: (await repo.listAssignments(deps.db, request.query)).map(presentAssignment) }),
  );
  app.post(
    '/api/workforce/roster-assignments',
    { config: edit, schema: { tags, summary: 'Put a person or a team on a pattern from a date', body: CreateRosterAssignmentRequest, response: { 201: RosterAssignment, ...errors(400, 401, 403, 404) } } },
    async (request, reply) =>
      runWrite(deps, request, reply, 201, async (tx) => {
        const a = await createAssignment(tx, request.ctx, request.body);
        await publishRosterChanged(deps.events, tx, { cause: 'assignment' });
        return presentAssignment(a);
      }),
  );

  // Minimum staffing, shortfalls, strength ----------------------------------------------------
  app.get(
    '/api/workforce/minimum-staffing',
    { config: rosterRead, schema: { tags, summary: 'Minimum-staffing rules', querystring: MinimumStaffingQuery, response: { 200: MinimumStaffingList, ...errors(400, 401, 403) } } },
    async (request) => ({ items: (await repo.listMinimumStaffing(deps.db, request.query.teamId)).map(presentRule) }),
  );
  app.post(
    '/api/workforce/minimum-staffing',
    { config: edit, schema: { tags, summary: 'Add a minimum-staffing rule for a team and shift', body: CreateMinimumStaffingRequest, response: { 201: MinimumStaffingRule, ...errors(400, 401, 403, 404, 409) } } },
    async (request, reply) =>
      runWrite(deps, request, reply, 201, async (tx) => {
        const rule = await createMinimumStaffing(tx, request.ctx, request.body);
        await publishRosterChanged(deps.events, tx, { cause: 'minimum_staffing' });
        return presentRule(rule);
      }),
  );
  app.patch(
    '/api/workforce/minimum-staffing/:id',
    { config: edit, schema: { tags, summary: "Change a rule's minimum (versioned)", params: IdParams, body: UpdateMinimumStaffingRequest, response: { 200: MinimumStaffingRule, ...errors(400, 401, 403, 404, 409) } } },
    async (request, reply) =>
      runWrite(deps, request, reply, 200, async (tx) => {
        const rule = await updateMinimumStaffing(tx, request.ctx, request.params.id, request.body);
        await publishRosterChanged(deps.events, tx, { cause: 'minimum_staffing' });
        return presentRule(rule);
      }),
  );
  app.delete(
    '/api/workforce/minimum-staffing/:id',
    { config: edit, schema: { tags, summary: 'Remove a rule (versioned)', params: IdParams, body: DeleteMinimumStaffingRequest, response: { 204: Type.Null(), ...errors(400, 401, 403, 404, 409) } } },
    async (request, reply) => {
      await runWrite(deps, request, reply, 204, async (tx) => {
        await deleteMinimumStaffing(tx, request.ctx, request.params.id, request.body.version);
        await publishRosterChanged(deps.events, tx, { cause: 'minimum_staffing' });
      });
      return null;
    },
  );
  app.get(
    '/api/workforce/shortfalls',
    { config: rosterRead, schema: { tags, summary: 'Shifts below minimum staffing over a range (at most 92 days)', querystring: ShortfallsQuery, response: { 200: ShortfallList, ...errors(400, 401, 403) } } },
    async (request) => {
      const range = checkedRange(request.query.from, request.query.to, 92);
      return { from: request.query.from, to: request.query.to, items: await findShortfalls(deps.db, range, request.query.teamId) };
    },
  );
  app.get(
    '/api/workforce/strength',
    {
      config: rosterRead,
      schema: { tags, summary: 'People rostered per hour of the week, by team (optionally only those with a skill), over at most 366 days', querystring: StrengthQuery, response: { 200: Strength, ...errors(400, 401, 403) } },
    },
    async (request) => {
      const range = checkedRange(request.query.from, request.query.to, 366);
      if (request.query.skill && !(await repo.getSkill(deps.db, request.query.skill))) throw unknownSkill(request.query.skill);
      const teams = await getStrength(deps.db, range, request.query);
      return { from: request.query.from, to: request.query.to, skill: request.query.skill ?? null, teams };
    },
  );

  // Rosters ----------------------------------------------------------------------------------
  app.get(
    '/api/workforce/rosters',
    { config: rosterRead, schema: { tags, summary: "A team's roster, day by day, with its shortfalls (audited)", querystring: TeamRosterQuery, response: { 200: TeamRoster, ...errors(400, 401, 403, 404) } } },
    async (request) => {
      const range = checkedRange(request.query.from, request.query.to, MAX_RANGE_DAYS);
      const roster = await getTeamRoster(deps.db, request.query.teamId, range);
      await writeAudit(deps.db, request.ctx, { action: 'roster.read', entityType: 'team', entityId: request.query.teamId, details: { from: request.query.from, to: request.query.to, people: roster.people.length } });
      return { ...roster, from: request.query.from, to: request.query.to };
    },
  );
  app.get(
    '/api/workforce/staff/:id/roster',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: "One person's roster: anyone's with workforce:roster-read, else one's own (audited)", params: IdParams, querystring: RosterRangeQuery, response: { 200: PersonRoster, ...errors(400, 401, 404) } },
    },
    async (request) => {
      const actor = request.actor!;
      // Someone else's roster is as invisible as a missing one.
      if (actor.staffId !== request.params.id && !actor.permissions.has('workforce:roster-read')) throw notFound('The officer or staff member');
      const range = checkedRange(request.query.from, request.query.to, MAX_RANGE_DAYS);
      const roster = await getPersonRoster(deps.db, request.params.id, range);
      await writeAudit(deps.db, request.ctx, { action: 'roster.read', entityType: 'staff', entityId: request.params.id, details: { from: request.query.from, to: request.query.to } });
      return roster;
    },
  );
  app.put(
    '/api/workforce/staff/:id/roster/:date',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Change one person-day (leave, sickness, training, court, overtime, changed shift, rest day): versioned, rest rules and minimum staffing checked',
        params: RosterDayParams,
        body: SetRosterDayRequest,
        response: { 200: RosterDay, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      runWrite(deps, request, reply, 200, async (tx) => {
        const day = await setRosterDay(tx, request.ctx, request.params.id, request.params.date, request.body);
        await publishRosterChanged(deps.events, tx, { staffIds: [request.params.id], cause: request.body.kind });
        return day;
      }),
  );
  app.delete(
    '/api/workforce/staff/:id/roster/:date',
    {
      config: edit,
      schema: { tags, summary: "Remove a person-day's change: the day follows the pattern again", params: RosterDayParams, body: ClearRosterDayRequest, response: { 200: RosterDay, ...errors(400, 401, 403, 404, 409, 422) } },
    },
    async (request, reply) =>
      runWrite(deps, request, reply, 200, async (tx) => {
        const day = await clearRosterDay(tx, request.ctx, request.params.id, request.params.date, request.body);
        await publishRosterChanged(deps.events, tx, { staffIds: [request.params.id], cause: 'cleared' });
        return day;
      }),
  );
  app.post(
    '/api/workforce/staff/:id/absences',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Annual leave or sickness over a range: every rostered working day without a change (leave is checked against minimum staffing)',
        params: IdParams,
        body: RecordAbsenceRequest,
        response: { 201: Type.Object({ items: Type.Array(RosterDay) }, { additionalProperties: false }), ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      runWrite(deps, request, reply, 201, async (tx) => {
        const items = await recordAbsence(tx, request.ctx, request.params.id, request.body);
        await publishRosterChanged(deps.events, tx, { staffIds: [request.params.id], cause: request.body.kind });
        return { items };
      }),
  );
  app.post(
    '/api/workforce/roster-swaps',
    {
      config: edit,
      schema: { tags, summary: 'Two people swap their duties of one date', body: SwapShiftsRequest, response: { 201: Type.Object({ items: Type.Array(RosterDay) }, { additionalProperties: false }), ...errors(400, 401, 403, 404, 409, 422) } },
    },
    async (request, reply) =>
      runWrite(deps, request, reply, 201, async (tx) => {
        const items = await swapShifts(tx, request.ctx, request.body);
        await publishRosterChanged(deps.events, tx, { staffIds: [request.body.staffId, request.body.otherStaffId], cause: 'shift_swap' });
        return { items };
      }),
  );
}
