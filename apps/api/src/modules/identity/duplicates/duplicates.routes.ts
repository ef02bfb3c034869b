import { IdParams } from '@bluelamp/contracts/common';
import {
  DismissDuplicateRequest,
  DuplicatePage,
  DuplicateProposal,
  GetDuplicateQuery,
  ListDuplicatesQuery,
  LocationDuplicate,
  MergeDuplicateRequest,
  PersonDuplicate,
  ScanDuplicatesRequest,
  ScanReport,
  UnmergeDuplicateRequest,
} from '@bluelamp/contracts/identity/duplicates';
import type { App, AppDeps } from '../../../http/types';
import { errors } from '../../../http/schemas';
import { runWrite } from '../../../http/run-write';
import { notFound } from '../../../core/errors';
import { writeAudit } from '../../../core/audit';
import { publishPersonsChanged } from '../identity.events';
import { requireReadReason } from '../person.policy';
import { getPerson } from '../persons.repository';
import { getLocation } from '../locations.repository';
import { presentPerson } from '../person.presenter';
import { presentLocation } from '../location.presenter';
import { findDuplicates, getDuplicate } from './duplicates.repository';
import { presentDuplicate, presentDuplicates } from './duplicate.presenter';
import { dismissDuplicate, mergeDuplicate, unmergeDuplicate } from './commands/decide-duplicate';
import { duplicateProposalsFor } from './duplicate-proposals.service';

/**
 * The review queue of proposed duplicates. Proposals put two people's details side by side, so the
 * queue is kept to those who decide on them (`identity:merge`: supervisors, the crime registrar, the
 * crime management unit); a call handler has no use for it and reads persons one at a time.
 */
export function registerDuplicateRoutes(app: App, deps: AppDeps): void {
  const tags = ['identity'];
  const review = { access: { permission: 'identity:merge' } } as const;
  const proposals = duplicateProposalsFor(deps);

  app.get(
    '/api/identity/duplicates/persons',
    { config: review, schema: { tags, summary: 'Proposed duplicate persons, most probable first (audited: names are shown)', querystring: ListDuplicatesQuery, response: { 200: DuplicatePage, ...errors(400, 401, 403) } } },
    async (request) => {
      const q = request.query;
      const page = await findDuplicates(deps.db, 'person', { status: q.status ?? 'open', minProbability: q.minProbability, recordId: q.recordId, limit: q.limit ?? 50, offset: q.offset ?? 0 });
      const items = await presentDuplicates(deps.db, page.items);
      if (items.length) {
        await writeAudit(deps.db, request.ctx, { action: 'person.duplicates_listed', entityType: 'person', details: { status: q.status ?? 'open', returned: items.map((i) => i.id) } });
      }
      return { items, total: page.total, limit: q.limit ?? 50, offset: q.offset ?? 0 };
    },
  );

  app.get(
    '/api/identity/duplicates/locations',
    { config: review, schema: { tags, summary: 'Proposed duplicate places, most probable first', querystring: ListDuplicatesQuery, response: { 200: DuplicatePage, ...errors(400, 401, 403) } } },
    async (request) => {
      const q = request.query;
      const page = await findDuplicates(deps.db, 'location', { status: q.status ?? 'open', minProbability: q.minProbability, recordId: q.recordId, limit: q.limit ?? 50, offset: q.offset ?? 0 });
      return { items: await presentDuplicates(deps.db, page.items), total: page.total, limit: q.limit ?? 50, offset: q.offset ?? 0 };
    },
  );

  app.get(
    '/api/identity/duplicates/persons/:id',
    { config: review, schema: { tags, summary: 'One proposed pair of persons, both records side by side (audited as a read of both)', params: IdParams, querystring: GetDuplicateQuery, response: { 200: PersonDuplicate, ...errors(400, 401, 403, 404) } } },
    async (request) => {
      await requireReadReason(deps.db, request.query.reason);
      const row = await getDuplicate(deps.db, 'person', request.params.id);
      if (!row) throw notFound('The proposed duplicate');
      const [left, right] = await Promise.all([getPerson(deps.db, row.leftId), getPerson(deps.db, row.rightId)]);
      if (!left || !right) throw notFound('The proposed duplicate');
      const reason = request.query.reason ?? null;
      await writeAudit(deps.db, request.ctx, [left, right].map((p) => ({ action: 'person.read', entityType: 'person', entityId: p.id, reason, details: { via: 'duplicate', proposalId: row.id } })));
      return { proposal: await presentDuplicate(deps.db, row), left: presentPerson(left), right: presentPerson(right) };
    },
  );

  app.get(
    '/api/identity/duplicates/locations/:id',
    { config: review, schema: { tags, summary: 'One proposed pair of places, side by side', params: IdParams, response: { 200: LocationDuplicate, ...errors(400, 401, 403, 404) } } },
    async (request) => {
      const row = await getDuplicate(deps.db, 'location', request.params.id);
      if (!row) throw notFound('The proposed duplicate');
      const [left, right] = await Promise.all([getLocation(deps.db, row.leftId), getLocation(deps.db, row.rightId)]);
      if (!left || !right) throw notFound('The proposed duplicate');
      return { proposal: await presentDuplicate(deps.db, row), left: presentLocation(left), right: presentLocation(right) };
    },
  );

  for (const [path, entityType] of [['persons', 'person'], ['locations', 'location']] as const) {
    const what = entityType === 'person' ? 'persons' : 'places';
    app.post(
      `/api/identity/duplicates/${path}/:id/dismiss`,
      { config: review, schema: { tags, summary: `Not the same: dismiss a proposed pair of ${what} with a reason`, params: IdParams, body: DismissDuplicateRequest, response: { 200: DuplicateProposal, ...errors(400, 401, 403, 404, 409) } } },
      async (request, reply) => runWrite(deps, request, reply, 200, (tx) => dismissDuplicate(tx, request.ctx, entityType, request.params.id, request.body)),
    );

    app.post(
      `/api/identity/duplicates/${path}/:id/merge`,
      { config: review, schema: { tags, summary: `Merge a proposed pair of ${what}, keeping the chosen survivor (reversible)`, params: IdParams, body: MergeDuplicateRequest, response: { 200: DuplicateProposal, ...errors(400, 401, 403, 404, 409) } } },
      async (request, reply) =>
        runWrite(deps, request, reply, 200, async (tx) => {
          const { proposal, merge } = await mergeDuplicate(tx, request.ctx, entityType, request.params.id, request.body);
          if (entityType === 'person') await publishPersonsChanged(deps.events, tx, [merge.survivorId, merge.mergedId, ...merge.repointedIds], 'merged');
          return proposal;
        }),
    );

    app.post(
      `/api/identity/duplicates/${path}/:id/unmerge`,
      { config: review, schema: { tags, summary: `Undo the merge a proposal of ${what} made; the proposal is then dismissed`, params: IdParams, body: UnmergeDuplicateRequest, response: { 200: DuplicateProposal, ...errors(400, 401, 403, 404, 409) } } },
      async (request, reply) =>
        runWrite(deps, request, reply, 200, async (tx) => {
          const { proposal, merge } = await unmergeDuplicate(tx, request.ctx, entityType, request.params.id, request.body);
          if (entityType === 'person') await publishPersonsChanged(deps.events, tx, [merge.survivorId, merge.mergedId, ...merge.repointedIds], 'unmerged');
          return proposal;
        }),
    );
  }

  app.post(
    '/api/identity/duplicates/scan',
    { config: review, schema: { tags, summary: 'Rescan every live person and/or place for duplicates now (one scan at a time)', body: ScanDuplicatesRequest, response: { 200: ScanReport, ...errors(400, 401, 403, 409) } } },
    async (request) => {
      const started = Date.now();
      // Each kind's scan writes its audit record in its own transaction, with its counts.
      const result = await proposals.scan(request.body.entityType ?? 'all', request.ctx);
      return { ...result, tookMs: Date.now() - started };
    },
  );
}
