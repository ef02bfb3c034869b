import { IdParams } from '@bluelamp/contracts/common';
import {
  AddPersonAddressRequest,
  AddPersonEmailRequest,
  AddPersonFlagRequest,
  AddPersonIdentifierRequest,
  AddPersonNameRequest,
  AddPersonPhoneRequest,
  Person,
  PersonDetailParams,
  RemovePersonDetailRequest,
} from '@bluelamp/contracts/identity/persons';
import type { App, AppDeps } from '../../http/types';
import { errors } from '../../http/schemas';
import { runPersonWrite } from './identity.events';
import * as change from './commands/change-person';

/** Adding and removing a person's names, phones, emails, addresses, identifiers and flags: each an audited change. */
export function registerPersonDetailRoutes(app: App, deps: AppDeps): void {
  const tags = ['identity'];
  const write = { access: { permission: 'identity:write' } } as const;
  const added = { 201: Person, ...errors(400, 401, 403, 404, 409) };

  app.post('/api/identity/persons/:id/names', { config: write, schema: { tags, summary: 'Add a name (alias, maiden, previous…)', params: IdParams, body: AddPersonNameRequest, response: added } }, async (request, reply) =>
    runPersonWrite(deps, request, reply, 201, 'name_added', (tx) => change.addPersonName(tx, request.ctx, request.params.id, request.body)),
  );
  app.post('/api/identity/persons/:id/phones', { config: write, schema: { tags, summary: 'Add a phone number (any UK format; stored as E.164)', params: IdParams, body: AddPersonPhoneRequest, response: added } }, async (request, reply) =>
    runPersonWrite(deps, request, reply, 201, 'phone_added', (tx) => change.addPersonPhone(tx, request.ctx, request.params.id, request.body)),
  );
  app.post('/api/identity/persons/:id/emails', { config: write, schema: { tags, summary: 'Add an email address', params: IdParams, body: AddPersonEmailRequest, response: added } }, async (request, reply) =>
    runPersonWrite(deps, request, reply, 201, 'email_added', (tx) => change.addPersonEmail(tx, request.ctx, request.params.id, request.body)),
  );
  app.post('/api/identity/persons/:id/addresses', { config: write, schema: { tags, summary: 'Add an address (a known location, or typed)', params: IdParams, body: AddPersonAddressRequest, response: added } }, async (request, reply) =>
    runPersonWrite(deps, request, reply, 201, 'address_added', (tx) => change.addPersonAddress(tx, request.ctx, request.params.id, request.body)),
  );
  app.post('/api/identity/persons/:id/identifiers', { config: write, schema: { tags, summary: 'Add an identifier (NI number, PNC id, other)', params: IdParams, body: AddPersonIdentifierRequest, response: added } }, async (request, reply) =>
    runPersonWrite(deps, request, reply, 201, 'identifier_added', (tx) => change.addPersonIdentifier(tx, request.ctx, request.params.id, request.body)),
  );
  app.post('/api/identity/persons/:id/flags', { config: write, schema: { tags, summary: 'Set a flag (vulnerable, repeat victim, warning marker)', params: IdParams, body: AddPersonFlagRequest, response: added } }, async (request, reply) =>
    runPersonWrite(deps, request, reply, 201, 'flag_added', (tx) => change.addPersonFlag(tx, request.ctx, request.params.id, request.body)),
  );

  app.delete(
    '/api/identity/persons/:id/:kind/:detailId',
    { config: write, schema: { tags, summary: 'Remove a detail (kept as history; flags need a reason)', params: PersonDetailParams, body: RemovePersonDetailRequest, response: { 200: Person, ...errors(400, 401, 403, 404, 409) } } },
    async (request, reply) =>
      runPersonWrite(deps, request, reply, 200, `${request.params.kind}_removed`, (tx) => change.removePersonDetail(tx, request.ctx, request.params.id, request.params.kind, request.params.detailId, request.body)),
  );
}
