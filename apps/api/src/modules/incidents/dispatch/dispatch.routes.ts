import { IdParams } from '@bluelamp/contracts/common';
import {
  AssignmentParams,
  AssignmentResult,
  AssignRequest,
  IncidentResources,
  MyIncidentList,
  MyStatusRequest,
  ReleaseRequest,
  UnitList,
  type MyIncident,
} from '@bluelamp/contracts/incidents/dispatch';
import type { OfficerAvailability } from '@bluelamp/contracts/workforce/availability';
import type { FastifyRequest } from 'fastify';
import type { App, AppDeps } from '../../../http/types';
import { errors } from '../../../http/schemas';
import { runWrite } from '../../../http/run-write';
import { notFound } from '../../../core/errors';
import { writeAudit } from '../../../core/audit';
import { availabilityFor } from '../../workforce';
import { getIncident, listAssignments, listAssignmentsOf } from '../incidents.repository';
import { incidentReferences, isOpen, listMyIncidents } from './dispatch.repository';
import { assignOfficer, moveOwnAssignment, presentAssignment, releaseAssignment } from './dispatch.commands';
import { isDeployable, positionAge, recommend, requiredSkillsFor } from './recommend';

/** The person the signed-in account belongs to (as the workforce's own-status routes find it); none: 404. */
function ownStaffId(request: FastifyRequest): string {
  const staffId = request.actor?.staffId;
  if (!staffId) throw notFound('An officer or staff member for your account');
  return staffId;
}

/** Dispatch: resources with the recommendation, assigning and releasing officers, officers' own updates, the unit list. */
export function registerDispatchRoutes(app: App, deps: AppDeps): void {
  const tags = ['dispatch'];
  const dispatch = { access: { permission: 'incidents:dispatch' } } as const;
  const respond = { access: { permission: 'incidents:respond' } } as const;
  const availability = availabilityFor(deps);

  app.get(
    '/api/incidents/:id/resources',
    {
      config: dispatch,
      schema: {
        tags,
        summary: 'Every officer on duty as a resource for the incident (status, skills, position, distance, ETA) and the recommended one (audited)',
        params: IdParams,
        response: { 200: IncidentResources, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const now = Date.now();
      const incident = await getIncident(deps.db, request.params.id);
      if (!incident) throw notFound('The incident');
      const [onDuty, assignments] = await Promise.all([availability.onDuty(deps.db, now), listAssignments(deps.db, incident.id)]);
      const wanted = requiredSkillsFor(incident.grade, incident.categoryCode);
      const known = await Promise.all(wanted.map((s) => availability.knowsSkill(deps.db, s, now)));
      const requiredSkills = wanted.filter((_, i) => known[i]);
      const references = await incidentReferences(deps.db, onDuty.flatMap((o) => (o.incidentId ? [o.incidentId] : [])));
      const assignedHere = new Set(assignments.filter(isOpen).map((a) => a.staffId));
      const result = recommend({ incident, requiredSkills, onDuty, assignedHere, references, now });
      // Officers' names and positions are personal data: the read is recorded with what it offered.
      await writeAudit(deps.db, request.ctx, {
        action: 'incident.resources_read',
        entityType: 'incident',
        entityId: incident.id,
        details: { returned: result.items.length, recommended: result.recommended?.staffId ?? null },
      });
      return { incidentId: incident.id, at: new Date(now).toISOString(), requiredSkills, recommended: result.recommended, noRecommendationReason: result.noRecommendationReason, items: result.items };
    },
  );

  app.post(
    '/api/incidents/:id/assignments',
    {
      config: dispatch,
      schema: {
        tags,
        summary: 'Assign an officer (commits them; 409 OFFICER_ALREADY_COMMITTED when someone else got there first)',
        params: IdParams,
        body: AssignRequest,
        response: { 201: AssignmentResult, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      // Someone not on the workforce at all: 404 here (the commitment itself would fail on the unknown id).
      if (!(await availability.stateOf(deps.db, request.body.staffId, Date.now(), undefined))) throw notFound('The officer');
      return runWrite(deps, request, reply, 201, (tx) => assignOfficer(deps, tx, request.ctx, request.params.id, request.body));
    },
  );

  app.post(
    '/api/incidents/:id/assignments/:staffId/release',
    {
      config: dispatch,
      schema: {
        tags,
        summary: 'Take an officer off the incident before they clear it (re-deploy), with a reason: available again',
        params: AssignmentParams,
        body: ReleaseRequest,
        response: { 200: AssignmentResult, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => runWrite(deps, request, reply, 200, (tx) => releaseAssignment(deps, tx, request.ctx, request.params.id, request.params.staffId, request.body.reason)),
  );

  app.get(
    '/api/incidents/mine',
    { config: respond, schema: { tags, summary: 'The incidents I am assigned to now, for the mobile view (audited)', response: { 200: MyIncidentList, ...errors(401, 403, 404) } } },
    async (request) => {
      const staffId = ownStaffId(request);
      const rows = await listMyIncidents(deps.db, staffId);
      const assignments = (await listAssignmentsOf(deps.db, rows.map((r) => r.incidentId))).filter((a) => a.staffId === staffId || isOpen(a));
      const others = new Set(assignments.filter((a) => a.staffId !== staffId).map((a) => a.staffId));
      // Colleagues on the same jobs are committed, so on duty: one look-up for all of them.
      const people = new Map<string, OfficerAvailability>();
      if (others.size > 0) for (const o of await availability.onDuty(deps.db, Date.now())) if (others.has(o.staffId)) people.set(o.staffId, o);
      const items: MyIncident[] = rows.map((r) => {
        const mine = assignments.find((a) => a.id === r.assignmentId)!;
        return {
          incidentId: r.incidentId,
          reference: r.reference,
          incidentStatus: r.incidentStatus,
          grade: r.grade,
          gradeName: r.gradeName,
          categoryCode: r.categoryCode,
          categoryName: r.categoryName ?? r.categoryText,
          locationAddress: r.locationAddress,
          locationPostcode: r.locationPostcode,
          latitude: r.latitude,
          longitude: r.longitude,
          directions: r.directions,
          narrative: r.narrative,
          receivedAt: new Date(r.receivedAt).toISOString(),
          targetAt: new Date(r.targetAt).toISOString(),
          assignment: presentAssignment(mine),
          otherOfficers: assignments
            .filter((a) => a.incidentId === r.incidentId && a.staffId !== staffId)
            .map((a) => {
              const p = people.get(a.staffId);
              return { staffId: a.staffId, collarNumber: p?.collarNumber ?? null, firstName: p?.firstName ?? null, lastName: p?.lastName ?? null, status: a.status };
            }),
        };
      });
      await writeAudit(deps.db, request.ctx, { action: 'incident.mine_read', entityType: 'incident', details: { returned: items.map((i) => i.incidentId) } });
      return { items };
    },
  );

  app.post(
    '/api/incidents/:id/assignments/mine',
    {
      config: respond,
      schema: {
        tags,
        summary: 'Move my own assignment on: en route, on scene (the arrival time), cleared (available again); in order',
        params: IdParams,
        body: MyStatusRequest,
        response: { 200: AssignmentResult, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => runWrite(deps, request, reply, 200, (tx) => moveOwnAssignment(deps, tx, request.ctx, request.params.id, ownStaffId(request), request.body.status)),
  );

  app.get(
    '/api/dispatch/units',
    { config: dispatch, schema: { tags, summary: 'Every officer on duty (police staff left out) with status, the incident they are on and position, for the board (audited)', response: { 200: UnitList, ...errors(401, 403) } } },
    async (request) => {
      const now = Date.now();
      const onDuty = (await availability.onDuty(deps.db, now)).filter(isDeployable);
      const references = await incidentReferences(deps.db, onDuty.flatMap((o) => (o.incidentId ? [o.incidentId] : [])));
      const items = onDuty.map((o) => ({
        staffId: o.staffId,
        collarNumber: o.collarNumber,
        firstName: o.firstName,
        lastName: o.lastName,
        rank: o.rank,
        roleTitle: o.roleTitle,
        teamId: o.teamId,
        teamName: o.teamName,
        status: o.status,
        incidentId: o.incidentId,
        incidentReference: o.incidentId ? (references.get(o.incidentId) ?? null) : null,
        position: o.position,
        positionAgeSeconds: positionAge(o.position, now).ageSeconds,
        skills: o.skills,
        dutyEndsAt: o.dutyEndsAt,
      }));
      await writeAudit(deps.db, request.ctx, { action: 'dispatch.units_read', entityType: 'staff', details: { returned: items.length } });
      return { at: new Date(now).toISOString(), items };
    },
  );
}
