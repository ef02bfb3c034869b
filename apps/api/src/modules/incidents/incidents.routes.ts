import { IdParams } from '@bluelamp/contracts/common';
import {
  AttendanceRequest,
  BreachReasonRequest,
  CloseIncidentRequest,
  CreateIncidentRequest,
  CrimeHandover,
  CrimeRequestRequest,
  Incident,
  IncidentCodes,
  IncidentPage,
  IntakeRequest,
  IntakeResponse,
  ListIncidentsQuery,
  NonAttendanceDecisionRequest,
  RegradeIncidentRequest,
} from '@bluelamp/contracts/incidents/incidents';
import { Board } from '@bluelamp/contracts/incidents/board';
import type { Transaction } from 'kysely';
import type { DB } from '../../core/db/schema';
import type { Actor, RequestContext } from '../../core/context';
import { notFound, versionConflict } from '../../core/errors';
import { writeAudit } from '../../core/audit';
import type { App, AppDeps } from '../../http/types';
import { errors } from '../../http/schemas';
import { runWrite } from '../../http/run-write';
import { callerName, createContact, getContact, type ContactRecord } from '../contact';
import { lockIncident, getIncident, type IncidentEventRecord, type IncidentRecord } from './incidents.repository';
import { listClosingCodes, listIncidentPage, listNonAttendanceReasons } from './control-room.repository';
import { requireVisibleIncident, seesAllIncidents } from './incidents.policy';
import { presentIncident, presentIncidentSummary } from './incidents.presenter';
import { referenceNames } from './incidents.reference';
import { invalidField } from './incidents.errors';
import { presentFullIncident } from './queries/present-full-incident';
import { boardCacheFor } from './queries/board';
import { crimeHandoverFor } from './queries/crime-handover';
import { createIncidentFromContact } from './commands/create-incident';
import { closeIncident, decideNonAttendance, recordAttendance, recordBreachReason, regradeIncident, requestCrime } from './commands/control-room-commands';

/** Incidents: create from a contact, read, timeline, board, attendance, closing, crime hand-over. */
export function registerIncidentRoutes(app: App, deps: AppDeps): void {
  const tags = ['incidents'];
  const create = { access: { permission: 'incidents:create' } } as const;
  const read = { access: { permission: 'incidents:read' } } as const;
  const readAll = { access: { permission: 'incidents:read_all' } } as const;
  const manage = { access: { permission: 'incidents:manage' } } as const;

  /**
   * A change to one incident: lock it, check the actor may see it (404) and that the version sent is
   * current (409 with the incident as it is now), run the command, answer with the incident.
   */
  const change = (
    method: string,
    summary: string,
    permission: 'incidents:manage' | 'incidents:supervise',
    body: typeof RegradeIncidentRequest | typeof AttendanceRequest | typeof NonAttendanceDecisionRequest | typeof CloseIncidentRequest | typeof BreachReasonRequest,
    command: (tx: Transaction<DB>, ctx: RequestContext, incident: IncidentRecord, input: never) => Promise<IncidentRecord>,
  ) =>
    app.post(
      `/api/incidents/:id/${method}`,
      { config: { access: { permission } }, schema: { tags, summary, params: IdParams, body, response: { 200: Incident, ...errors(400, 401, 403, 404, 409, 422) } } },
      async (request, reply) =>
        runWrite(deps, request, reply, 200, async (tx) => {
          const incident = await lockVisible(tx, request.actor!, request.params.id, (request.body as { version: number }).version);
          const after = await command(tx, request.ctx, incident, request.body as never);
          return presentFullIncident(deps.db, tx, after);
        }),
    );

  const lockVisible = async (tx: Transaction<DB>, actor: Actor, id: string, version: number): Promise<IncidentRecord> => {
    const incident = await requireVisibleIncident(tx, actor, await lockIncident(tx, id));
    if (incident.version !== version) throw versionConflict('The incident', await presentFullIncident(deps.db, tx, incident));
    return incident;
  };

  app.post(
    '/api/incidents',
    { config: create, schema: { tags, summary: 'Create the incident of a recorded contact (nothing re-typed); one per contact', body: CreateIncidentRequest, response: { 201: Incident, ...errors(400, 401, 403, 404, 409, 422) } } },
    async (request, reply) =>
      runWrite(deps, request, reply, 201, async (tx) => {
        const contact = await getContact(tx, request.body.contactId);
        if (!contact) throw notFound('The contact');
        const { incident, events } = await createIncidentFromContact(deps, tx, request.ctx, contact);
        return presentCreated(tx, incident, events, contact);
      }),
  );

  /** A new incident without re-reading what was just written: its contact is known, it has no officers yet. */
  const presentCreated = async (tx: Transaction<DB>, incident: IncidentRecord, events: IncidentEventRecord[], contact: ContactRecord): Promise<Incident> =>
    presentIncident(incident, {
      names: await referenceNames(deps.db, tx),
      contact: { id: contact.id, reference: contact.reference, callerName: callerName(contact) },
      assignments: [],
      events,
      staff: new Map(),
    });

  app.post(
    '/api/incidents/intake',
    {
      config: create,
      schema: { tags, summary: 'Save and create incident: record the contact and create its incident in one transaction', body: IntakeRequest, response: { 201: IntakeResponse, ...errors(400, 401, 403, 404, 409, 422) } },
    },
    async (request, reply) =>
      runWrite(deps, request, reply, 201, async (tx) => {
        const contact = await createContact(tx, request.ctx, deps.events, request.body.contact);
        const { incident, events } = await createIncidentFromContact(deps, tx, request.ctx, contact, { contactIsNew: true });
        return { contact: { id: contact.id, reference: contact.reference }, incident: await presentCreated(tx, incident, events, contact) };
      }),
  );

  app.get(
    '/api/incidents',
    { config: read, schema: { tags, summary: 'Incidents, newest first (audited); officers see only those they are or were assigned to', querystring: ListIncidentsQuery, response: { 200: IncidentPage, ...errors(400, 401, 403) } } },
    async (request) => {
      const actor = request.actor!;
      const { status = 'all', from, to, limit = 50, offset = 0 } = request.query;
      const all = seesAllIncidents(actor);
      if (!all && !actor.staffId) return { items: [], total: 0, limit, offset };
      if (from && to && Date.parse(from) > Date.parse(to)) throw invalidField('querystring/to', 'is before querystring/from');
      const page = await listIncidentPage(deps.db, { status, from: from ? new Date(from) : undefined, to: to ? new Date(to) : undefined, assignedTo: all ? undefined : actor.staffId!, limit, offset });
      await writeAudit(deps.db, request.ctx, { action: 'incident.listed', entityType: 'incident', details: { status, from: from ?? null, to: to ?? null, returned: page.items.map((i) => i.id) } });
      const names = await referenceNames(deps.db);
      return { items: page.items.map((i) => presentIncidentSummary(i, names)), total: page.total, limit, offset };
    },
  );

  app.get(
    '/api/incidents/board',
    { config: readAll, schema: { tags, summary: 'The control-room board: open incidents by grade and time left, with their officers', response: { 200: Board, ...errors(401, 403) } } },
    // With response validation on (development, tests) the answer goes through the schema; in
    // production the kept board's JSON text is sent as it is (the same bytes, serialised once).
    async (_request, reply) => {
      const cache = boardCacheFor(deps);
      if (deps.config.validateResponses) return cache.read();
      // Typed as the schema's object; a string with a JSON content type is sent unserialised.
      return reply.type('application/json; charset=utf-8').send((await cache.readJson()) as unknown as Board);
    },
  );

  app.get(
    '/api/incidents/codes',
    { config: read, schema: { tags, summary: 'Non-attendance reasons and closing codes in use', response: { 200: IncidentCodes, ...errors(401, 403) } } },
    async () => {
      const active = (codes: { code: string; name: string; isActive: boolean }[]) => codes.filter((c) => c.isActive).map(({ code, name }) => ({ code, name }));
      return { nonAttendanceReasons: active(await listNonAttendanceReasons(deps.db)), closingCodes: active(await listClosingCodes(deps.db)) };
    },
  );

  app.get(
    '/api/incidents/:id',
    { config: read, schema: { tags, summary: 'One incident with its officers and timeline (audited)', params: IdParams, response: { 200: Incident, ...errors(400, 401, 403, 404) } } },
    async (request) => {
      const incident = await requireVisibleIncident(deps.db, request.actor!, await getIncident(deps.db, request.params.id));
      await writeAudit(deps.db, request.ctx, { action: 'incident.read', entityType: 'incident', entityId: incident.id });
      return presentFullIncident(deps.db, deps.db, incident);
    },
  );

  change('grade', 'Re-grade: a new grade with its reason (kept in the timeline); the target follows the new grade', 'incidents:manage', RegradeIncidentRequest, (tx, ctx, incident, input) =>
    regradeIncident(deps, tx, ctx, incident, input),
  );
  change('attendance', 'Attended, or not attended with a reason code (under the attend-everything policy, pending a supervisor)', 'incidents:manage', AttendanceRequest, (tx, ctx, incident, input) =>
    recordAttendance(deps, tx, ctx, incident, input),
  );
  change('non-attendance/decision', 'Approve or refuse non-attendance awaiting a supervisor', 'incidents:supervise', NonAttendanceDecisionRequest, (tx, ctx, incident, input) =>
    decideNonAttendance(deps, tx, ctx, incident, input),
  );
  change('close', 'Close with a closing code, once cleared (or not attended, approved)', 'incidents:manage', CloseIncidentRequest, (tx, ctx, incident, input) => closeIncident(deps, tx, ctx, incident, input));
  change('breach-reason', 'Why the target was missed (supervisor)', 'incidents:supervise', BreachReasonRequest, (tx, ctx, incident, input) => recordBreachReason(deps, tx, ctx, incident, input));

  app.post(
    '/api/incidents/:id/crime-request',
    { config: manage, schema: { tags, summary: 'Record a crime: hand everything known to the crime module', params: IdParams, body: CrimeRequestRequest, response: { 200: CrimeHandover, ...errors(400, 401, 403, 404, 409) } } },
    async (request, reply) =>
      runWrite(deps, request, reply, 200, async (tx) => {
        const incident = await lockVisible(tx, request.actor!, request.params.id, request.body.version);
        await requestCrime(deps, tx, request.ctx, incident);
        await writeAudit(tx, request.ctx, { action: 'incident.crime_handover_read', entityType: 'incident', entityId: incident.id });
        return (await crimeHandoverFor(tx, incident.id))!;
      }),
  );

  app.get(
    '/api/incidents/:id/crime-handover',
    { config: manage, schema: { tags, summary: 'Everything known about the incident for recording a crime (audited)', params: IdParams, response: { 200: CrimeHandover, ...errors(400, 401, 403, 404) } } },
    async (request) => {
      const incident = await requireVisibleIncident(deps.db, request.actor!, await getIncident(deps.db, request.params.id));
      await writeAudit(deps.db, request.ctx, { action: 'incident.crime_handover_read', entityType: 'incident', entityId: incident.id });
      return (await crimeHandoverFor(deps.db, incident.id))!;
    },
  );
}
