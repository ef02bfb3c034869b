import { ListPersonSummariesQuery, PersonSummaryList } from '@bluelamp/contracts/identity/person-summaries';
import type { App, AppDeps } from '../../http/types';
import { errors } from '../../http/schemas';
import { writeAudit } from '../../core/audit';
import { listPersonSummaries } from './person-search.repository';
import { presentPersonSummary } from './person.presenter';

/** Summaries by id, for screens that hold ids (the matching engine's candidates) and need names and warnings. */
export function registerPersonSummaryRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/identity/persons/summaries',
    {
      config: { access: { permission: 'identity:read' } },
      schema: { tags: ['identity'], summary: 'Names, date of birth and current flags of the persons named (audited)', querystring: ListPersonSummariesQuery, response: { 200: PersonSummaryList, ...errors(400, 401, 403) } },
    },
    async (request) => {
      const ids = [...new Set(request.query.ids)];
      const items = await listPersonSummaries(deps.db, ids);
      // Names, dates of birth and warnings are personal data: who was shown them is recorded.
      if (items.length) await writeAudit(deps.db, request.ctx, { action: 'person.summaries_read', entityType: 'person', details: { returned: items.map((p) => p.id) } });
      return { items: items.map(presentPersonSummary) };
    },
  );
}
