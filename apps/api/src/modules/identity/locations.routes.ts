import { IdParams } from '@bluelamp/contracts/common';
import { Merge, MergeList, MergeParams, MergeRequest, UnmergeRequest } from '@bluelamp/contracts/identity/common';
import { AddLocationFlagRequest, CreateLocationRequest, CreateLocationResponse, Location, LocationFlagParams, LocationPage, RemoveLocationFlagRequest, SearchLocationsQuery } from '@bluelamp/contracts/identity/locations';
import type { App, AppDeps } from '../../http/types';
import { errors } from '../../http/schemas';
import { runWrite } from '../../http/run-write';
import { AppError, notFound } from '../../core/errors';
import { normalisePostcode } from '../workforce';
import { invalidField, mergedInto } from './identity.errors';
import { getLocation, searchLocations } from './locations.repository';
import { listMergesOf } from './merges.repository';
import { normaliseAddressQuery } from './normalise/address';
import { findOrCreateLocation } from './commands/find-or-create-location';
import { addLocationFlag, removeLocationFlagById } from './commands/change-location';
import { mergeLocations, unmergeLocations } from './commands/merge-records';
import { presentLocation, presentMerge } from './location.presenter';

export function registerLocationRoutes(app: App, deps: AppDeps): void {
  const tags = ['identity'];
  const read = { access: { permission: 'identity:read' } } as const;
  const write = { access: { permission: 'identity:write' } } as const;
  const merge = { access: { permission: 'identity:merge' } } as const;

  app.post(
    '/api/identity/locations',
    { config: write, schema: { tags, summary: 'Record a place; the same address typed another way returns the existing one', body: CreateLocationRequest, response: { 201: CreateLocationResponse, ...errors(400, 401, 403) } } },
    async (request, reply) =>
      runWrite(deps, request, reply, 201, async (tx) => {
        const { id, isExisting } = await findOrCreateLocation(tx, request.ctx, request.body);
        return { location: presentLocation((await getLocation(tx, id))!), isExisting };
      }),
  );

  app.get(
    '/api/identity/locations',
    { config: read, schema: { tags, summary: 'Search places by postcode and/or address text (trigram)', querystring: SearchLocationsQuery, response: { 200: LocationPage, ...errors(400, 401, 403) } } },
    async (request) => {
      const { postcode, q, limit = 50, offset = 0 } = request.query;
      if (postcode === undefined && q === undefined) throw new AppError('VALIDATION_FAILED', 'Give a postcode or q (address text)');
      const normalised = postcode === undefined ? undefined : normalisePostcode(postcode);
      if (postcode !== undefined && !normalised) throw invalidField('querystring/postcode', 'is not a valid UK postcode');
      const text = q === undefined ? undefined : normaliseAddressQuery(q, normalisePostcode);
      const page = await searchLocations(deps.db, { postcode: normalised, text, limit, offset });
      return { items: page.items.map(presentLocation), total: page.total, limit, offset };
    },
  );

  app.get(
    '/api/identity/locations/:id',
    { config: read, schema: { tags, summary: 'One place (a merged one answers 404 with details.mergedInto)', params: IdParams, response: { 200: Location, ...errors(400, 401, 403, 404) } } },
    async (request) => {
      const location = await getLocation(deps.db, request.params.id);
      if (!location) throw notFound('The location');
      if (location.mergedIntoId) throw mergedInto('The location', location.mergedIntoId);
      return presentLocation(location);
    },
  );

  app.post(
    '/api/identity/locations/:id/flags',
    { config: write, schema: { tags, summary: 'Set a flag (critical site, repeat location, warning marker)', params: IdParams, body: AddLocationFlagRequest, response: { 201: Location, ...errors(400, 401, 403, 404, 409) } } },
    async (request, reply) => runWrite(deps, request, reply, 201, async (tx) => presentLocation(await addLocationFlag(tx, request.ctx, request.params.id, request.body))),
  );

  app.delete(
    '/api/identity/locations/:id/flags/:flagId',
    { config: write, schema: { tags, summary: 'Remove a flag (kept as history, with a reason)', params: LocationFlagParams, body: RemoveLocationFlagRequest, response: { 200: Location, ...errors(400, 401, 403, 404, 409) } } },
    async (request, reply) => runWrite(deps, request, reply, 200, async (tx) => presentLocation(await removeLocationFlagById(tx, request.ctx, request.params.id, request.params.flagId, request.body))),
  );

  app.post(
    '/api/identity/locations/merges',
    { config: merge, schema: { tags, summary: 'Merge a duplicate place into another (reversible)', body: MergeRequest, response: { 201: Merge, ...errors(400, 401, 403, 404, 409) } } },
    async (request, reply) => runWrite(deps, request, reply, 201, async (tx) => presentMerge(await mergeLocations(tx, request.ctx, request.body))),
  );

  app.post(
    '/api/identity/locations/merges/:mergeId/unmerge',
    { config: merge, schema: { tags, summary: 'Undo a merge of two places', params: MergeParams, body: UnmergeRequest, response: { 200: Merge, ...errors(400, 401, 403, 404, 409) } } },
    async (request, reply) => runWrite(deps, request, reply, 200, async (tx) => presentMerge(await unmergeLocations(tx, request.ctx, request.params.mergeId, request.body))),
  );

  app.get(
    '/api/identity/locations/:id/merges',
    { config: read, schema: { tags, summary: 'The merges a place took part in, newest first', params: IdParams, response: { 200: MergeList, ...errors(400, 401, 403) } } },
    async (request) => ({ items: (await listMergesOf(deps.db, 'location', request.params.id)).map(presentMerge) }),
  );
}
