import {
  AvailableNearestList,
  AvailableNearestQuery,
  BookRequest,
  OfficerAvailability,
  OnDutyList,
  OnDutyQuery,
  SetPositionRequest,
  SetStatusRequest,
} from '@bluelamp/contracts/workforce/availability';
import type { FastifyRequest } from 'fastify';
import type { App, AppDeps } from '../../../http/types';
import { errors } from '../../../http/schemas';
import { runWrite } from '../../../http/run-write';
import { AppError, notFound } from '../../../core/errors';
import { writeAudit } from '../../../core/audit';
import { lookupPostcode, normalisePostcode } from '../workforce.repository';
import { unknownSkill } from '../rosters/commands/manage-rosters';
import { getStatus } from './availability.repository';
import { availabilityFor } from './availability.service';
import { bookOff, bookOn, reportPosition, setOwnStatus } from './availability.commands';

/** The person the signed-in account belongs to; an account with none has no status to set. */
function ownStaffId(request: FastifyRequest): string {
  const staffId = request.actor?.staffId;
  if (!staffId) throw notFound('An officer or staff member for your account');
  return staffId;
}

const invalid = (path: string, message: string) => new AppError('VALIDATION_FAILED', `${path} ${message}`, { issues: [{ path, message: `${path} ${message}` }] });

export function registerAvailabilityRoutes(app: App, deps: AppDeps): void {
  const tags = ['availability'];
  const own = { access: { permission: 'workforce:own-status' } } as const;
  const dispatch = { access: { permission: 'workforce:availability' } } as const;
  const service = availabilityFor(deps);

  app.get('/api/workforce/availability/me', { config: own, schema: { tags, summary: 'My status now (from the roster and what I last set)', response: { 200: OfficerAvailability, ...errors(401, 403, 404) } } }, async (request) => {
    const staffId = ownStaffId(request);
    const state = await service.stateOf(deps.db, staffId, Date.now(), await getStatus(deps.db, staffId));
    if (!state) throw notFound('An officer or staff member for your account');
    return state;
  });
  app.post(
    '/api/workforce/availability/me/book-on',
    { config: own, schema: { tags, summary: 'Book on (start my shift): available', body: BookRequest, response: { 200: OfficerAvailability, ...errors(400, 401, 403, 404, 409) } } },
    async (request, reply) => runWrite(deps, request, reply, 200, (tx) => bookOn(deps, tx, request.ctx, ownStaffId(request), request.body.version)),
  );
  app.post(
    '/api/workforce/availability/me/book-off',
    { config: own, schema: { tags, summary: 'Book off (end my shift): off duty; not while committed', body: BookRequest, response: { 200: OfficerAvailability, ...errors(400, 401, 403, 404, 409) } } },
    async (request, reply) => runWrite(deps, request, reply, 200, (tx) => bookOff(deps, tx, request.ctx, ownStaffId(request), request.body.version)),
  );
  app.put(
    '/api/workforce/availability/me/status',
    { config: own, schema: { tags, summary: 'Set my status while on duty: available or refreshment', body: SetStatusRequest, response: { 200: OfficerAvailability, ...errors(400, 401, 403, 404, 409) } } },
    async (request, reply) => runWrite(deps, request, reply, 200, (tx) => setOwnStatus(deps, tx, request.ctx, ownStaffId(request), request.body)),
  );
  app.put(
    '/api/workforce/availability/me/position',
    { config: own, schema: { tags, summary: "My device's last known position", body: SetPositionRequest, response: { 200: OfficerAvailability, ...errors(400, 401, 403, 404) } } },
    async (request, reply) =>
      runWrite(deps, request, reply, 200, async (tx) => {
        const staffId = ownStaffId(request);
        await reportPosition(tx, request.ctx, staffId, request.body);
        const state = await service.stateOf(tx, staffId, Date.now(), await getStatus(tx, staffId));
        if (!state) throw notFound('An officer or staff member for your account');
        return state;
      }),
  );

  app.get(
    '/api/workforce/availability/available',
    {
      config: dispatch,
      schema: {
        tags,
        summary: 'Who is available now, optionally with a skill, nearest a point or postcode first (audited)',
        querystring: AvailableNearestQuery,
        response: { 200: AvailableNearestList, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const q = request.query;
      let near: { latitude: number; longitude: number; postcode: string | null };
      if (q.postcode !== undefined) {
        if (q.latitude !== undefined || q.longitude !== undefined) throw invalid('querystring/postcode', 'cannot be given with latitude and longitude');
        const normalised = normalisePostcode(q.postcode);
        if (!normalised) throw invalid('querystring/postcode', 'is not a valid UK postcode');
        const found = await lookupPostcode(deps.db, normalised);
        if (!found) throw notFound(`The postcode ${normalised}`);
        near = { latitude: found.latitude, longitude: found.longitude, postcode: found.postcode };
      } else {
        if (q.latitude === undefined || q.longitude === undefined) throw invalid('querystring/latitude', 'and longitude (or a postcode) are required');
        near = { latitude: q.latitude, longitude: q.longitude, postcode: null };
      }
      const now = Date.now();
      if (q.skill !== undefined && !(await service.knowsSkill(deps.db, q.skill, now))) throw unknownSkill(q.skill);
      const items = await service.availableNearest(deps.db, now, near, { skill: q.skill, limit: q.limit ?? 10 });
      // Officers' names and positions are personal data: the search is recorded with what it returned.
      await writeAudit(deps.db, request.ctx, { action: 'availability.searched', entityType: 'staff', details: { skill: q.skill ?? null, near, returned: items.map((i) => i.staffId) } });
      return { near, skill: q.skill ?? null, items };
    },
  );
  app.get(
    '/api/workforce/availability/on-duty',
    { config: dispatch, schema: { tags, summary: 'Everyone on duty now with their status and position (audited)', querystring: OnDutyQuery, response: { 200: OnDutyList, ...errors(400, 401, 403) } } },
    async (request) => {
      const now = Date.now();
      const items = await service.onDuty(deps.db, now, request.query.teamId);
      await writeAudit(deps.db, request.ctx, { action: 'availability.on_duty_read', entityType: 'staff', details: { teamId: request.query.teamId ?? null, returned: items.length } });
      return { at: new Date(now).toISOString(), items };
    },
  );
}
