import { IdParams } from '@bluelamp/contracts/common';
import { ListStaffQuery, PostcodeLookup, PostcodeParams, StaffMember, StaffPage, StationList, TeamList } from '@bluelamp/contracts/workforce/staff';
import type { App, AppDeps } from '../../http/types';
import { errors } from '../../http/schemas';
import { AppError, notFound } from '../../core/errors';
import { writeAudit } from '../../core/audit';
import { getStaff, listStaff, listStations, listTeams, lookupPostcode, normalisePostcode } from './workforce.repository';

export function registerWorkforceRoutes(app: App, deps: AppDeps): void {
  const tags = ['workforce'];
  const read = { access: { permission: 'workforce:read' } } as const;

  app.get(
    '/api/workforce/staff',
    { config: read, schema: { tags, summary: 'Officers and staff, searchable by name or collar number', querystring: ListStaffQuery, response: { 200: StaffPage, ...errors(400, 401, 403) } } },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const offset = request.query.offset ?? 0;
      const page = await listStaff(deps.db, { ...request.query, limit, offset });
      // Staff names are personal data: the read is recorded with its filters.
      const { limit: _l, offset: _o, ...filters } = request.query;
      await writeAudit(deps.db, request.ctx, { action: 'staff.listed', entityType: 'staff', details: { filters, offset, returned: page.items.length } });
      return { items: page.items, total: page.total, limit, offset };
    },
  );

  app.get(
    '/api/workforce/staff/:id',
    { config: read, schema: { tags, summary: 'One officer or staff member', params: IdParams, response: { 200: StaffMember, ...errors(400, 401, 403, 404) } } },
    async (request) => {
      const staff = await getStaff(deps.db, request.params.id);
      if (!staff) throw notFound('The officer or staff member');
      await writeAudit(deps.db, request.ctx, { action: 'staff.read', entityType: 'staff', entityId: staff.id });
      return staff;
    },
  );

  app.get('/api/workforce/teams', { config: read, schema: { tags, summary: 'Teams with member counts', response: { 200: TeamList, ...errors(401, 403) } } }, async () => ({
    items: await listTeams(deps.db),
  }));

  app.get('/api/workforce/stations', { config: read, schema: { tags, summary: 'Police stations', response: { 200: StationList, ...errors(401, 403) } } }, async () => ({
    items: await listStations(deps.db),
  }));

  app.get(
    '/api/workforce/postcodes/:postcode',
    { config: read, schema: { tags, summary: 'Look up a postcode in the force gazetteer', params: PostcodeParams, response: { 200: PostcodeLookup, ...errors(400, 401, 403, 404) } } },
    async (request) => {
      const normalised = normalisePostcode(request.params.postcode);
      if (!normalised) throw new AppError('VALIDATION_FAILED', `${request.params.postcode} is not a valid UK postcode`, { issues: [{ path: 'params/postcode', message: 'is not a valid UK postcode' }] });
      const found = await lookupPostcode(deps.db, normalised);
      if (!found) throw notFound(`The postcode ${normalised}`);
      return found;
    },
  );
}
