import { AuditPage, SearchAuditQuery, VerifyAuditResponse } from '@bluelamp/contracts/platform/audit';
import type { App, AppDeps } from '../../../http/types';
import { errors } from '../../../http/schemas';
import { sealAuditChain, writeAudit } from '../../../core/audit';
import { searchAudit, verifyAuditChain } from './audit.repository';

export function registerAuditRoutes(app: App, deps: AppDeps): void {
  const tags = ['audit'];
  app.get(
    '/api/audit',
    { config: { access: { permission: 'audit:search' } }, schema: { tags, summary: 'Search the audit trail, newest first', querystring: SearchAuditQuery, response: { 200: AuditPage, ...errors(400, 401, 403) } } },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const offset = request.query.offset ?? 0;
      const page = await searchAudit(deps.db, { ...request.query, limit, offset });
      // Searching the trail is itself a read of personal data (who did what), so it is recorded too.
      const { limit: _l, offset: _o, ...filters } = request.query;
      await writeAudit(deps.db, request.ctx, { action: 'audit.searched', entityType: 'audit_event', details: { filters, returned: page.items.length } });
      return { ...page, limit, offset };
    },
  );

  app.post(
    '/api/audit/verify',
    { config: { access: { permission: 'audit:search' } }, schema: { tags, summary: 'Verify the hash chain; reports the first broken link', response: { 200: VerifyAuditResponse, ...errors(401, 403) } } },
    async (request) => {
      await sealAuditChain(deps.db);
      const report = await verifyAuditChain(deps.db);
      await writeAudit(deps.db, request.ctx, { action: 'audit.verified', entityType: 'audit_event', details: { ok: report.ok, checked: report.checked, firstBrokenSeq: report.firstBrokenSeq } });
      return { ok: report.ok, checked: report.checked, firstBrokenSeq: report.firstBrokenSeq, problem: report.problem, unsealed: report.unsealed };
    },
  );
}
