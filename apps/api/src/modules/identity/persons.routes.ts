import { IdParams } from '@bluelamp/contracts/common';
import { MergeList, MergeParams, MergeRequest, Merge, UnmergeRequest } from '@bluelamp/contracts/identity/common';
import { CreatePersonRequest, GetPersonQuery, Person, PersonEventLinkList, PersonSearchPage, SearchPersonsQuery, UpdatePersonRequest } from '@bluelamp/contracts/identity/persons';
import type { App, AppDeps } from '../../http/types';
import { errors } from '../../http/schemas';
import { notFound } from '../../core/errors';
import { writeAudit } from '../../core/audit';
import { mergedInto } from './identity.errors';
import { runPersonMergeWrite, runPersonWrite } from './identity.events';
import { getPerson, getPersonRow } from './persons.repository';
import { listEventLinksOfPerson } from './person-event-links.repository';
import { listMergesOf } from './merges.repository';
import { createPerson } from './commands/create-person';
import { updatePersonDetails } from './commands/change-person';
import { mergePersons, unmergePersons } from './commands/merge-records';
import { findPersons } from './queries/search-persons';
import { presentPerson, presentPersonEventLink, presentPersonSummary } from './person.presenter';
import { presentMerge } from './location.presenter';
import { requireReadReason } from './person.policy';

export function registerPersonRoutes(app: App, deps: AppDeps): void {
  const tags = ['identity'];
  const read = { access: { permission: 'identity:read' } } as const;
  const write = { access: { permission: 'identity:write' } } as const;
  const merge = { access: { permission: 'identity:merge' } } as const;

  app.get(
    '/api/identity/persons',
    { config: read, schema: { tags, summary: 'Search persons by name prefix, date of birth, phone, email, postcode or identifier', querystring: SearchPersonsQuery, response: { 200: PersonSearchPage, ...errors(400, 401, 403) } } },
    async (request) => {
      const page = await findPersons(deps.db, request.ctx, request.query);
      return { ...page, items: page.items.map(presentPersonSummary) };
    },
  );

  app.post(
    '/api/identity/persons',
    { config: write, schema: { tags, summary: 'Create a person', body: CreatePersonRequest, response: { 201: Person, ...errors(400, 401, 403) } } },
    async (request, reply) => runPersonWrite(deps, request, reply, 201, 'created', (tx) => createPerson(tx, request.ctx, request.body)),
  );

  app.get(
    '/api/identity/persons/:id',
    {
      config: read,
      schema: { tags, summary: 'One person (audited; a merged record answers 404 with details.mergedInto)', params: IdParams, querystring: GetPersonQuery, response: { 200: Person, ...errors(400, 401, 403, 404) } },
    },
    async (request) => {
      await requireReadReason(deps.db, request.query.reason);
      const person = await getPerson(deps.db, request.params.id);
      if (!person) throw notFound('The person');
      if (person.mergedIntoId) throw mergedInto('The person', person.mergedIntoId);
      await writeAudit(deps.db, request.ctx, { action: 'person.read', entityType: 'person', entityId: person.id, reason: request.query.reason ?? null });
      return presentPerson(person);
    },
  );

  app.patch(
    '/api/identity/persons/:id',
    { config: write, schema: { tags, summary: "Change a person's date of birth or gender", params: IdParams, body: UpdatePersonRequest, response: { 200: Person, ...errors(400, 401, 403, 404, 409) } } },
    async (request, reply) => runPersonWrite(deps, request, reply, 200, 'updated', (tx) => updatePersonDetails(tx, request.ctx, request.params.id, request.body)),
  );

  app.post(
    '/api/identity/persons/merges',
    { config: merge, schema: { tags, summary: 'Merge a duplicate person into another (reversible)', body: MergeRequest, response: { 201: Merge, ...errors(400, 401, 403, 404, 409) } } },
    async (request, reply) => runPersonMergeWrite(deps, request, reply, 201, 'merged', (tx) => mergePersons(tx, request.ctx, request.body), presentMerge),
  );

  app.post(
    '/api/identity/persons/merges/:mergeId/unmerge',
    { config: merge, schema: { tags, summary: 'Undo a merge of two persons', params: MergeParams, body: UnmergeRequest, response: { 200: Merge, ...errors(400, 401, 403, 404, 409) } } },
    async (request, reply) => runPersonMergeWrite(deps, request, reply, 200, 'unmerged', (tx) => unmergePersons(tx, request.ctx, request.params.mergeId, request.body), presentMerge),
  );

  app.get(
    '/api/identity/persons/:id/merges',
    { config: read, schema: { tags, summary: 'The merges a person took part in (as survivor or merged), newest first', params: IdParams, response: { 200: MergeList, ...errors(400, 401, 403) } } },
    async (request) => {
      const items = await listMergesOf(deps.db, 'person', request.params.id);
      // Snapshots hold personal data: reading them is a read of the person.
      if (items.length) await writeAudit(deps.db, request.ctx, { action: 'person.merges_read', entityType: 'person', entityId: request.params.id });
      return { items: items.map(presentMerge) };
    },
  );

  app.get(
    '/api/identity/persons/:id/events',
    { config: read, schema: { tags, summary: "The events a person took part in, with their role (audited)", params: IdParams, response: { 200: PersonEventLinkList, ...errors(400, 401, 403, 404) } } },
    async (request) => {
      const person = await getPersonRow(deps.db, request.params.id);
      if (!person) throw notFound('The person');
      if (person.mergedIntoId) throw mergedInto('The person', person.mergedIntoId);
      const links = await listEventLinksOfPerson(deps.db, person.id);
      await writeAudit(deps.db, request.ctx, { action: 'person.events_read', entityType: 'person', entityId: person.id });
      return { items: links.map(presentPersonEventLink) };
    },
  );
}
