import { IdParams } from '@bluelamp/contracts/common';
import { Contact, ContactPage, CreateContactRequest, ListContactsQuery, MatchDecisionParams, MatchDecisionRequest, MatchDecisionResult, RegradeContactRequest } from '@bluelamp/contracts/contact/contacts';
import type { Transaction } from 'kysely';
import type { DB } from '../../core/db/schema';
import type { Actor } from '../../core/context';
import type { App, AppDeps } from '../../http/types';
import { errors } from '../../http/schemas';
import { versionConflict } from '../../core/errors';
import { writeAudit } from '../../core/audit';
import { runWrite } from '../../http/run-write';
import { getContact, listContacts, listGradeChanges, listMatchDecisions, type ContactRecord } from './contact.repository';
import { presentContact, presentContactSummary } from './contact.presenter';
import { requireVisibleContact, seesAllContacts } from './contact.policy';
import { categoryNames } from './contact.reference';
import { createContact } from './commands/create-contact';
import { regradeContact } from './commands/regrade-contact';
import { decideMatch } from './commands/decide-match';
import { createCallerPerson } from './commands/create-caller-person';

export function registerContactRoutes(app: App, deps: AppDeps): void {
  const tags = ['contact'];
  const create = { access: { permission: 'contact:create' } } as const;
  const read = { access: { permission: 'contact:read' } } as const;
  const regrade = { access: { permission: 'contact:regrade' } } as const;

  /** The contact as the API shows it, with its grade history and match decisions. */
  const present = async (q: Transaction<DB> | AppDeps['db'], c: ContactRecord) => presentContact(c, await listGradeChanges(q, c.id), await listMatchDecisions(q, c.id), await categoryNames(q, deps.events));
  /** A contact the actor may see, read inside the write's transaction (404 otherwise). */
  const visible = async (tx: Transaction<DB>, actor: Actor, id: string) => requireVisibleContact(actor, await getContact(tx, id));

  app.post(
    '/api/contact/contacts',
    { config: create, schema: { tags, summary: 'Record a contact (call, report, walk-in) with caller, location, THRIVE and grade', body: CreateContactRequest, response: { 201: Contact, ...errors(400, 401, 403, 404, 409, 422) } } },
    async (request, reply) => runWrite(deps, request, reply, 201, async (tx) => present(tx, await createContact(tx, request.ctx, deps.events, request.body))),
  );

  app.get(
    '/api/contact/contacts',
    { config: read, schema: { tags, summary: 'Recent contacts, newest first (audited); only your own unless you work in the control room', querystring: ListContactsQuery, response: { 200: ContactPage, ...errors(400, 401, 403) } } },
    async (request) => {
      const { limit = 50, offset = 0 } = request.query;
      const page = await listContacts(deps.db, { createdBy: seesAllContacts(request.actor!) ? undefined : request.actor!.userId, limit, offset });
      await writeAudit(deps.db, request.ctx, { action: 'contact.listed', entityType: 'contact', details: { returned: page.items.map((c) => c.id) } });
      const categories = await categoryNames(deps.db, deps.events);
      return { items: page.items.map((c) => presentContactSummary(c, categories)), total: page.total, limit, offset };
    },
  );

  app.get(
    '/api/contact/contacts/:id',
    { config: read, schema: { tags, summary: 'One contact with its grade history (audited)', params: IdParams, response: { 200: Contact, ...errors(400, 401, 403, 404) } } },
    async (request) => {
      const contact = requireVisibleContact(request.actor!, await getContact(deps.db, request.params.id));
      await writeAudit(deps.db, request.ctx, { action: 'contact.read', entityType: 'contact', entityId: contact.id });
      return present(deps.db, contact);
    },
  );

  app.post(
    '/api/contact/contacts/:id/grade',
    { config: regrade, schema: { tags, summary: 'Re-grade a contact, with a reason (kept in its grade history)', params: IdParams, body: RegradeContactRequest, response: { 200: Contact, ...errors(400, 401, 403, 404, 409, 422) } } },
    async (request, reply) =>
      runWrite(deps, request, reply, 200, async (tx) => {
        const contact = await visible(tx, request.actor!, request.params.id);
        const after = await regradeContact(tx, request.ctx, contact, request.body, async (current) => versionConflict('The contact', await present(tx, current)));
        return present(tx, after);
      }),
  );

  for (const decision of ['confirmed', 'rejected'] as const) {
    const verb = decision === 'confirmed' ? 'confirm' : 'reject';
    app.post(
      `/api/contact/contacts/:id/matches/:personId/${verb}`,
      {
        config: create,
        schema: {
          tags,
          summary: decision === 'confirmed' ? 'This person is the caller: link them and teach their record the details given' : 'This person is not the caller: not suggested again for this contact',
          params: MatchDecisionParams,
          body: MatchDecisionRequest,
          response: { 200: MatchDecisionResult, ...errors(400, 401, 403, 404, 409, 422) },
        },
      },
      async (request, reply) =>
        runWrite(deps, request, reply, 200, async (tx) => {
          const contact = await visible(tx, request.actor!, request.params.id);
          const { learned } = await decideMatch(tx, request.ctx, deps.events, contact, request.params.personId, decision, request.body.probability ?? null);
          const recorded = (await listMatchDecisions(tx, contact.id)).find((d) => d.personId === request.params.personId)!;
          return { decision: { personId: recorded.personId, decision: recorded.decision, probability: recorded.probability, by: recorded.by, at: recorded.at.toISOString() }, learned };
        }),
    );
  }

  app.post(
    '/api/contact/contacts/:id/caller-person',
    { config: create, schema: { tags, summary: 'Create a new person from the caller as given and link them as the caller', params: IdParams, response: { 201: Contact, ...errors(400, 401, 403, 404, 409, 422) } } },
    async (request, reply) =>
      runWrite(deps, request, reply, 201, async (tx) => {
        const contact = await visible(tx, request.actor!, request.params.id);
        await createCallerPerson(tx, request.ctx, deps.events, contact);
        return present(tx, contact);
      }),
  );
}
